// The twin of flagged_scan_behind_injected_interface: the one implementation behind the
// interface-typed field paginates.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/corpus/injectclean/store"
)

type Reporter struct {
	archive store.Archive
}

func (r *Reporter) Count(ctx context.Context) (int, error) {
	keys, err := r.archive.Keys(ctx)
	return len(keys), err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	rep := &Reporter{archive: &store.BucketArchive{S3: s3.NewFromConfig(cfg), Bucket: os.Getenv("ARCHIVE")}}
	lambda.Start(rep.Count)
}
