package main

import (
	"context"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
)

func waitHandler(ctx context.Context) error {
	time.Sleep(30 * time.Second) // expect: LL403
	return nil
}

func main() { lambda.Start(waitHandler) }
