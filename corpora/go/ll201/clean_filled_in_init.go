package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var table = map[string]int{}

func init() {
	table["a"] = 1
	table["b"] = 2
}

func lookupHandler(ctx context.Context, k string) (int, error) { return table[k], nil }

func main() { lambda.Start(lookupHandler) }
