// The same export wait, bounded by the invocation's remaining time: it hands the job back to the
// queue when less than ten seconds are left. Clean.
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/DescribeExportRequest.h>
#include <aws/lambda-runtime/runtime.h>

#include <chrono>
#include <thread>

using namespace aws::lambda_runtime;
using namespace std::chrono_literals;

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
  while (request.get_time_remaining() > 10s) {
    if (export_done(db, request.payload)) {
      return invocation_response::success("exported", "text/plain");
    }
    std::this_thread::sleep_for(2s);
  }
  return invocation_response::failure("export still running", "Retry");
}

int main() {
  Aws::Client::ClientConfiguration config;
  Aws::DynamoDB::DynamoDBClient db(config);
  run_handler([&](invocation_request const &request) { return wait_for_export(request, db); });
  return 0;
}
