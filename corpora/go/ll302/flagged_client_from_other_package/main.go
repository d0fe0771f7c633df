// The handler builds a relay with another package's constructor and hands its Forward method on
// as a function value: Forward runs per invocation, and so do the clients it builds.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/corpus/relayflag/relay"
)

func handleWebhook(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	r := relay.New(os.Getenv("QUEUE_URL"))
	status := r.Process(ctx, req.Body, r.Forward)
	return events.APIGatewayV2HTTPResponse{StatusCode: status}, nil
}

func main() { lambda.Start(handleWebhook) }
