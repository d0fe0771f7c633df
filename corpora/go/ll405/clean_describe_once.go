package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var describeOnce *dynamodb.Client

func tableStatus(ctx context.Context, name string) (string, error) {
	out, err := describeOnce.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
	if err != nil {
		return "", err
	}
	return string(out.Table.TableStatus), nil
}

func main() { lambda.Start(tableStatus) }
