package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"log"
)

type Batch struct{ Records []string }

func logRecord(r string) { log.Println(r) }

func batchHandler(ctx context.Context, b Batch) error {
	for _, r := range b.Records {
		go logRecord(r) // expect: LL104
	}
	return nil
}

func main() { lambda.Start(batchHandler) }
