/* rule_docs.h — where a rule's documentation lives on the web: the one place the SARIF report
 * (helpUri) and the language server (codeDescription.href) take the link from. The README's rule
 * table holds an anchor per rule (`<a id="ll302">`). */
#ifndef LL_RULE_DOCS_H
#define LL_RULE_DOCS_H

#include "lambdalint/rule.h"

#define LL_DOCS_BASE_URI "https://github.com/lambda-lint/lambda-lint"

/* "https://github.com/lambda-lint/lambda-lint#ll302": the rule's row in the README. Malloc'd. */
char *ll_rule_docs_url(const ll_rule *rule);

#endif
