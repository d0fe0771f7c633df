// A gin router behind the Lambda adapter, its routes written in package api: a route is a handler
// wherever its function lives.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"

	"example.com/corpus/ginflag/api"
)

var adapter *ginadapter.GinLambdaV2

func proxy(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return adapter.ProxyWithContext(ctx, req)
}

func main() {
	router := gin.New()
	router.POST("/reports", api.CreateReport)
	adapter = ginadapter.NewV2(router)
	lambda.Start(proxy)
}
