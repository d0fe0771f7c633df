// The relay and its SQS client are built once, in init; per invocation only their methods run.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/corpus/relayclean/relay"
)

var forwarder *relay.Relay

func init() {
	r, err := relay.New(context.Background(), os.Getenv("QUEUE_URL"))
	if err != nil {
		panic(err)
	}
	forwarder = r
}

func handleQueued(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	status := forwarder.Process(ctx, req.Body, forwarder.Forward)
	return events.APIGatewayV2HTTPResponse{StatusCode: status}, nil
}

func main() { lambda.Start(handleQueued) }
