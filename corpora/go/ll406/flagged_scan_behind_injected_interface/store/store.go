package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Tickets is the port the handler depends on.
type Tickets interface {
	Open(ctx context.Context) ([]map[string]types.AttributeValue, error)
	Close(ctx context.Context, id string) error
}

type TableTickets struct {
	DB    *dynamodb.Client
	Table string
}

func (t *TableTickets) Open(ctx context.Context) ([]map[string]types.AttributeValue, error) {
	res, err := t.DB.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(t.Table)}) // expect: LL406
	if err != nil {
		return nil, err
	}
	return res.Items, nil
}

func (t *TableTickets) Close(ctx context.Context, id string) error {
	_, err := t.DB.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName: aws.String(t.Table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	return err
}
