package main

import (
	"context"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
)

func settle() { time.Sleep(time.Second) } // expect: LL403

func settleHandler(ctx context.Context) error {
	settle()
	return ctx.Err()
}

func main() { lambda.Start(settleHandler) }
