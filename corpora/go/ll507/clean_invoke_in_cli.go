package main

import (
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"context"
	"fmt"
)

var fn5 *lambda.Client

func main() {
	out, err := fn5.Invoke(context.Background(), &lambda.InvokeInput{FunctionName: aws.String("resize")})
	fmt.Println(out, err)
}
