package main

import (
	"context"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(func(ctx context.Context) error {
		time.Sleep(2 * time.Second) // expect: LL403
		return nil
	})
}
