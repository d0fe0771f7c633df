import logging

logger = logging.getLogger()
audit_trail = []


def lambda_handler(event, context):
    audit_trail.append({"request": context.aws_request_id, "user": event.get("user")})  # expect: LL201
    if len(audit_trail) > 1000:
        logger.warning("audit trail is large: %d entries", len(audit_trail))
    return {"entries": len(audit_trail)}
