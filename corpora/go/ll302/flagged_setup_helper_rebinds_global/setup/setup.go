package setup

import (
	"context"

	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/sqs"
)

type queueKey struct{}

// Attach puts a queue client on the context; whoever calls it per request pays for both clients.
func Attach(ctx context.Context) context.Context {
	sess := session.Must(session.NewSession()) // expect: LL302
	return context.WithValue(ctx, queueKey{}, sqs.New(sess)) // expect: LL302
}
