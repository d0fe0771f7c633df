// The twin of flagged_repo_behind_interface: the implementation behind the interface paginates.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/corpus/cleaniface/repo"
)

var sensors repo.Sensors

func census(ctx context.Context) (int, error) {
	items, err := sensors.All(ctx)
	return len(items), err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	sensors = repo.NewSensors(dynamodb.NewFromConfig(cfg), os.Getenv("SENSORS_TABLE"))
	lambda.Start(census)
}
