#!/usr/bin/env python3
"""Writes a tree of realistic Go Lambda services for benchmarking lambda-lint.

Each service is a folder (one Go package): main.go calls lambda.Start, handler.go holds the handler,
store.go a DynamoDB data layer, util.go request helpers, each file padded with more helpers to
~4 KB. A fixed seed makes the tree identical on every run; about one service in six carries an
anti-pattern (a client per invocation, a dropped context, an unjoined goroutine, a sleep), the rest
are written the Lambda way. Every file is handler-reachable code ("all-handler").

    bench/gen_go_handlers.py OUT_DIR N_FILES [--seed 7]
"""
import argparse
import os
import random

MAIN = '''package main

import (
\t"context"
\t"log"

\t"github.com/aws/aws-lambda-go/lambda"
\t"github.com/aws/aws-sdk-go-v2/config"
\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var db *dynamodb.Client

func init() {{
\tcfg, err := config.LoadDefaultConfig(context.Background())
\tif err != nil {{
\t\tlog.Fatal(err)
\t}}
\tdb = dynamodb.NewFromConfig(cfg)
}}

func main() {{
\tlambda.Start(handle{Topic})
}}
{extra}'''

HANDLER = '''package main

import (
\t"context"
\t"encoding/json"
\t"net/http"
\t"time"

\t"github.com/aws/aws-lambda-go/events"
\t"github.com/aws/aws-sdk-go-v2/config"
\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var _ = config.LoadDefaultConfig
var _ = time.Second

func handle{Topic}(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {{
{bad}\tswitch req.HTTPMethod {{
\tcase http.MethodGet:
\t\titem, err := load{Topic}(ctx, db, req.PathParameters["id"])
\t\tif err != nil {{
\t\t\treturn respond(http.StatusInternalServerError, errorBody(err))
\t\t}}
\t\tif item == nil {{
\t\t\treturn respond(http.StatusNotFound, map[string]string{{"error": "not found"}})
\t\t}}
\t\treturn respond(http.StatusOK, item)
\tcase http.MethodPost:
\t\tvar in {Topic}
\t\tif err := json.Unmarshal([]byte(req.Body), &in); err != nil {{
\t\t\treturn respond(http.StatusBadRequest, errorBody(err))
\t\t}}
\t\tif err := validate{Topic}(&in); err != nil {{
\t\t\treturn respond(http.StatusUnprocessableEntity, errorBody(err))
\t\t}}
\t\tif err := save{Topic}(ctx, db, &in); err != nil {{
\t\t\treturn respond(http.StatusInternalServerError, errorBody(err))
\t\t}}
\t\treturn respond(http.StatusCreated, in)
\t}}
\treturn respond(http.StatusMethodNotAllowed, nil)
}}

var _ = dynamodb.NewFromConfig
{extra}'''

STORE = '''package main

import (
\t"context"
\t"fmt"
\t"os"

\t"github.com/aws/aws-sdk-go-v2/aws"
\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"
\t"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type {Topic} struct {{
\tID     string `json:"id"`
\tName   string `json:"name"`
\tAmount int    `json:"amount"`
}}

func tableName() string {{ return os.Getenv("TABLE_{TOPIC}") }}

func load{Topic}(ctx context.Context, c *dynamodb.Client, id string) (*{Topic}, error) {{
\tout, err := c.GetItem(ctx, &dynamodb.GetItemInput{{
\t\tTableName: aws.String(tableName()),
\t\tKey:       map[string]types.AttributeValue{{"id": &types.AttributeValueMemberS{{Value: id}}}},
\t}})
\tif err != nil {{
\t\treturn nil, fmt.Errorf("load {topic} %s: %w", id, err)
\t}}
\tif out.Item == nil {{
\t\treturn nil, nil
\t}}
\treturn &{Topic}{{ID: id}}, nil
}}

func save{Topic}(ctx context.Context, c *dynamodb.Client, v *{Topic}) error {{
\t_, err := c.PutItem(ctx, &dynamodb.PutItemInput{{
\t\tTableName: aws.String(tableName()),
\t\tItem: map[string]types.AttributeValue{{
\t\t\t"id":   &types.AttributeValueMemberS{{Value: v.ID}},
\t\t\t"name": &types.AttributeValueMemberS{{Value: v.Name}},
\t\t}},
\t}})
\treturn err
}}
{extra}'''

UTIL = '''package main

import (
\t"encoding/json"
\t"errors"
\t"strings"

\t"github.com/aws/aws-lambda-go/events"
)

func respond(status int, body interface{{}}) (events.APIGatewayProxyResponse, error) {{
\tb, err := json.Marshal(body)
\tif err != nil {{
\t\treturn events.APIGatewayProxyResponse{{StatusCode: 500}}, err
\t}}
\treturn events.APIGatewayProxyResponse{{
\t\tStatusCode: status,
\t\tHeaders:    map[string]string{{"Content-Type": "application/json"}},
\t\tBody:       string(b),
\t}}, nil
}}

func errorBody(err error) map[string]string {{ return map[string]string{{"error": err.Error()}} }}

func validate{Topic}(v *{Topic}) error {{
\tif strings.TrimSpace(v.Name) == "" {{
\t\treturn errors.New("name is required")
\t}}
\tif v.Amount < 0 {{
\t\treturn errors.New("amount must not be negative")
\t}}
\treturn nil
}}
{extra}'''

PAD = '''
func {name}(items []string, limit int) (map[string]int, error) {{
\tcounts := make(map[string]int, len(items))
\tfor i, it := range items {{
\t\tif i >= limit {{
\t\t\tbreak
\t\t}}
\t\tkey := strings.ToLower(it)
\t\tif key == "" {{
\t\t\tcontinue
\t\t}}
\t\tcounts[key]++
\t}}
\tif len(counts) == 0 {{
\t\treturn nil, errors.New("no items")
\t}}
\treturn counts, nil
}}
'''

BAD = [
    "\tcfg, _ := config.LoadDefaultConfig(ctx)\n\tdb := dynamodb.NewFromConfig(cfg)\n",
    "\t_, _ = load{Topic}(context.Background(), db, \"warm\")\n",
    "\tgo func() {{ _, _ = load{Topic}(ctx, db, \"audit\") }}()\n",
    "\ttime.Sleep(100 * time.Millisecond)\n",
]

TOPICS = ["order", "invoice", "customer", "shipment", "payment", "refund", "ticket", "review",
          "coupon", "report", "session", "device", "alert", "booking", "profile", "quote"]


def padded(template, names, target, prefix):
    """The template with helpers appended until the file reaches `target` bytes."""
    extra, n = "", 0
    while len(template.format(extra=extra, **names)) < target:
        extra += PAD.format(name="%s%d" % (prefix, n))
        n += 1
    body = template.format(extra=extra, **names)
    for package in ("errors", "strings"):
        if extra and '"%s"' % package not in body:
            body = body.replace("import (\n", "import (\n\t\"%s\"\n" % package, 1)
    return body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("files", type=int)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    templates = {"main.go": MAIN, "handler.go": HANDLER, "store.go": STORE, "util.go": UTIL}
    for s in range(max(1, args.files // len(templates))):
        topic = TOPICS[s % len(TOPICS)]
        names = {"Topic": topic.capitalize(), "topic": topic, "TOPIC": topic.upper(), "bad": ""}
        if rng.randrange(6) == 0:
            names["bad"] = BAD[rng.randrange(len(BAD))].format(**names).replace("{", "{{").replace("}", "}}")
        folder = os.path.join(args.out, "svc%04d_%s" % (s, topic))
        os.makedirs(folder, exist_ok=True)
        for name, template in templates.items():
            body = padded(template, names, 4000, "helper" + name[:-3].capitalize())
            with open(os.path.join(folder, name), "w") as f:
                f.write(body)


if __name__ == "__main__":
    main()
