# A local module: one function per call, packaged from the caller's folder. Read through its
# callers only (its defaults alone would stand in for what the caller passes).
variable "name" {}
variable "source_dir" {}
variable "handler" {}

variable "runtime" {
  default = "python3.13"
}

variable "memory_size" {
  default = 256
}

data "archive_file" "this" {
  type        = "zip"
  source_dir  = var.source_dir
  output_path = "${path.root}/build/${var.name}.zip"
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  filename      = data.archive_file.this.output_path
  handler       = var.handler
  runtime       = var.runtime
  memory_size   = var.memory_size
  timeout       = 30
}
