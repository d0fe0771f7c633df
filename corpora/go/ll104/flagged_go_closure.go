package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"net/http"
	"time"
)

var notify = &http.Client{Timeout: time.Second}

func notifyHandler(ctx context.Context, ev map[string]string) error {
	go func() { // expect: LL104
		resp, err := notify.Get(ev["hook"])
		if err == nil {
			resp.Body.Close()
		}
	}()
	return nil
}

func main() { lambda.Start(notifyHandler) }
