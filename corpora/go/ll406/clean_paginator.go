package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var pagedObjects *s3.Client

func countAllKeys(ctx context.Context, bucket string) (int, error) {
	n := 0
	p := s3.NewListObjectsV2Paginator(pagedObjects, &s3.ListObjectsV2Input{Bucket: &bucket})
	for p.HasMorePages() {
		if _, ok := ctx.Deadline(); !ok {
			break
		}
		page, err := p.NextPage(ctx)
		if err != nil {
			return n, err
		}
		n += len(page.Contents)
	}
	return n, nil
}

func main() { lambda.Start(countAllKeys) }
