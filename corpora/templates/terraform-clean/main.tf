# A clean Terraform root module: supported runtimes, API timeout under the 30 s limit, a queue
# whose visibility timeout covers six function timeouts. Its worker's shared/db.py is the same
# file as the terraform-app corpus's: another root module, another deployable unit.

module "api" {
  source  = "./modules/fn"
  name    = "api"
  src     = "${path.module}/src/api"
  handler = "api.handler"
  runtime = "python3.13"
  timeout = 20
}

resource "aws_apigatewayv2_integration" "api" {
  api_id           = "api"
  integration_type = "AWS_PROXY"
  integration_uri  = module.api.invoke_arn
}

data "archive_file" "worker" {
  type        = "zip"
  source_dir  = "${path.module}/src/worker"
  output_path = "build/worker.zip"
}

resource "aws_lambda_function" "worker" {
  function_name    = "worker"
  filename         = data.archive_file.worker.output_path
  source_code_hash = data.archive_file.worker.output_base64sha256
  handler          = "app.handler"
  runtime          = "python3.13"
  timeout          = 60
  architectures    = ["arm64"]
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = 360
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.arn
}
