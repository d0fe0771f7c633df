// The pool is opened on the first invocation only: `if conn == nil` guards it, and Go lets the
// package variable be declared after the function that uses it.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

func countOrders(ctx context.Context) (int, error) {
	if conn == nil {
		var err error
		conn, err = sql.Open("pgx", os.Getenv("ORDERS_DSN"))
		if err != nil {
			return 0, err
		}
	}
	var n int
	err := conn.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}

func main() { lambda.Start(countOrders) }

var conn *sql.DB
