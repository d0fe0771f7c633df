package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
	"os"
)

var lazyDB *sql.DB

func lazyDBHandler(ctx context.Context) error {
	if lazyDB == nil {
		db, err := sql.Open("postgres", os.Getenv("DSN"))
		if err != nil {
			return err
		}
		lazyDB = db
	}
	return lazyDB.PingContext(ctx)
}

func main() { lambda.Start(lazyDBHandler) }
