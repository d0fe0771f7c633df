package relay

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Relay struct {
	queue  string
	client *sqs.Client
}

func New(ctx context.Context, queue string) (*Relay, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Relay{queue: queue, client: sqs.NewFromConfig(cfg)}, nil
}

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
	_, err := r.client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(r.queue), MessageBody: aws.String(body)})
	return err
}
