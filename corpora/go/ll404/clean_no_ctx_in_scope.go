package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"database/sql"
)

var audit *sql.DB

func writeAudit(msg string) error {
	_, err := audit.ExecContext(context.Background(), "insert into audit values ($1)", msg)
	return err
}

func noCtxHandler(ev map[string]string) error { return writeAudit(ev["msg"]) }

func main() { lambda.Start(noCtxHandler) }
