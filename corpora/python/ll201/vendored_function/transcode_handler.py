import ll201_events_pb2
import ll201_transcode_helpers
from ll201_jsonfast import codec
from third_party.ll201_ringbuf import core as ringbuf
from transcribe_udt import buffers


def lambda_handler(event, context):
    payload = codec.decode(event["body"])
    buffers.queue_packet(payload)
    ringbuf.record(payload)
    ll201_events_pb2.register(payload)
    return {"seen": ll201_transcode_helpers.remember(event["key"])}
