package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var invocations int

func flushHandler(ctx context.Context) (bool, error) {
	invocations += 1 // expect: LL202
	if invocations%10 == 0 {
		return true, nil
	}
	return false, nil
}

func main() { lambda.Start(flushHandler) }
