// A handler written against `using namespace` directives, as in the SDK's own examples. Without
// the SDK headers the names are only spelled `S3Client`, `InitAPI`; the directives in scope say
// whose they are.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/GetObjectRequest.h>

using namespace aws::lambda_runtime;
using namespace Aws::S3;

static invocation_response read_object(invocation_request const &request) {
  S3Client s3;  // expect: LL302
  Model::GetObjectRequest get;
  get.SetBucket("reports");
  get.SetKey(request.payload);
  auto outcome = s3.GetObject(get);
  if (!outcome.IsSuccess()) return invocation_response::failure("missing", "NotFound");
  return invocation_response::success("found", "text/plain");
}

int main() {
  using namespace Aws;
  SDKOptions options;
  InitAPI(options);
  run_handler(read_object);
  ShutdownAPI(options);
  return 0;
}
