/* date.c — civil-date arithmetic (the days-from-civil algorithm, era-based). */
#include "base/date.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

int32_t ll_date_days(int year, int month, int day) {
  year -= month <= 2;
  int era = (year >= 0 ? year : year - 399) / 400;
  int yoe = year - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (int32_t)(era * 146097 + doe - 719468);
}

void ll_date_format(int32_t days, char out[11]) {
  int z = days + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int day = doy - (153 * mp + 2) / 5 + 1;
  int month = mp < 10 ? mp + 3 : mp - 9;
  int year = yoe + era * 400 + (month <= 2);
  char buf[48];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  memcpy(out, buf, 10);
  out[10] = '\0';
}

bool ll_date_parse(const char *iso, int32_t *days) {
  int year = 0, month = 0, day = 0, used = 0;
  if (!iso || strlen(iso) != 10 || sscanf(iso, "%4d-%2d-%2d%n", &year, &month, &day, &used) != 3 ||
      used != 10 || month < 1 || month > 12 || day < 1 || day > 31)
    return false;
  int32_t n = ll_date_days(year, month, day);
  char back[11];
  ll_date_format(n, back);
  if (strcmp(back, iso) != 0) return false; /* 2026-02-30 and the like */
  *days = n;
  return true;
}

int32_t ll_date_today(void) { return (int32_t)(time(NULL) / 86400); }
