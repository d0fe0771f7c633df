// The ScanInput is built in a variable first; the call still reads one page and the handler
// notifies only the subscribers on it.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/sns"
)

var (
	subscribers = dynamodb.New(session.Must(session.NewSession()))
	notifier    = sns.New(session.Must(session.NewSession()))
)

func fanOut(ctx context.Context, ev events.S3Event) error {
	params := &dynamodb.ScanInput{TableName: aws.String(os.Getenv("SUBSCRIBERS"))}
	res, err := subscribers.Scan(params) // expect: LL406
	if err != nil {
		return err
	}
	for _, item := range res.Items {
		arn := item["endpoint"].S
		if _, err := notifier.PublishWithContext(ctx, &sns.PublishInput{TargetArn: arn, Message: aws.String("uploaded")}); err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(fanOut) }
