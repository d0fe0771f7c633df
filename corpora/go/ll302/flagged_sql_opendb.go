package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5/stdlib"
)

// sql.OpenDB is sql.Open with a driver connector: a new pool per invocation
func countVisits(ctx context.Context) (int, error) {
	connector, err := stdlib.GetDefaultDriver().(*stdlib.Driver).OpenConnector(os.Getenv("DSN"))
	if err != nil {
		return 0, err
	}
	db := sql.OpenDB(connector) // expect: LL302
	var n int
	err = db.QueryRowContext(ctx, "select count(*) from visits").Scan(&n)
	return n, err
}

func main() { lambda.Start(countVisits) }
