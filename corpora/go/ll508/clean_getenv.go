package main

import (
	"os"
	"github.com/aws/aws-lambda-go/lambda"
)

func readHandler() (string, error) { return os.Getenv("AWS_REGION"), nil }

func main() { lambda.Start(readHandler) }
