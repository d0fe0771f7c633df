import json

import boto3

s3 = boto3.client("s3")


class TranscribeContext:
    captions = []
    speakers = {}
    job_name = None


class Tally:
    pass


Tally.per_language = {}


def collect_captions(result):
    for item in result["results"]["items"]:
        TranscribeContext.captions.append(item["alternatives"][0]["content"])  # expect: LL201


def lambda_handler(event, context):
    body = s3.get_object(Bucket=event["bucket"], Key=event["key"])["Body"].read()
    result = json.loads(body)
    TranscribeContext.job_name = result["jobName"]
    collect_captions(result)
    for segment in result["results"].get("speaker_labels", {}).get("segments", []):
        TranscribeContext.speakers[segment["start_time"]] = segment["speaker_label"]  # expect: LL201
    Tally.per_language[result["jobName"]] = result.get("languageCode")  # expect: LL201
    return {"captions": len(TranscribeContext.captions)}
