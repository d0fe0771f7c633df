// SDK v2 with a node-style callback: the page arrives in `data`, and its Items are returned whole.
const AWS = require("aws-sdk"); // expect: LL303

const table = new AWS.DynamoDB.DocumentClient();

exports.handler = function (event, context, callback) {
  const params = { TableName: process.env.PRODUCTS };
  table.scan(params, function (err, data) { // expect: LL406
    if (err) return callback(err);
    return callback(null, { statusCode: 200, body: JSON.stringify(data.Items) });
  });
};
