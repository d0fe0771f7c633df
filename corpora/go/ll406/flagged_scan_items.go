package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var scanTable *dynamodb.Client

func exportAll(ctx context.Context) (int, error) {
	out, err := scanTable.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("orders")}) // expect: LL406
	if err != nil {
		return 0, err
	}
	return len(out.Items), nil
}

func main() { lambda.Start(exportAll) }
