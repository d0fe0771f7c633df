// Drains a work queue for as long as the invocation has time: the loop stops when less than ten
// seconds remain and leaves the rest of the queue for the next invocation. Clean.
#include <aws/lambda-runtime/runtime.h>
#include <aws/sqs/SQSClient.h>
#include <aws/sqs/model/DeleteMessageRequest.h>
#include <aws/sqs/model/ReceiveMessageRequest.h>

#include <chrono>

using namespace aws::lambda_runtime;
using namespace std::chrono_literals;

static int process(Aws::SQS::Model::Message const &message) { return message.GetBody().empty() ? 0 : 1; }

static invocation_response drain(invocation_request const &request, Aws::SQS::SQSClient &sqs,
                                 Aws::String const &queue_url) {
  int processed = 0;
  while (request.get_time_remaining() > 10s) {
    Aws::SQS::Model::ReceiveMessageRequest receive;
    receive.SetQueueUrl(queue_url);
    receive.SetMaxNumberOfMessages(10);
    auto outcome = sqs.ReceiveMessage(receive);
    if (!outcome.IsSuccess() || outcome.GetResult().GetMessages().empty()) break;
    for (auto const &message : outcome.GetResult().GetMessages()) {
      processed += process(message);
      sqs.DeleteMessage(Aws::SQS::Model::DeleteMessageRequest()
                            .WithQueueUrl(queue_url)
                            .WithReceiptHandle(message.GetReceiptHandle()));
    }
  }
  return invocation_response::success(std::to_string(processed), "text/plain");
}

int main() {
  Aws::Client::ClientConfiguration config;
  Aws::SQS::SQSClient sqs(config);
  const Aws::String queue_url = Aws::Environment::GetEnv("QUEUE_URL");
  run_handler([&](invocation_request const &request) { return drain(request, sqs, queue_url); });
  return 0;
}
