// `module.exports = new Accounts()`: a CLI helper's instance, no handler anywhere in the file.
const AWS = require("aws-sdk");

class Accounts {
  constructor() {
    this.idp = new AWS.CognitoIdentityServiceProvider();
  }

  create(pool, name) {
    return this.idp.adminCreateUser({ UserPoolId: pool, Username: name }).promise();
  }
}

module.exports = new Accounts();
