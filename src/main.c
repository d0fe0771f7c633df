/* Placeholder until the CLI lands on main (the lead's src/main.c replaces this file). */
int main(void) { return 0; }
