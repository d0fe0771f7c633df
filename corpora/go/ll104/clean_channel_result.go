package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

func compute(n int) int { return n * 2 }

func chanHandler(ctx context.Context, n int) (int, error) {
	out := make(chan int, 1)
	go func() { out <- compute(n) }()
	select {
	case v := <-out:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() { lambda.Start(chanHandler) }
