package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"os"
)

var region string

func regionHandler(ctx context.Context) (string, error) { return region, nil }

func main() {
	region = os.Getenv("AWS_REGION")
	lambda.Start(regionHandler)
}
