"""Clean: a unit test synthesizes a throw-away stack with an old runtime; pytest builds it, it is
never deployed, so LL501 has nothing to say about it."""
import aws_cdk as cdk
from aws_cdk import aws_lambda as _lambda
from aws_cdk.assertions import Template


def test_old_runtime_is_reported_by_the_checker():
    app = cdk.App()
    stack = cdk.Stack(app, "UnderTest")
    _lambda.Function(
        stack,
        "Old",
        runtime=_lambda.Runtime.PYTHON_3_7,
        handler="index.handler",
        code=_lambda.Code.from_inline("def handler(event, context):\n    return 1\n"),
    )
    Template.from_stack(stack).resource_count_is("AWS::Lambda::Function", 1)
