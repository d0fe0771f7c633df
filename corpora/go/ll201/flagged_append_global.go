package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var seen []string

func seenHandler(ctx context.Context, ev map[string]string) error {
	seen = append(seen, ev["id"]) // expect: LL201
	return nil
}

func main() { lambda.Start(seenHandler) }
