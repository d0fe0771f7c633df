package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var s3c *s3.Client

func init() {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	s3c = s3.NewFromConfig(cfg)
}

func archiveHandler(ctx context.Context, bucket string) (int, error) {
	n := 0
	p := s3.NewListObjectsV2Paginator(s3c, &s3.ListObjectsV2Input{Bucket: &bucket})
	for p.HasMorePages() { // expect: LL401
		page, err := p.NextPage(ctx)
		if err != nil {
			return n, err
		}
		n += len(page.Contents)
	}
	return n, nil
}

func main() { lambda.Start(archiveHandler) }
