package main

import (
	"context"
	"errors"
	"github.com/aws/aws-lambda-go/lambda"
)

var processed int

func quotaHandler(ctx context.Context) error {
	processed++ // expect: LL202
	if processed > 100 {
		return errors.New("quota reached")
	}
	return nil
}

func main() { lambda.Start(quotaHandler) }
