package repo

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Devices is what callers see; the constructor hides the DynamoDB implementation behind it.
type Devices interface {
	All(ctx context.Context) ([]map[string]types.AttributeValue, error)
}

type dynamoDevices struct {
	client *dynamodb.Client
	table  string
}

func NewDevices(client *dynamodb.Client, table string) Devices {
	return &dynamoDevices{client: client, table: table}
}

func (d *dynamoDevices) All(ctx context.Context) ([]map[string]types.AttributeValue, error) {
	out, err := d.client.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(d.table)}) // expect: LL406
	if err != nil {
		return nil, err
	}
	return out.Items, nil
}
