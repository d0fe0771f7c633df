// A CDK app in TypeScript: its Lambda constructs read from the source, never synthesized here.
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';

const shared = {
  runtime: lambda.Runtime.NODEJS_16_X, // expect: LL501
  timeout: cdk.Duration.seconds(20),
};

export class ShopStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Orders', {
      ...shared,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/orders'),
      memorySize: 20000, // expect: LL502
    });
    // Clean: a supported runtime, limits in range.
    new NodejsFunction(this, 'Users', {
      runtime: lambda.Runtime.NODEJS_24_X,
      entry: 'lambda/users/index.ts',
      memorySize: 512,
      timeout: cdk.Duration.minutes(1),
    });
  }
}
