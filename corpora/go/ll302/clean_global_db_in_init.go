package main

import (
	"context"
	"log"
	"sync"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	redis "github.com/redis/go-redis/v9"
)

// Seed 004's shape: one DB per process built in init(), a per-partner cache filled once per key,
// the deadline taken from ctx.
var store *dynamodb.Client
var conns sync.Map

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	store = dynamodb.NewFromConfig(cfg)
}

func partnerConn(addr string) *redis.Client {
	if c, ok := conns.Load(addr); ok {
		return c.(*redis.Client)
	}
	c, _ := conns.LoadOrStore(addr, redis.NewClient(&redis.Options{Addr: addr}))
	return c.(*redis.Client)
}

func seedHandler(ctx context.Context, ev map[string]string) error {
	deadline, _ := ctx.Deadline()
	_ = deadline
	_, err := store.DescribeTable(ctx, nil)
	if err != nil {
		return err
	}
	return partnerConn(ev["addr"]).Ping(ctx).Err()
}

func main() { lambda.Start(seedHandler) }
