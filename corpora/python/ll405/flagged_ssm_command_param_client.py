import time


def run_command(ssm, instance, command):
    cmd = ssm.send_command(InstanceIds=[instance], DocumentName="AWS-RunShellScript",
                           Parameters={"commands": [command]})
    cid = cmd["Command"]["CommandId"]
    status = "Pending"
    while status in ("Pending", "InProgress"):  # expect: LL405, LL401
        time.sleep(2)  # expect: LL403
        status = ssm.get_command_invocation(CommandId=cid, InstanceId=instance)["Status"]
    return status


def lambda_handler(event, context):
    import boto3

    return run_command(boto3.client("ssm"), event["instance"], event["command"])  # expect: LL302
