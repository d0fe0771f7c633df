package main

import (
	"time"
	"github.com/aws/aws-lambda-go/lambda"
)

func quickHandler() error { return nil }

func main() {
	time.Sleep(10 * time.Millisecond)
	lambda.Start(quickHandler)
}
