// `auditTrail` is declared in state.go of the same package: every warm invocation appends to it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func audit(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	auditTrail = append(auditTrail, req.RequestContext.RequestID) // expect: LL201
	return events.APIGatewayProxyResponse{StatusCode: 204}, nil
}

func main() { lambda.Start(audit) }
