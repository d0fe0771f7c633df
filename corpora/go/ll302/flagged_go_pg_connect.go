package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/go-pg/pg/v10"
)

type visit struct {
	ID   int64
	Page string
}

// go-pg's Connect opens a pool: per invocation it is a new pool each time
func recordVisit(ctx context.Context, v visit) error {
	db := pg.Connect(&pg.Options{Addr: os.Getenv("DB_ADDR"), User: "app", Database: "site"}) // expect: LL302
	defer db.Close()
	_, err := db.ModelContext(ctx, &v).Insert()
	return err
}

func main() { lambda.Start(recordVisit) }
