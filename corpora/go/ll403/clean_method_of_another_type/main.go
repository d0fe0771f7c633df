// The handler calls Fetch on what NewClient returns: the poller's Fetch, which sleeps, is another
// type's method and runs only in main.
package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

type poller struct{ every time.Duration }

func (p *poller) Fetch(id string) string {
	time.Sleep(p.every)
	return id
}

type Client struct{ prefix string }

func NewClient(prefix string) (*Client, error) { return &Client{prefix: prefix}, nil }

func (c *Client) Fetch(id string) string { return c.prefix + id }

func handleLookup(ctx context.Context, ids []string) ([]string, error) {
	c, err := NewClient("item-")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		out = append(out, c.Fetch(id))
	}
	return out, ctx.Err()
}

func main() {
	warm := &poller{every: time.Millisecond}
	warm.Fetch("warm-up")
	lambda.Start(handleLookup)
}
