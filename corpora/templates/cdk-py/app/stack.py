"""A CDK app in Python: its Lambda constructs read from the source, never synthesized here."""
from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as _lambda


class ReportsStack(Stack):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        _lambda.Function(
            self,
            "Reports",
            runtime=_lambda.Runtime.PYTHON_3_8,  # expect: LL501
            handler="reports.handler",
            code=_lambda.Code.from_asset("lambda/reports"),
            timeout=Duration.seconds(1000),  # expect: LL502
        )
        # Clean: a supported runtime, limits in range.
        _lambda.Function(
            self,
            "Health",
            runtime=_lambda.Runtime.PYTHON_3_13,
            handler="health.handler",
            code=_lambda.Code.from_asset("lambda/health"),
            memory_size=256,
            timeout=Duration.seconds(10),
        )
