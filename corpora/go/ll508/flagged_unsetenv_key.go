package main

import (
	"os"
	"github.com/aws/aws-lambda-go/lambda"
)

func unsetHandler() error {
	os.Unsetenv("AWS_ACCESS_KEY_ID") // expect: LL508
	return nil
}

func main() { lambda.Start(unsetHandler) }
