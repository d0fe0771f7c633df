import json


class CaptionState:
    captions = []
    LIMITS = {"max": 100}
    model_cache = {}


class Job:
    def __init__(self):
        self.lines = []

    def add(self, line):
        self.lines.append(line)


def ll201_load_model(name):
    if name not in CaptionState.model_cache:
        CaptionState.model_cache[name] = json.loads("{}")
    return CaptionState.model_cache[name]


def caption_handler(event, context):
    CaptionState.captions = []
    for line in event["lines"]:
        CaptionState.captions.append(line)
    job = Job()
    for line in event["lines"]:
        job.add(line)
    ll201_load_model(event.get("model", "base"))
    return {"count": len(CaptionState.captions), "job": len(job.lines)}
