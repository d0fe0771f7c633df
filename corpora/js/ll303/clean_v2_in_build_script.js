// deployment helper run from a laptop: no handler, never deployed
const AWS = require("aws-sdk");

new AWS.S3().listBuckets().promise().then((r) => console.log(r.Buckets.length));
