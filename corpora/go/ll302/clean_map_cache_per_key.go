package main

import (
	"context"
	"database/sql"
	"github.com/aws/aws-lambda-go/lambda"
)

var dsnConns = map[string]*sql.DB{}

func dsnConn(dsn string) (*sql.DB, error) {
	if c, ok := dsnConns[dsn]; ok {
		return c, nil
	}
	c, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	dsnConns[dsn] = c
	return c, nil
}

func dsnHandler(ctx context.Context, ev map[string]string) error {
	c, err := dsnConn(ev["dsn"])
	if err != nil {
		return err
	}
	return c.PingContext(ctx)
}

func main() { lambda.Start(dsnHandler) }
