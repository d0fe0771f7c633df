// Clean: a unit test synthesizes a throw-away stack with an old runtime to check an aspect; the test
// runner builds it, it is never deployed, so LL501 has nothing to say about it.
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Template } from 'aws-cdk-lib/assertions';

test('the runtime checker flags old runtimes', () => {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'UnderTest');
  new lambda.Function(stack, 'Old', {
    runtime: lambda.Runtime.NODEJS_14_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  Template.fromStack(stack).resourceCountIs('AWS::Lambda::Function', 1);
});
