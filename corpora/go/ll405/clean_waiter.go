package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
)

var ec2w *ec2.Client

func startWithWaiter(ctx context.Context, ids []string) error {
	if _, err := ec2w.StartInstances(ctx, &ec2.StartInstancesInput{InstanceIds: ids}); err != nil {
		return err
	}
	w := ec2.NewInstanceRunningWaiter(ec2w)
	return w.Wait(ctx, &ec2.DescribeInstancesInput{InstanceIds: ids}, 2*time.Minute)
}

func main() { lambda.Start(startWithWaiter) }
