from sklearn.linear_model import LinearRegression  # expect: LL301


def retrain(points):
    model = LinearRegression()
    model.fit([[p[0]] for p in points], [p[1] for p in points])
    return float(model.coef_[0])


def lambda_handler(event, context):
    if event.get("action") == "retrain":
        return {"coef": retrain(event["points"])}
    return {"status": "noop"}
