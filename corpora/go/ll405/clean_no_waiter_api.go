package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/athena"
	"github.com/aws/aws-sdk-go-v2/service/athena/types"
)

var athenac *athena.Client

func waitQuery(ctx context.Context, id string) error {
	for ctx.Err() == nil {
		out, err := athenac.GetQueryExecution(ctx, &athena.GetQueryExecutionInput{QueryExecutionId: &id})
		if err != nil {
			return err
		}
		if out.QueryExecution.Status.State == types.QueryExecutionStateSucceeded {
			return nil
		}
		time.Sleep(time.Second) // expect: LL403
	}
	return ctx.Err()
}

func main() { lambda.Start(waitQuery) }
