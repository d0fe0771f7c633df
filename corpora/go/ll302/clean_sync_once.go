package main

import (
	"context"
	"sync"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var (
	once   sync.Once
	client *dynamodb.Client
)

func getClient(ctx context.Context) *dynamodb.Client {
	once.Do(func() {
		cfg, _ := config.LoadDefaultConfig(ctx)
		client = dynamodb.NewFromConfig(cfg)
	})
	return client
}

func lazyHandler(ctx context.Context) error {
	_, err := getClient(ctx).DescribeTable(ctx, nil)
	return err
}

func main() { lambda.Start(lazyHandler) }
