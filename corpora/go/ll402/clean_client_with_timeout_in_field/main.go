// The client kept in the field has a Timeout: requests through it are bounded.
package main

import (
	"context"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

type api struct {
	base string
	hc   *http.Client
}

func newAPI(base string) *api {
	return &api{base: base, hc: &http.Client{Timeout: 5 * time.Second}}
}

func (a *api) status(path string) (int, error) {
	resp, err := a.hc.Get(a.base + path)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

var upstream *api

func init() { upstream = newAPI(os.Getenv("API_URL")) }

func handleHealth(ctx context.Context) (int, error) {
	return upstream.status("/health")
}

func main() { lambda.Start(handleHealth) }
