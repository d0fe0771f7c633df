// init assigns the implementation that passes ctx on; the in-memory one, which drops it, is never
// the one the handler reaches.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	_ "github.com/lib/pq"
)

type Ledger interface {
	Total(ctx context.Context, id string) (int64, error)
}

type memLedger struct{ totals map[string]int64 }

func (m *memLedger) Total(ctx context.Context, id string) (int64, error) {
	return lookup(context.Background(), m.totals, id), nil
}

func lookup(ctx context.Context, totals map[string]int64, id string) int64 { return totals[id] }

type pgLedger struct{ db *sql.DB }

func newPGLedger(db *sql.DB) *pgLedger { return &pgLedger{db: db} }

func (l *pgLedger) Total(ctx context.Context, id string) (int64, error) {
	var cents int64
	err := l.db.QueryRowContext(ctx, "select sum(cents) from ledger where id = $1", id).Scan(&cents)
	return cents, err
}

var ledger Ledger

func init() {
	db, err := sql.Open("postgres", os.Getenv("DSN"))
	if err != nil {
		panic(err)
	}
	ledger = newPGLedger(db)
}

func handleTotal(ctx context.Context, id string) (int64, error) {
	return ledger.Total(ctx, id)
}

func main() { lambda.Start(handleTotal) }
