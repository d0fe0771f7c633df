// Thumbnails rendered on worker threads inside the handler. Threads started per invocation compete
// for less than one vCPU below 1769 MB (LL101); the detached one is still running when the handler
// returns and is frozen with the environment (LL104). The joined ones and the std::async future
// (which blocks until its thread ends) finish before the response.
#include <aws/lambda-runtime/runtime.h>

#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace aws::lambda_runtime;

static std::mutex g_render_mutex; /* the workers below really run concurrently: not LL103 */

static void render(std::string const &key, int size) { std::lock_guard<std::mutex> guard(g_render_mutex); }
static void report_metrics(std::string const &payload) {}
static int checksum(std::string const &payload) { return static_cast<int>(payload.size()); }

static invocation_response thumbnails(invocation_request const &request) {
  const std::string key = request.payload;
  std::vector<std::thread> workers;
  for (int size : {64, 128, 256}) {
    workers.emplace_back(render, key, size);  // expect: LL101
  }
  for (auto &worker : workers) worker.join();

  std::thread audit([&] { render(key, 32); });  // expect: LL101
  audit.join();

  auto sum = std::async(std::launch::async, checksum, key);  // expect: LL101
  const int digest = sum.get();

  std::thread metrics(report_metrics, request.payload);  // expect: LL101, LL104
  metrics.detach();
  return invocation_response::success(std::to_string(digest), "text/plain");
}

int main() {
  run_handler(thumbnails);
  return 0;
}
