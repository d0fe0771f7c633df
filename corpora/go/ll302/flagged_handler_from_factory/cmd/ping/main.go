package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"example.com/corpus/factoryflag/cmd/functions"
)

// the handler is a method value on what GetHandler returns
func main() { lambda.Start(functions.GetHandler().Ping) }
