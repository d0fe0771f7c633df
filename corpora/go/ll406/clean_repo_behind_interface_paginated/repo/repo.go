package repo

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Sensors interface {
	All(ctx context.Context) ([]map[string]types.AttributeValue, error)
}

type dynamoSensors struct {
	db    *dynamodb.Client
	table string
}

func NewSensors(db *dynamodb.Client, table string) Sensors {
	return &dynamoSensors{db: db, table: table}
}

// All reads every page through the SDK's paginator.
func (s *dynamoSensors) All(ctx context.Context) ([]map[string]types.AttributeValue, error) {
	var items []map[string]types.AttributeValue
	pages := dynamodb.NewScanPaginator(s.db, &dynamodb.ScanInput{TableName: aws.String(s.table)})
	for pages.HasMorePages() && ctx.Err() == nil {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		items = append(items, page.Items...)
	}
	return items, nil
}
