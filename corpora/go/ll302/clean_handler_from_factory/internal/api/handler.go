package api

import (
	"context"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

type Handler struct{ s3 *s3.S3 }

func NewHandler(sess *session.Session) *Handler { return &Handler{s3: s3.New(sess)} }

func (h *Handler) Ping(ctx context.Context) (string, error) {
	_, err := h.s3.ListBucketsWithContext(ctx, &s3.ListBucketsInput{})
	return "pong", err
}
