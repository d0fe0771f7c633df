import joblib
import sklearn

MODEL = joblib.load("/opt/model.joblib")
VERSION = sklearn.__version__


def lambda_handler(event, context):
    return {"prediction": MODEL.predict([event["features"]]).tolist(), "v": VERSION}
