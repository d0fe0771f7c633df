package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var history = make([]string, 0)

func remember(s string) {
	history = append(history, s) // expect: LL201
}

func histHandler(ctx context.Context, ev map[string]string) error {
	remember(ev["id"])
	return nil
}

func main() { lambda.Start(histHandler) }
