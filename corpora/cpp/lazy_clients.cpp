// Three ways of building a client once per execution environment from handler code: a
// function-local static, std::call_once, and a null-checked global. Clean.
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sns/SNSClient.h>
#include <aws/sqs/SQSClient.h>

#include <mutex>

using namespace aws::lambda_runtime;

static Aws::SNS::SNSClient *g_sns = nullptr;
static std::once_flag g_sqs_once;
static Aws::SQS::SQSClient *g_sqs = nullptr;

static Aws::S3::S3Client &s3() {
  static Aws::S3::S3Client client;
  return client;
}

static Aws::SQS::SQSClient &sqs() {
  std::call_once(g_sqs_once, [] { g_sqs = new Aws::SQS::SQSClient(); });
  return *g_sqs;
}

static invocation_response fan_out(invocation_request const &request) {
  if (!g_sns) {
    g_sns = new Aws::SNS::SNSClient();
  }
  auto listed = s3().ListObjectsV2(Aws::S3::Model::ListObjectsV2Request().WithBucket("inbox"));
  sqs().SendMessage(Aws::SQS::Model::SendMessageRequest().WithMessageBody(request.payload));
  g_sns->Publish(Aws::SNS::Model::PublishRequest().WithMessage(request.payload));
  return invocation_response::success("sent", "text/plain");
}

int main() {
  run_handler(fan_out);
  return 0;
}
