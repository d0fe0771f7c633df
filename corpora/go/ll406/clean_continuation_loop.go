package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var loopTable *dynamodb.Client

func exportPages(ctx context.Context) (int, error) {
	var start map[string]types.AttributeValue
	n := 0
	for ctx.Err() == nil {
		out, err := loopTable.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("orders"), ExclusiveStartKey: start})
		if err != nil {
			return n, err
		}
		n += len(out.Items)
		if out.LastEvaluatedKey == nil {
			break
		}
		start = out.LastEvaluatedKey
	}
	return n, nil
}

func main() { lambda.Start(exportPages) }
