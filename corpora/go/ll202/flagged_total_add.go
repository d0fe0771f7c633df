package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var total float64

func sumHandler(ctx context.Context, v float64) (string, error) {
	total += v // expect: LL202
	if total > 1000 {
		return "over budget", nil
	}
	return "ok", nil
}

func main() { lambda.Start(sumHandler) }
