from scoring import weighted_score


def handler(event, context):
    return {"score": weighted_score(event["values"], event["weights"])}
