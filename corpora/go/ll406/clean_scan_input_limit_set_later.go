// The input variable gets `Limit = 1` after it is built: the call asks for one item on purpose, and
// a field set later is never mistaken for an input without it.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
)

var jobs = dynamodb.New(session.Must(session.NewSession()))

func anyPending(ctx context.Context) (bool, error) {
	in := &dynamodb.ScanInput{TableName: aws.String(os.Getenv("JOBS"))}
	in.Limit = aws.Int64(1)
	out, err := jobs.Scan(in)
	if err != nil {
		return false, err
	}
	return len(out.Items) > 0, nil
}

func main() { lambda.Start(anyPending) }
