/* github.h — GitHub Actions workflow annotations (`--format github`).
 *
 *   ::warning file=src/app.py,line=3,endLine=3,col=5,endColumn=12,title=LL302 client-per-invocation::…
 *
 * One command per finding (error / warning / notice from the severity) and one `::error` per file
 * that could not be analysed. Paths are relative to the working directory (the checkout). Values
 * are escaped as the Actions runner expects: `%`, CR and LF in the message; also `:` and `,` in
 * properties. */
#ifndef LL_REPORT_GITHUB_H
#define LL_REPORT_GITHUB_H

#include <stdbool.h>
#include <stdio.h>

#include "report/report_input.h"

bool ll_github_write(const ll_report_input *input, FILE *out);

/* Writes `s` escaped as a workflow command's message (property = false) or property value. */
void ll_github_escape(FILE *out, const char *s, bool property);

#endif
