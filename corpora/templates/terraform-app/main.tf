# A Terraform root module: plain resources, the terraform-aws-modules/lambda module and a local
# module; every function packaged by its own archive_file.

variable "runtime" {
  default = "python3.9"
}

locals {
  functions = "${path.module}/functions"
}

data "archive_file" "orders" {
  type        = "zip"
  source_dir  = "${local.functions}/orders"
  output_path = "build/orders.zip"
}

data "archive_file" "users" {
  type        = "zip"
  source_dir  = "${local.functions}/users"
  output_path = "build/users.zip"
}

# 4096 MB for code that only writes to DynamoDB.
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  filename      = data.archive_file.orders.output_path
  handler       = "app.handler"
  runtime       = var.runtime # expect: LL501
  memory_size   = 4096 # expect: LL506
  timeout       = 60
}

resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 120 # expect: LL504
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.orders.arn
}

# Same shared/db.py as orders, copied: a layer would ship it once.
resource "aws_lambda_function" "users" {
  function_name = "users"
  filename      = data.archive_file.users.output_path # expect: LL601
  handler       = "app.handler"
  runtime       = "python3.13"
  timeout       = 45 # expect: LL503
  ephemeral_storage {
    size = 20480 # expect: LL502
  }
}

resource "aws_apigatewayv2_integration" "users" {
  api_id           = "api"
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.users.invoke_arn
}

module "thumbs" {
  source      = "terraform-aws-modules/lambda/aws"
  version     = "~> 7.0"
  source_path = "${path.module}/functions/thumbs"
  handler     = "index.handler"
  runtime     = "nodejs18.x" # expect: LL501
  memory_size = 256
}

module "reports" {
  source     = "./modules/lambda"
  name       = "reports"
  source_dir = "${path.module}/functions/reports"
  handler    = "reports.handler"
}
