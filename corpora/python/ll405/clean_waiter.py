import boto3

ec2 = boto3.client("ec2")


def lambda_handler(event, context):
    ec2.start_instances(InstanceIds=[event["instance"]])
    ec2.get_waiter("instance_running").wait(InstanceIds=[event["instance"]],
                                            WaiterConfig={"Delay": 5, "MaxAttempts": 24})
    return {"started": event["instance"]}
