// Order writer that sets up the SDK and its clients inside the handler: every invocation repeats
// SDK start-up, credential resolution and the TLS handshakes.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/PutItemRequest.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/sqs/SQSClient.h>
#include <aws/sqs/model/SendMessageRequest.h>

#include <memory>

using namespace aws::lambda_runtime;

static invocation_response write_order(invocation_request const &request) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);  // expect: LL302
  Aws::Client::ClientConfiguration config;
  Aws::DynamoDB::DynamoDBClient orders(config);  // expect: LL302

  Aws::DynamoDB::Model::PutItemRequest put;
  put.SetTableName("orders");
  put.AddItem("id", Aws::DynamoDB::Model::AttributeValue(request.request_id));
  auto written = orders.PutItem(put);

  auto queue = std::make_shared<Aws::SQS::SQSClient>(config);  // expect: LL302
  Aws::SQS::Model::SendMessageRequest message;
  message.SetMessageBody(request.payload);
  queue->SendMessage(message);

  Aws::ShutdownAPI(options);
  if (!written.IsSuccess()) return invocation_response::failure("put failed", "DynamoDBError");
  return invocation_response::success("{\"ok\":true}", "application/json");
}

int main() {
  run_handler(write_order);
  return 0;
}
