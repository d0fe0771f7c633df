package main

import (
	"context"
	"net/http"
	"github.com/aws/aws-lambda-go/lambda"
)

func ctxHandler(ctx context.Context, ev map[string]string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ev["url"], nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() { lambda.Start(ctxHandler) }
