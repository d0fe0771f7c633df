package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var byUser = map[string]int{}

func userHandler(ctx context.Context, ev map[string]string) error {
	byUser[ev["user"]] = len(ev) // expect: LL201
	return nil
}

func main() { lambda.Start(userHandler) }
