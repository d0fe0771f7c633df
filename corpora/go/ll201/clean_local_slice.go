package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

func localHandler(ctx context.Context, ev []string) (int, error) {
	var out []string
	for _, e := range ev {
		out = append(out, e)
	}
	return len(out), nil
}

func main() { lambda.Start(localHandler) }
