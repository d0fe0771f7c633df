package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

var ec2c *ec2.Client

func startAndWait(ctx context.Context, ids []string) error {
	if _, err := ec2c.StartInstances(ctx, &ec2.StartInstancesInput{InstanceIds: ids}); err != nil {
		return err
	}
	for { // expect: LL401, LL405
		out, err := ec2c.DescribeInstances(ctx, &ec2.DescribeInstancesInput{InstanceIds: ids})
		if err != nil {
			return err
		}
		if out.Reservations[0].Instances[0].State.Name == types.InstanceStateNameRunning {
			return nil
		}
		time.Sleep(5 * time.Second) // expect: LL403
	}
}

func main() { lambda.Start(startAndWait) }
