#include "report/rule_docs.h"

#include <ctype.h>
#include <string.h>

#include "base/alloc.h"

char *ll_rule_docs_url(const ll_rule *rule) {
  char *url = ll_strfmt("%s#%s", LL_DOCS_BASE_URI, rule->id);
  for (char *c = strchr(url, '#'); *c; c++) *c = (char)tolower((unsigned char)*c);
  return url;
}
