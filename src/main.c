/* main.c — placeholder until the CLI lands on main (the lead's src/main.c replaces this file). */
#include <stdio.h>

#include "lambdalint/lambdalint.h"

int main(void) {
  fputs("lambda-lint " LL_VERSION ": the command line is not built yet\n", stderr);
  return 2;
}
