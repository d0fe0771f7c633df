from collections import defaultdict

errors = []
by_type = defaultdict(list)


def validate(record):
    problems = [f for f in ("id", "amount") if f not in record]
    errors.extend(problems)  # expect: LL201
    return not problems


def lambda_handler(event, context):
    ok = [r for r in event["items"] if validate(r)]
    return {"valid": len(ok), "errors": errors}
