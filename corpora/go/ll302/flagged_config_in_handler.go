package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type Order struct{ ID string }

func handler(ctx context.Context, o Order) error {
	cfg, err := config.LoadDefaultConfig(ctx) // expect: LL302
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg) // expect: LL302
	_, err = db.DescribeTable(ctx, nil)
	return err
}

func main() { lambda.Start(handler) }
