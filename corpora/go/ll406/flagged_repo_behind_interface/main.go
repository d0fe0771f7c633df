// The handler reaches the Scan through a constructor returning an interface: the implementation the
// constructor builds is what runs, and it returns the first page as the whole table.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/corpus/flaggediface/repo"
)

var devices repo.Devices

func inventory(ctx context.Context) (int, error) {
	items, err := devices.All(ctx)
	return len(items), err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	devices = repo.NewDevices(dynamodb.NewFromConfig(cfg), os.Getenv("DEVICES_TABLE"))
	lambda.Start(inventory)
}
