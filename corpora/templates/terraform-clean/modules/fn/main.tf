# Called by ../../main.tf with its own runtime: the python3.8 default below is never deployed,
# and this folder is not read on its own.
variable "name" {}
variable "src" {}
variable "handler" {}

variable "runtime" {
  default = "python3.8"
}

variable "timeout" {
  default = 3
}

data "archive_file" "this" {
  type        = "zip"
  source_dir  = var.src
  output_path = "${path.root}/build/${var.name}.zip"
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  filename      = data.archive_file.this.output_path
  handler       = var.handler
  runtime       = var.runtime
  timeout       = var.timeout
  memory_size   = 1024
}

output "invoke_arn" {
  value = aws_lambda_function.this.invoke_arn
}
