package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"example.com/corpus/factoryclean/cmd/functions"
)

// GetHandler runs once, in main: the session it builds is shared by every invocation
func main() { lambda.Start(functions.GetHandler().Ping) }
