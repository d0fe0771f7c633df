// The promoted GetByID passes the handler's ctx on; PostRepo's own Archive drops it, but the
// handler never calls it.
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
	out, err := b.db.GetItem(ctx, &dynamodb.GetItemInput{
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

func (p *PostRepo) Archive(ctx context.Context, id string) error {
	_, err := p.db.DeleteItem(context.Background(), &dynamodb.DeleteItemInput{
		TableName: aws.String(p.table),
		Key:       map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: id}},
	})
	return err
}

var posts *PostRepo

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	posts = NewPostRepo(dynamodb.NewFromConfig(cfg))
}

func handleReadPost(ctx context.Context, id string) (map[string]types.AttributeValue, error) {
	return posts.GetByID(ctx, id)
}

func main() { lambda.Start(handleReadPost) }
