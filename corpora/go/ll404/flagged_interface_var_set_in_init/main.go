// A package variable of an interface type, set once in init: the implementation init assigns is the
// one the handler calls.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	_ "github.com/lib/pq"
)

type Accounts interface {
	Balance(ctx context.Context, id string) (int64, error)
}

type pgAccounts struct{ db *sql.DB }

func newPGAccounts(db *sql.DB) *pgAccounts { return &pgAccounts{db: db} }

func (a *pgAccounts) Balance(ctx context.Context, id string) (int64, error) {
	var cents int64
	err := a.db.QueryRowContext(context.Background(), "select cents from accounts where id = $1", id).Scan(&cents) // expect: LL404
	return cents, err
}

var accounts Accounts

func init() {
	db, err := sql.Open("postgres", os.Getenv("DSN"))
	if err != nil {
		panic(err)
	}
	accounts = newPGAccounts(db)
}

func handleBalance(ctx context.Context, id string) (int64, error) {
	return accounts.Balance(ctx, id)
}

func main() { lambda.Start(handleBalance) }
