/* streq.h — string equality that settles most mismatches on the first byte. The front-ends and
 * rules compare callees against long lists of names; a call to strcmp per name showed up in
 * profiles, while the first bytes of names in a list mostly differ. */
#ifndef LL_STREQ_H
#define LL_STREQ_H

#include <stdbool.h>
#include <string.h>

static inline bool ll_streq(const char *a, const char *b) { return a[0] == b[0] && strcmp(a, b) == 0; }

#endif
