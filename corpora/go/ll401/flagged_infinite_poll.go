package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
)

var queue *sql.DB

func drainHandler(ctx context.Context) error {
	for { // expect: LL401
		res, err := queue.ExecContext(ctx, "delete from jobs where id = (select min(id) from jobs)")
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
	}
}

func main() { lambda.Start(drainHandler) }
