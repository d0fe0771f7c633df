package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var ddb *dynamodb.Client

func init() {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	ddb = dynamodb.NewFromConfig(cfg)
}

func putHandler(ctx context.Context, ev map[string]string) error {
	_, err := ddb.DescribeTable(context.Background(), nil) // expect: LL404
	return err
}

func main() { lambda.Start(putHandler) }
