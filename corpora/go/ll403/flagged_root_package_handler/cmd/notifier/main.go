package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	notify "example.com/corpus/rootsleep"
)

func main() { lambda.Start(notify.Notify) }
