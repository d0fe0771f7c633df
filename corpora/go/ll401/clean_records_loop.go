package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/events"
	"strings"
)

func recordsHandler(ctx context.Context, ev events.SQSEvent) (int, error) {
	n := 0
	for _, r := range ev.Records {
		n += len(strings.Fields(r.Body))
	}
	return n, nil
}

func main() { lambda.Start(recordsHandler) }
