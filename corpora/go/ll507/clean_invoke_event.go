package main

import (
	"context"
	awslambda "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/aws"
)

var fn3 *lambda.Client

func asyncHandler(ctx context.Context, payload []byte) error {
	_, err := fn3.Invoke(ctx, &lambda.InvokeInput{
		FunctionName:   aws.String("resize"),
		InvocationType: types.InvocationTypeEvent,
		Payload:        payload,
	})
	return err
}

func main() { awslambda.Start(asyncHandler) }
