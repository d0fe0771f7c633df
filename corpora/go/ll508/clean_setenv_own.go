package main

import (
	"os"
	"github.com/aws/aws-lambda-go/lambda"
)

func ownHandler() error {
	os.Setenv("APP_MODE", "batch")
	return nil
}

func main() { lambda.Start(ownHandler) }
