package setup

import (
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// Queue builds the client; the caller keeps it.
func Queue() *sqs.SQS {
	return sqs.New(session.Must(session.NewSession()))
}
