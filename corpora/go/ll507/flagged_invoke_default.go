package main

import (
	"context"
	awslambda "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
)

var fn *lambda.Client

func chainHandler(ctx context.Context, payload []byte) ([]byte, error) {
	out, err := fn.Invoke(ctx, &lambda.InvokeInput{ // expect: LL507
		FunctionName: aws.String("resize"),
		Payload:      payload,
	})
	if err != nil {
		return nil, err
	}
	return out.Payload, nil
}

func main() { awslambda.Start(chainHandler) }
