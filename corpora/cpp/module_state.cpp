// Ingestion handler that keeps its bookkeeping in globals. Every warm invocation of the execution
// environment sees what the previous ones left: the audit log only grows (LL201), and the
// duplicate check and the warm-up counter decide behaviour from per-environment copies that
// concurrent environments do not share (LL202).
#include <aws/lambda-runtime/runtime.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

using namespace aws::lambda_runtime;

static std::vector<std::string> g_audit_log;
static std::set<std::string> g_seen_ids;
static int g_invocations = 0;
static std::unordered_map<std::string, std::string> g_config_cache;
static const int kWarmupLimit = 100;

static invocation_response ingest(invocation_request const &request) {
  const std::string &id = request.request_id;
  if (g_seen_ids.count(id)) {
    return invocation_response::success("duplicate", "text/plain");
  }
  g_seen_ids.insert(id);  // expect: LL202
  g_audit_log.push_back(request.payload);  // expect: LL201
  if (++g_invocations > kWarmupLimit) {  // expect: LL202
    g_config_cache.clear();
  }
  g_config_cache["region"] = "eu-west-1";
  return invocation_response::success("stored", "text/plain");
}

int main() {
  run_handler(ingest);
  return 0;
}
