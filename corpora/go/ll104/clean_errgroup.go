package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"golang.org/x/sync/errgroup"
)

func fetchPart(ctx context.Context, i int) error { return ctx.Err() }

func egHandler(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	for i := 0; i < 3; i++ {
		i := i
		g.Go(func() error { return fetchPart(gctx, i) })
	}
	return g.Wait()
}

func main() { lambda.Start(egHandler) }
