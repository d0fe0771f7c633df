package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type app struct{ db *dynamodb.Client }

func (a *app) Handle(ctx context.Context, ev map[string]string) error {
	_, err := a.db.DescribeTable(ctx, nil)
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	a := &app{db: dynamodb.NewFromConfig(cfg)}
	lambda.Start(a.Handle)
}
