// The function's entry point: aws-lambda-cpp runs the loop and hands each request to the C code
// (thumbnail.c, ingest.c, report.c, counters.c, lookup.c) through a lambda. The client-free dispatch itself is clean.
#include <aws/lambda-runtime/runtime.h>

#include <string>

extern "C" {
int make_thumbnail(const char *key, char *out, unsigned long size);
int ingest_record(const char *record);
int monthly_report(const char *month, char *out, unsigned long size);
void count_request(const char *line);
int lookup_price(const char *url);
}

using namespace aws::lambda_runtime;

static invocation_response dispatch(invocation_request const &request) {
  char out[512] = {0};
  const std::string &body = request.payload;
  int rc = 0;
  count_request(body.c_str());
  if (body.rfind("thumb:", 0) == 0) rc = make_thumbnail(body.c_str() + 6, out, sizeof out);
  else if (body.rfind("report:", 0) == 0) rc = monthly_report(body.c_str() + 7, out, sizeof out);
  else if (body.rfind("price:", 0) == 0) rc = lookup_price(body.c_str() + 6);
  else rc = ingest_record(body.c_str());
  if (rc != 0) return invocation_response::failure("handler failed", "HandlerError");
  return invocation_response::success(out, "application/json");
}

int main() {
  run_handler([](invocation_request const &request) { return dispatch(request); });
  return 0;
}
