// The root package's handler does not sleep; Backfill does, but only the command-line tool in
// cmd/backfill runs it, not the Lambda function.
package rootbackfill

import (
	"context"
	"time"
)

func Notify(ctx context.Context, user string) error { return deliver(ctx, user) }

func deliver(ctx context.Context, user string) error { return ctx.Err() }

func Backfill(users []string) {
	for _, u := range users {
		_ = deliver(context.Background(), u)
		time.Sleep(time.Second)
	}
}
