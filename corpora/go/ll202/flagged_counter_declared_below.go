// A quota counted in a package variable declared at the end of the file.
package main

import (
	"context"
	"errors"

	"github.com/aws/aws-lambda-go/lambda"
)

func throttle(ctx context.Context, ev map[string]string) error {
	served++ // expect: LL202
	if served > 500 {
		return errors.New("daily quota reached")
	}
	return nil
}

func main() { lambda.Start(throttle) }

var served int
