// GetByID is BaseRepo's method, promoted to PostRepo, which embeds BaseRepo: the handler's call on a
// PostRepo runs it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type BaseRepo[T any] struct {
	db    *dynamodb.Client
	table string
}

func (b *BaseRepo[T]) GetByID(ctx context.Context, id string) (map[string]types.AttributeValue, error) {
	out, err := b.db.GetItem(context.TODO(), &dynamodb.GetItemInput{ // expect: LL404
		TableName: aws.String(b.table),
		Key:       map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return nil, err
	}
	return out.Item, nil
}

type Post struct{ Title string }

type PostRepo struct {
	*BaseRepo[Post]
}

func NewPostRepo(db *dynamodb.Client) *PostRepo {
	return &PostRepo{BaseRepo: &BaseRepo[Post]{db: db, table: "posts"}}
}

var posts *PostRepo

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	posts = NewPostRepo(dynamodb.NewFromConfig(cfg))
}

func handleGetPost(ctx context.Context, id string) (map[string]types.AttributeValue, error) {
	return posts.GetByID(ctx, id)
}

func main() { lambda.Start(handleGetPost) }
