// deployment helper run from a laptop: no handler, never deployed
import AWS from "aws-sdk";

new AWS.S3().listBuckets().promise().then((r: any) => console.log(r.Buckets.length));
