// A handler object built in main around a shared DynamoDB client; run_handler calls its method
// through a lambda. The table client is reused, but the method builds a notification client on
// every invocation.
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/sns/SNSClient.h>
#include <aws/sns/model/PublishRequest.h>

using namespace aws::lambda_runtime;

namespace orders {

class StatusHandler {
 public:
  explicit StatusHandler(Aws::DynamoDB::DynamoDBClient &table) : table_(table) {}

  invocation_response handle(invocation_request const &request) {
    Aws::DynamoDB::Model::GetItemRequest get;
    get.SetTableName("orders");
    auto item = table_.GetItem(get);
    Aws::SNS::SNSClient sns;  // expect: LL302
    sns.Publish(Aws::SNS::Model::PublishRequest().WithMessage(request.payload));
    return invocation_response::success(item.IsSuccess() ? "found" : "missing", "text/plain");
  }

 private:
  Aws::DynamoDB::DynamoDBClient &table_;
};

}  // namespace orders

int main() {
  Aws::DynamoDB::DynamoDBClient table;
  orders::StatusHandler handler(table);
  run_handler([&](invocation_request const &request) { return handler.handle(request); });
  return 0;
}
