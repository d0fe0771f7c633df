package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var scanDB *dynamodb.Client

func scanHandler(ctx context.Context) (int, error) {
	var start map[string]types.AttributeValue
	n := 0
	for { // expect: LL401
		out, err := scanDB.Scan(ctx, &dynamodb.ScanInput{ExclusiveStartKey: start})
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

func main() { lambda.Start(scanHandler) }
