import boto3

ec2 = boto3.client("ec2")
rds = boto3.client("rds")


def lambda_handler(event, context):
    reservations = ec2.describe_instances(InstanceIds=[event["instance"]])["Reservations"]
    db = rds.describe_db_instances(DBInstanceIdentifier=event["db"])["DBInstances"]
    return {"state": reservations[0]["Instances"][0]["State"]["Name"], "db": db[0]["DBInstanceStatus"]}
