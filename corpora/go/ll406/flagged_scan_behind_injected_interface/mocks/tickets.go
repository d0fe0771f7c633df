// A testify double of store.Tickets, as mockery writes them: never what the deployed handler calls.
package mocks

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/stretchr/testify/mock"
)

type Tickets struct {
	mock.Mock
}

func (m *Tickets) Open(ctx context.Context) ([]map[string]types.AttributeValue, error) {
	args := m.Called(ctx)
	return args.Get(0).([]map[string]types.AttributeValue), args.Error(1)
}

func (m *Tickets) Close(ctx context.Context, id string) error {
	return m.Called(ctx, id).Error(0)
}
