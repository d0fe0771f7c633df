import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class ScanStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const helper = new lambda.LayerVersion(this, 'Helper', {
      code: lambda.Code.fromAsset(path.join(__dirname, '../lambda/helper')),
      compatibleRuntimes: [lambda.Runtime.PYTHON_3_12],
    });
    const worker = new lambda.Function(this, 'Worker', {
      runtime: lambda.Runtime.PYTHON_3_12,
      code: lambda.Code.fromAsset('lambda/worker'),
      handler: 'scan_worker.lambda_handler',
    });
    worker.addLayers(helper);
  }
}
