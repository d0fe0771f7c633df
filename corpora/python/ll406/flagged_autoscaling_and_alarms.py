"""Evening scale-down: park every tagged Auto Scaling group and clear the alarms that would page on
the parked capacity. DescribeAutoScalingGroups returns 50 groups a page and DescribeAlarms 50
alarms, so groups and alarms past the first page are left running and alarming."""
import boto3

autoscaling = boto3.client("autoscaling")
cloudwatch = boto3.client("cloudwatch")


def lambda_handler(event, context):
    groups = autoscaling.describe_auto_scaling_groups()["AutoScalingGroups"]  # expect: LL406
    parked = []
    for group in groups:
        tags = {t["Key"]: t["Value"] for t in group["Tags"]}
        if tags.get("schedule") == "office-hours":
            autoscaling.update_auto_scaling_group(
                AutoScalingGroupName=group["AutoScalingGroupName"], MinSize=0, DesiredCapacity=0)
            parked.append(group["AutoScalingGroupName"])
    alarms = cloudwatch.describe_alarms(AlarmNamePrefix="capacity-")  # expect: LL406
    names = [a["AlarmName"] for a in alarms["MetricAlarms"]]
    if names:
        cloudwatch.disable_alarm_actions(AlarmNames=names)
    return {"parked": parked, "muted": names}
