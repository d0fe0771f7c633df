package main

import (
	"context"
	"database/sql"
	"github.com/aws/aws-lambda-go/lambda"
	"os"
)

func report(ctx context.Context) (int, error) {
	db, err := sql.Open("postgres", os.Getenv("DSN")) // expect: LL302
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, "select count(*) from orders").Scan(&n)
	return n, err
}

func main() { lambda.Start(report) }
