/* main.c — placeholder until the CLI lands on main (feat/templates builds standalone). */
#include <stdio.h>

int main(void) {
  fputs("lambda-lint: the CLI is not on this branch yet\n", stderr);
  return 2;
}
