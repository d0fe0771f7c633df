/* report.h — the reporters, one per format, behind ll_report() (report.c). */
#ifndef LL_REPORT_H
#define LL_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "engine/results.h"

/* Reporters, one per format (src/report/). */
bool ll_report_text(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_json(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_sarif(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_github(const ll_results *results, const ll_options *options, FILE *out);

#endif
