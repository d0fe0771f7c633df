// The handler stores the helper's result in a package variable, but with no nil check: the helper
// runs, and builds its session and client, on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/corpus/setupflag/setup"
)

var reqCtx context.Context

func forward(c context.Context, body string) error {
	reqCtx = setup.Attach(c)
	return send(reqCtx, body)
}

func send(ctx context.Context, body string) error { return ctx.Err() }

func main() { lambda.Start(forward) }
