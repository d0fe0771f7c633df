package main

import (
	"context"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
)

var rows *sql.DB

func timedHandler(ctx context.Context) error {
	tctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := rows.PingContext(tctx); err != nil {
		return err
	}
	_, err := rows.ExecContext(context.Background(), "delete from sessions") // expect: LL404
	return err
}

func main() { lambda.Start(timedHandler) }
