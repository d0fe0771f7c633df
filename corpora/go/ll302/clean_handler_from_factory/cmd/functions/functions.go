package functions

import (
	"context"

	"github.com/aws/aws-sdk-go/aws/session"

	"example.com/corpus/factoryclean/internal/api"
)

func GetHandler() *api.Handler { return api.NewHandler(session.Must(session.NewSession())) }

// Probe is a tool of this package with a method of the same name: it is not the handler.
type Probe struct{}

func (p *Probe) Ping(ctx context.Context) (string, error) {
	_, err := session.NewSession()
	return "probe", err
}
