package main

import (
	"context"
	"sync"
	"github.com/aws/aws-lambda-go/lambda"
	redis "github.com/redis/go-redis/v9"
)

// The wrong twin of seed 004: a connection per partner built on every invocation.
type PartnerEvent struct{ Partner, Addr string }

var partners sync.Map

func handlePartner(ctx context.Context, ev PartnerEvent) error {
	rdb := redis.NewClient(&redis.Options{Addr: ev.Addr}) // expect: LL302
	partners.Store(ev.Partner, true)
	return rdb.Ping(ctx).Err()
}

func main() { lambda.Start(handlePartner) }
