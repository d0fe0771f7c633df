package functions

import (
	"os"

	"example.com/corpus/factoryflag/internal/api"
)

func GetHandler() *api.Handler { return api.NewHandler(os.Getenv("BUCKET")) }
