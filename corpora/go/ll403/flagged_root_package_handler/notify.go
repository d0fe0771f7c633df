// The handler lives in the module's root package, which cmd/notifier imports by the module path
// go.mod declares (the folder's own name says nothing).
package rootsleep

import (
	"context"
	"time"
)

func Notify(ctx context.Context, user string) error {
	time.Sleep(500 * time.Millisecond) // expect: LL403
	return send(ctx, user)
}

func send(ctx context.Context, user string) error { return ctx.Err() }
