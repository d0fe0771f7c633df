package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

func countHandler(ctx context.Context, xs []int) (int, error) {
	n := 0
	for range xs {
		n++
	}
	return n, nil
}

func main() { lambda.Start(countHandler) }
