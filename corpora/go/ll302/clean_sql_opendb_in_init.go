package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5/stdlib"
)

var visitsDB *sql.DB

// the pool is opened once per execution environment
func init() {
	connector, err := stdlib.GetDefaultDriver().(*stdlib.Driver).OpenConnector(os.Getenv("DSN"))
	if err != nil {
		panic(err)
	}
	visitsDB = sql.OpenDB(connector)
}

func countPages(ctx context.Context) (int, error) {
	var n int
	err := visitsDB.QueryRowContext(ctx, "select count(distinct page) from visits").Scan(&n)
	return n, err
}

func main() { lambda.Start(countPages) }
