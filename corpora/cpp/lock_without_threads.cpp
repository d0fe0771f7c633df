// A cache "protected" by a mutex in a function that never starts a thread: each execution
// environment runs one invocation at a time, so the lock guards nothing, and concurrent requests
// run in other environments it cannot reach.
#include <aws/lambda-runtime/runtime.h>

#include <map>
#include <mutex>
#include <string>

using namespace aws::lambda_runtime;

static std::mutex g_prices_mutex;  // expect: LL103
static std::map<std::string, double> g_price_cache;

static double lookup_price(std::string const &sku) { return sku.size() * 1.5; }

static invocation_response price(invocation_request const &request) {
  std::lock_guard<std::mutex> guard(g_prices_mutex);
  auto found = g_price_cache.find(request.payload);
  double value = found != g_price_cache.end() ? found->second : lookup_price(request.payload);
  return invocation_response::success(std::to_string(value), "text/plain");
}

int main() {
  run_handler(price);
  return 0;
}
