// A client built by a constructor in the handler: its methods run per invocation, and so does the
// rate limiter its field holds.
package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

type limiter struct{ gap time.Duration }

func (l *limiter) wait() { time.Sleep(l.gap) } // expect: LL403

type Client struct {
	lim *limiter
}

func NewClient(gap time.Duration) (*Client, error) {
	return &Client{lim: &limiter{gap: gap}}, nil
}

func (c *Client) Fetch(id string) string {
	c.lim.wait()
	return "item-" + id
}

func handleFetch(ctx context.Context, ids []string) ([]string, error) {
	c, err := NewClient(time.Second / 20)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		out = append(out, c.Fetch(id))
	}
	return out, ctx.Err()
}

func main() { lambda.Start(handleFetch) }
