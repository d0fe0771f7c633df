package main

import (
	"context"
	"sync"
	"github.com/aws/aws-lambda-go/lambda"
	"log"
)

func work(r string) { log.Println(r) }

func wgHandler(ctx context.Context, recs []string) error {
	var wg sync.WaitGroup
	for _, r := range recs {
		wg.Add(1)
		go func(r string) {
			defer wg.Done()
			work(r)
		}(r)
	}
	wg.Wait()
	return nil
}

func main() { lambda.Start(wgHandler) }
