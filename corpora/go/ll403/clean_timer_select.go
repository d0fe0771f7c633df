package main

import (
	"context"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
)

func selectHandler(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Second):
		return nil
	}
}

func main() { lambda.Start(selectHandler) }
