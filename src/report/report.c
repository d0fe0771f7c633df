/* report.c — picks the reporter for the chosen format. */
#include "report/report.h"

bool ll_report(const ll_results *results, const ll_options *options, FILE *out) {
  switch (options->format) {
  case LL_FORMAT_JSON:
    return ll_report_json(results, options, out);
  case LL_FORMAT_SARIF:
    return ll_report_sarif(results, options, out);
  case LL_FORMAT_GITHUB:
    return ll_report_github(results, options, out);
  case LL_FORMAT_CONCISE:
  case LL_FORMAT_TEXT:
  default:
    return ll_report_text(results, options, out);
  }
}

