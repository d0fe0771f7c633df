package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	awslambda "github.com/aws/aws-sdk-go-v2/service/lambda"
)

var functions *awslambda.Client

func inventory(ctx context.Context) ([]string, error) {
	out, err := functions.ListFunctions(ctx, &awslambda.ListFunctionsInput{}) // expect: LL406
	if err != nil {
		return nil, err
	}
	var names []string
	for _, f := range out.Functions {
		names = append(names, *f.FunctionName)
	}
	return names, nil
}

func main() { lambda.Start(inventory) }
