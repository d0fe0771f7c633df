package api

import (
	"context"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

type Handler struct{ bucket string }

func NewHandler(bucket string) *Handler { return &Handler{bucket: bucket} }

func (h *Handler) Ping(ctx context.Context) (string, error) {
	sess, err := session.NewSession(&aws.Config{Region: aws.String("eu-west-1")}) // expect: LL302
	if err != nil {
		return "", err
	}
	_, err = s3.New(sess).HeadBucketWithContext(ctx, &s3.HeadBucketInput{Bucket: aws.String(h.bucket)}) // expect: LL302
	return "pong", err
}
