package main

import (
	"context"
	"net/http"
	"github.com/aws/aws-lambda-go/lambda"
)

var plain = &http.Client{} // expect: LL402

func postHandler(ctx context.Context, ev map[string]string) error {
	resp, err := plain.Get(ev["url"])
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() { lambda.Start(postHandler) }
