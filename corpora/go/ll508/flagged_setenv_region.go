package main

import (
	"context"
	"os"
	"github.com/aws/aws-lambda-go/lambda"
)

func regionSetHandler(ctx context.Context) error {
	os.Setenv("AWS_REGION", "eu-west-1") // expect: LL508
	return nil
}

func main() { lambda.Start(regionSetHandler) }
