// Waits for an export job by polling, with nothing watching the invocation's remaining time: at the
// function timeout the runtime is killed mid-loop and the event is retried from the start. Its
// sleeps are billed idle time.
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/DescribeExportRequest.h>
#include <aws/lambda-runtime/runtime.h>

#include <chrono>
#include <thread>

using namespace aws::lambda_runtime;

static bool export_done(Aws::DynamoDB::DynamoDBClient &db, std::string const &arn) {
  Aws::DynamoDB::Model::DescribeExportRequest describe;
  describe.SetExportArn(arn);
  auto outcome = db.DescribeExport(describe);
  return outcome.IsSuccess() &&
         outcome.GetResult().GetExportDescription().GetExportStatus() ==
             Aws::DynamoDB::Model::ExportStatus::COMPLETED;
}

static invocation_response wait_for_export(invocation_request const &request,
                                           Aws::DynamoDB::DynamoDBClient &db) {
  while (!export_done(db, request.payload)) {  // expect: LL401
    std::this_thread::sleep_for(std::chrono::seconds(5));  // expect: LL403
  }
  int attempts = 0;
  for (;;) {  // expect: LL401
    auto tables = db.ListTables(Aws::DynamoDB::Model::ListTablesRequest());
    if (tables.IsSuccess() || ++attempts > 100) break;
  }
  return invocation_response::success("exported", "text/plain");
}

int main() {
  Aws::Client::ClientConfiguration config;
  Aws::DynamoDB::DynamoDBClient db(config);
  run_handler([&](invocation_request const &request) { return wait_for_export(request, db); });
  return 0;
}
