/* testutil.c — helpers shared by the unit tests (none needed on this branch yet). */
typedef int ll_testutil_placeholder;
