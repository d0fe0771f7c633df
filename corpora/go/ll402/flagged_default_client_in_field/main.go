// http.DefaultClient kept in a struct field: every request through it has no timeout. The client
// is a package variable set in init, whose methods the handler calls.
package main

import (
	"context"
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

type api struct {
	base string
	hc   *http.Client
}

func newAPI(base string) *api {
	return &api{base: base, hc: http.DefaultClient}
}

func (a *api) status(path string) (int, error) {
	resp, err := a.hc.Get(a.base + path) // expect: LL402
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

var upstream *api

func init() { upstream = newAPI(os.Getenv("API_URL")) }

func handleStatus(ctx context.Context) (int, error) {
	return upstream.status("/health")
}

func main() { lambda.Start(handleStatus) }
