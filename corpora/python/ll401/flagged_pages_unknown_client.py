"""Paging through an API whose client is built out of sight: the method name and the NextToken say
it is remote, so the endless loop is reported."""
from typing import Any, Dict, List, Optional


class MetricsReader:
    def __init__(self, cloudwatch):
        self.cloudwatch = cloudwatch

    def read_all(self, queries, start, end) -> List[Dict[str, Any]]:
        results: List[Dict[str, Any]] = []
        token: Optional[str] = None
        while True:  # expect: LL401
            params: Dict[str, Any] = {"MetricDataQueries": queries, "StartTime": start, "EndTime": end}
            if token:
                params["NextToken"] = token
            response = self.cloudwatch.get_metric_data(**params)
            results.extend(response["MetricDataResults"])
            token = response.get("NextToken")
            if not token:
                break
        return results


def lambda_handler(event, context):
    import boto3

    reader = MetricsReader(boto3.client("cloudwatch"))  # expect: LL302
    return {"results": len(reader.read_all(event["queries"], event["start"], event["end"]))}
