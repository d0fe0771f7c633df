package main

import (
	"context"
	"net/http"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
)

var bounded = &http.Client{Timeout: 3 * time.Second}

func boundedHandler(ctx context.Context, ev map[string]string) error {
	resp, err := bounded.Get(ev["url"])
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() { lambda.Start(boundedHandler) }
