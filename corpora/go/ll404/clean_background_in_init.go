package main

import (
	"context"
	"log"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var tables *dynamodb.Client

func init() {
	cfg, err := config.LoadDefaultConfig(context.TODO())
	if err != nil {
		log.Fatal(err)
	}
	tables = dynamodb.NewFromConfig(cfg)
}

func listHandler(ctx context.Context) error {
	_, err := tables.DescribeTable(ctx, nil)
	return err
}

func main() { lambda.Start(listHandler) }
