package main

import (
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"log"
)

func auditLog(ev map[string]string) { log.Println(ev) }

func fireHandler(ctx context.Context, ev map[string]string) error {
	go auditLog(ev) // expect: LL104
	return nil
}

func main() { lambda.Start(fireHandler) }
