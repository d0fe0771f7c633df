// Publishes with a short retry: the back-off sleep runs only after a failure, inside the catch
// handler, and `usleep(0)` merely yields. The counted retry loop is bounded. Clean.
#include <aws/lambda-runtime/runtime.h>
#include <aws/sns/SNSClient.h>
#include <aws/sns/model/PublishRequest.h>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <unistd.h>

using namespace aws::lambda_runtime;

static invocation_response publish(invocation_request const &request, Aws::SNS::SNSClient &sns) {
  for (int attempt = 0; attempt < 3; attempt++) {
    try {
      auto outcome = sns.Publish(Aws::SNS::Model::PublishRequest().WithMessage(request.payload));
      if (outcome.IsSuccess()) return invocation_response::success("sent", "text/plain");
      throw std::runtime_error(outcome.GetError().GetMessage());
    } catch (std::exception const &error) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
    }
    usleep(0);
  }
  return invocation_response::failure("publish failed", "SNSError");
}

int main() {
  Aws::SNS::SNSClient sns;
  run_handler([&](invocation_request const &request) { return publish(request, sns); });
  return 0;
}
