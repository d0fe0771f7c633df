package main

import (
	"os"
	"github.com/aws/aws-lambda-go/lambda"
)

func pathHandler() error {
	os.Setenv("PATH", os.Getenv("PATH")+":/opt/bin")
	return nil
}

func main() { lambda.Start(pathHandler) }
