// `batch` is declared in the handler itself; a name declared anywhere in the file is never taken
// for another file's package variable.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func gather(ctx context.Context, ev events.KinesisEvent) (int, error) {
	var batch []string
	for _, r := range ev.Records {
		batch = append(batch, r.EventID)
	}
	return len(batch), nil
}

func main() { lambda.Start(gather) }
