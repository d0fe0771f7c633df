package main

import (
	"context"
	"net/http"
	"github.com/aws/aws-lambda-go/lambda"
)

func doHandler(ctx context.Context, ev map[string]string) error {
	req, _ := http.NewRequest(http.MethodGet, ev["url"], nil)
	resp, err := http.DefaultClient.Do(req) // expect: LL402
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() { lambda.Start(doHandler) }
