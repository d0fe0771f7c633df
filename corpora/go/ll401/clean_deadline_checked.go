package main

import (
	"context"
	"time"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var bucketClient *s3.Client

func deadlineHandler(ctx context.Context, bucket string) (int, error) {
	deadline, _ := ctx.Deadline()
	n := 0
	p := s3.NewListObjectsV2Paginator(bucketClient, &s3.ListObjectsV2Input{Bucket: &bucket})
	for p.HasMorePages() && time.Until(deadline) > 5*time.Second {
		page, err := p.NextPage(ctx)
		if err != nil {
			return n, err
		}
		n += len(page.Contents)
	}
	return n, nil
}

func main() { lambda.Start(deadlineHandler) }
