package main

import (
	"context"
	"net/http"
	"github.com/aws/aws-lambda-go/lambda"
)

func getHandler(ctx context.Context, ev map[string]string) (int, error) {
	resp, err := http.Get(ev["url"]) // expect: LL402
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func main() { lambda.Start(getHandler) }
