// The helper's client is kept in a package variable and built only while that is still nil.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/sqs"

	"example.com/corpus/setupclean/setup"
)

var queue *sqs.SQS

func enqueue(ctx context.Context, body string) error {
	if queue == nil {
		queue = setup.Queue()
	}
	_, err := queue.SendMessageWithContext(ctx, &sqs.SendMessageInput{MessageBody: aws.String(body)})
	return err
}

func main() { lambda.Start(enqueue) }
