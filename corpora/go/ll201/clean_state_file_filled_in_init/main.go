// The slice of state.go is filled once in init(); the handler only reads it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func cors(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	origin := req.Headers["origin"]
	var matched []string
	for _, o := range allowedOrigins {
		if o == origin {
			matched = append(matched, o)
		}
	}
	status := 403
	if len(matched) > 0 {
		status = 204
	}
	return events.APIGatewayProxyResponse{StatusCode: status}, nil
}

func main() { lambda.Start(cors) }
