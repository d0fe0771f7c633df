// `ledger` is a package variable of vars.go: the nil check makes the open a one-time initialisation.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func record(ctx context.Context, ev events.SQSEvent) error {
	if ledger == nil {
		db, err := sql.Open("mysql", os.Getenv("LEDGER_DSN"))
		if err != nil {
			return err
		}
		ledger = db
	}
	for _, msg := range ev.Records {
		if _, err := ledger.ExecContext(ctx, "INSERT INTO entries(body) VALUES (?)", msg.Body); err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(record) }
