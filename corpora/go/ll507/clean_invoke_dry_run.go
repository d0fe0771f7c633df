package main

import (
	"context"
	awslambda "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/aws"
)

var fn4 *lambda.Client

func dryHandler(ctx context.Context) error {
	_, err := fn4.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("resize"), InvocationType: types.InvocationTypeDryRun})
	return err
}

func main() { awslambda.Start(dryHandler) }
