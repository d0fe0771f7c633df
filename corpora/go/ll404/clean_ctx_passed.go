package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
)

var sessions *sql.DB

func cleanHandler(ctx context.Context) error {
	_, err := sessions.ExecContext(ctx, "delete from sessions")
	return err
}

func main() { lambda.Start(cleanHandler) }
