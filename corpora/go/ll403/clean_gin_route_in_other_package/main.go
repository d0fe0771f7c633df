// Only the function registered as a route runs per request; the package's other function, which
// sleeps, is never registered and never reached.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"

	"example.com/corpus/ginclean/api"
)

var gl *ginadapter.GinLambda

func serve(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return gl.ProxyWithContext(ctx, req)
}

func main() {
	engine := gin.Default()
	engine.GET("/health", api.Health)
	gl = ginadapter.New(engine)
	lambda.Start(serve)
}
