package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
	"os"
)

var pool *sql.DB

func guardedHandler(ctx context.Context) error {
	if pool == nil {
		p, err := sql.Open("postgres", os.Getenv("DSN"))
		if err != nil {
			return err
		}
		pool = p
	}
	return pool.PingContext(ctx)
}

func main() { lambda.Start(guardedHandler) }
