// The twin of clean_lazy_db_below.go without the nil check: the package variable declared below is
// reopened on every invocation, leaking the previous pool's connections.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

func sumRefunds(ctx context.Context) (float64, error) {
	var err error
	refunds, err = sql.Open("pgx", os.Getenv("REFUNDS_DSN")) // expect: LL302
	if err != nil {
		return 0, err
	}
	var total float64
	err = refunds.QueryRowContext(ctx, "SELECT coalesce(sum(amount), 0) FROM refunds").Scan(&total)
	return total, err
}

func main() { lambda.Start(sumRefunds) }

var refunds *sql.DB
