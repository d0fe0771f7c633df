package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	root "example.com/corpus/rootbackfill"
)

func main() { lambda.Start(root.Notify) }
