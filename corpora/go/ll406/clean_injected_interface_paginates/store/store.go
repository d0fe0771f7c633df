package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Archive lists what a bucket holds.
type Archive interface {
	Keys(ctx context.Context) ([]string, error)
}

type BucketArchive struct {
	S3     *s3.Client
	Bucket string
}

// Keys walks every page with the SDK paginator and stops when the invocation's ctx is done.
func (b *BucketArchive) Keys(ctx context.Context) ([]string, error) {
	var keys []string
	p := s3.NewListObjectsV2Paginator(b.S3, &s3.ListObjectsV2Input{Bucket: aws.String(b.Bucket)})
	for p.HasMorePages() && ctx.Err() == nil {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range page.Contents {
			keys = append(keys, aws.ToString(o.Key))
		}
	}
	return keys, nil
}
