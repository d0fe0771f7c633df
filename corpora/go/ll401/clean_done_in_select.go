package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
)

var jobs *sql.DB

func doneHandler(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		if _, err := jobs.ExecContext(ctx, "select 1"); err != nil {
			return err
		}
	}
}

func main() { lambda.Start(doneHandler) }
