package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/rds"
)

var rdsc *rds.Client

func waitForDB(ctx context.Context, id string) error {
	for i := 0; i < 60; i++ { // expect: LL405
		out, err := rdsc.DescribeDBInstances(ctx, &rds.DescribeDBInstancesInput{DBInstanceIdentifier: aws.String(id)})
		if err != nil {
			return err
		}
		if aws.ToString(out.DBInstances[0].DBInstanceStatus) == "available" {
			return nil
		}
		time.Sleep(10 * time.Second) // expect: LL403
	}
	return nil
}

func main() { lambda.Start(waitForDB) }
