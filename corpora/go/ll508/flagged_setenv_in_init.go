package main

import (
	"os"
	"github.com/aws/aws-lambda-go/lambda"
)

func init() {
	os.Setenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512") // expect: LL508
}

func memHandler() error { return nil }

func main() { lambda.Start(memHandler) }
