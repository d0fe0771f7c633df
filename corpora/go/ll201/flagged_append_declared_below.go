// Go allows the package variable below the handler that grows it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func collect(ctx context.Context, ev events.KinesisEvent) error {
	for _, r := range ev.Records {
		batchIDs = append(batchIDs, r.EventID) // expect: LL201
	}
	return nil
}

func main() { lambda.Start(collect) }

var batchIDs []string
