package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var tablesAdmin *dynamodb.Client

func createTable(ctx context.Context, name string) error {
	deadline, _ := ctx.Deadline()
	for time.Until(deadline) > time.Second { // expect: LL405
		out, err := tablesAdmin.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
		if err == nil && out.Table.TableStatus == types.TableStatusActive {
			return nil
		}
		time.Sleep(2 * time.Second) // expect: LL403
	}
	return ctx.Err()
}

func main() { lambda.Start(createTable) }
