// The same callback style, scanning on from LastEvaluatedKey until the table is read.
const AWS = require("aws-sdk"); // expect: LL303

const table = new AWS.DynamoDB.DocumentClient();

exports.handler = function (event, context, callback) {
  const items = [];
  const next = (start) => {
    const params = { TableName: process.env.PRODUCTS, ExclusiveStartKey: start };
    table.scan(params, (err, data) => {
      if (err) return callback(err);
      items.push(...data.Items);
      if (data.LastEvaluatedKey) return next(data.LastEvaluatedKey);
      return callback(null, { statusCode: 200, body: JSON.stringify(items) });
    });
  };
  next(undefined);
};
