/* sarif.h — the SARIF 2.1.0 report (`--format sarif`), for GitHub code scanning and other viewers.
 *
 * One run. tool.driver lists every rule once, with the rule's own docs as help; each result names
 * its rule by id and index, its level from the finding's severity (info → note), one physical
 * location (artifactLocation.uri relative to the working directory under uriBaseId %SRCROOT%,
 * percent-encoded; files outside it get an absolute file: URI), a region with 1-based lines and
 * Unicode code point columns, and partialFingerprints["lambdaLint/v1"] from fingerprint.h.
 * (GitHub computes primaryLocationLineHash itself and warns when a tool sends a different one.)
 * Files that could not be analysed are toolExecutionNotifications of level error. */
#ifndef LL_REPORT_SARIF_H
#define LL_REPORT_SARIF_H

#include <stdbool.h>
#include <stdio.h>

#include "report/report_input.h"

#define LL_SARIF_FINGERPRINT_KEY "lambdaLint/v1"

bool ll_sarif_write(const ll_report_input *input, FILE *out);

/* `path` (relative, `/`-separated) as a URI reference: every byte but unreserved characters and
 * `/` percent-encoded. Malloc'd. */
char *ll_uri_encode_path(const char *path);

#endif
