package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"time"
)

var lastRun = map[string]time.Time{}

func stampHandler(ctx context.Context) error {
	lastRun["job"] = time.Now()
	return nil
}

func main() { lambda.Start(stampHandler) }
