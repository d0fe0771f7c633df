package relay

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Relay struct{ queue string }

func New(queue string) *Relay { return &Relay{queue: queue} }

func (r *Relay) Process(ctx context.Context, body string, forward func(context.Context, string) error) int {
	if body == "" {
		return 400
	}
	if err := forward(ctx, body); err != nil {
		return 502
	}
	return 202
}

func (r *Relay) Forward(ctx context.Context, body string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // expect: LL302
	if err != nil {
		return err
	}
	client := sqs.NewFromConfig(cfg) // expect: LL302
	_, err = client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(r.queue), MessageBody: aws.String(body)})
	return err
}
