package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"net/http"
	"time"
)

var web = &http.Client{Timeout: 5 * time.Second}

func fetchStatus(ctx context.Context, url string) (int, error) {
	req, err := http.NewRequestWithContext(context.TODO(), http.MethodGet, url, nil) // expect: LL404
	if err != nil {
		return 0, err
	}
	resp, err := web.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func statusHandler(ctx context.Context, ev map[string]string) (int, error) {
	return fetchStatus(ctx, ev["url"])
}

func main() { lambda.Start(statusHandler) }
