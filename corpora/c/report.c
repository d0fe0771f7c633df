/* Builds a monthly summary from a bounded number of rows: counted loops, no clients, no threads.
 * Clean. */
#include <stdio.h>
#include <string.h>

#define DAYS 31

static int daily_total(int day) { return day * 3; }

int monthly_report(const char *month, char *out, unsigned long size) {
  int total = 0;
  for (int day = 1; day <= DAYS; day++) {
    total += daily_total(day);
  }
  snprintf(out, size, "{\"month\":\"%s\",\"total\":%d}", month, total);
  return 0;
}
