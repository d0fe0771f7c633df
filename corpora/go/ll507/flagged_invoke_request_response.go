package main

import (
	"context"
	awslambda "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/aws"
)

var fn2 *lambda.Client

func syncHandler(ctx context.Context, payload []byte) error {
	_, err := fn2.Invoke(ctx, &lambda.InvokeInput{ // expect: LL507
		FunctionName:   aws.String("resize"),
		InvocationType: types.InvocationTypeRequestResponse,
		Payload:        payload,
	})
	return err
}

func main() { awslambda.Start(syncHandler) }
