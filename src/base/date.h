/* date.h — calendar dates as days since 1970-01-01 (UTC), for --as-of and LL501. */
#ifndef LL_DATE_H
#define LL_DATE_H

#include <stdbool.h>
#include <stdint.h>

/* Days since 1970-01-01 of the proleptic Gregorian date year-month-day. */
int32_t ll_date_days(int year, int month, int day);
/* Parses "YYYY-MM-DD" (a real calendar date); false otherwise. */
bool ll_date_parse(const char *iso, int32_t *days);
/* Writes "YYYY-MM-DD" into out (11 bytes). */
void ll_date_format(int32_t days, char out[11]);
/* Today in UTC. */
int32_t ll_date_today(void);

#endif
