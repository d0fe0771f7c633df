// A repository kept in a package variable declared with its type and set in main: the handler calls
// its methods, and one of them drops the invocation's context.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type orderStore struct {
	db    *dynamodb.Client
	table string
}

func (s *orderStore) Save(ctx context.Context, id string) error {
	_, err := s.db.PutItem(context.TODO(), &dynamodb.PutItemInput{ // expect: LL404
		TableName: aws.String(s.table),
		Item:      map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: id}},
	})
	return err
}

var orders *orderStore

type orderEvent struct {
	ID string `json:"id"`
}

func handleOrder(ctx context.Context, ev orderEvent) error {
	return orders.Save(ctx, ev.ID)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	orders = &orderStore{db: dynamodb.NewFromConfig(cfg), table: "orders"}
	lambda.Start(handleOrder)
}
