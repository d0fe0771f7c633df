// The handler holds the port as an interface-typed field; the program has one real implementation
// of it (the testify double does not count), and that implementation reads one Scan page as all.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/corpus/injectflag/store"
)

type Service struct {
	tickets store.Tickets
}

func (s *Service) Backlog(ctx context.Context) (int, error) {
	open, err := s.tickets.Open(ctx)
	return len(open), err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	svc := &Service{tickets: &store.TableTickets{DB: dynamodb.NewFromConfig(cfg), Table: os.Getenv("TICKETS")}}
	lambda.Start(svc.Backlog)
}
