package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var peekTable *dynamodb.Client
var peekBucket *s3.Client

func peek(ctx context.Context, bucket string) (bool, error) {
	out, err := peekTable.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("orders"), Limit: aws.Int32(1)})
	if err != nil {
		return false, err
	}
	_ = out.Items
	keys, err := peekBucket.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &bucket})
	if err != nil {
		return false, err
	}
	if len(keys.Contents) == 0 {
		return false, nil
	}
	first := keys.Contents[0]
	return first.Key != nil, nil
}

func main() { lambda.Start(peek) }
