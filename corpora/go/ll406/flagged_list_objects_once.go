package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var objects *s3.Client

func countKeys(ctx context.Context, bucket string) (int, error) {
	out, err := objects.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &bucket}) // expect: LL406
	if err != nil {
		return 0, err
	}
	n := 0
	for _, o := range out.Contents {
		n += int(*o.Size)
	}
	return n, nil
}

func main() { lambda.Start(countKeys) }
