"""Pages through a helper of the module: the I/O is one call away, the loop is still unbounded."""
import boto3

athena = boto3.client("athena")


def next_rows(execution_id, token):
    kwargs = {"QueryExecutionId": execution_id}
    if token:
        kwargs["NextToken"] = token
    return athena.get_query_results(**kwargs)


def lambda_handler(event, context):
    rows, token = [], None
    while True:  # expect: LL401
        page = next_rows(event["execution_id"], token)
        rows.extend(page["ResultSet"]["Rows"])
        token = page.get("NextToken")
        if not token:
            break
    return {"rows": len(rows)}
