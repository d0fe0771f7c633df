package main

import (
	"context"
	awslambda "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/service/lambda"
	"github.com/aws/aws-sdk-go/aws"
)

var v1 *lambda.Lambda

func v1Handler(ctx context.Context, payload []byte) error {
	input := &lambda.InvokeInput{FunctionName: aws.String("worker"), Payload: payload} // expect: LL507
	_, err := v1.InvokeWithContext(ctx, input)
	return err
}

func main() { awslambda.Start(v1Handler) }
