/* main.c — the lambda-lint command line. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "engine/baseline.h"
#include "engine/fingerprint.h"
#include "cli/config.h"
#include "base/date.h"
#include "base/escape.h"
#include "lambdalint/lambdalint.h"
#include "cli/output.h"
#include "fix/fix.h"
#include "base/path.h"
#include "base/readfile.h"
#include "server/server.h"

static const char usage[] =
    "usage: lambda-lint [OPTIONS] [PATH...]\n"
    "       lambda-lint server [--stdio]\n"
    "\n"
    "Finds AWS Lambda anti-patterns in handler code. PATHs are files or folders (default: .);\n"
    "`-` reads one file from standard input.\n"
    "\n"
    "  --format FORMAT          text (default), concise (one line a finding), json, sarif (SARIF\n"
    "                           2.1.0) or github (annotations)\n"
    "  --statistics             after the findings, how many each rule has (text and concise)\n"
    "  -q, --quiet              print the findings and nothing else (no summary, no notes)\n"
    "  --output FILE            write the report to FILE (a regular file is replaced atomically)\n"
    "                           instead of stdout\n"
    "  --config FILE            read this config instead of the nearest .lambda-lint.yaml\n"
    "  --project DIR            analyse DIR as the project (templates, imports, callers) but report\n"
    "                           only the findings of the PATHs given (the pre-commit hook's mode)\n"
    "  --fail-on LEVEL          exit 1 only for findings of LEVEL or above: error, warning (the\n"
    "                           default) or info\n"
    "  --exit-zero              exit 0 even when there are findings (2 still means an input error)\n"
    "  --baseline FILE          leave out the findings recorded in FILE\n"
    "  --write-baseline         record the current findings in the --baseline FILE and exit 0\n"
    "  --report-unused-ignores  report suppression comments that suppress nothing (LL001)\n"
    "  --fix                    apply the safe fixes to the files, then report what is left\n"
    "  --unsafe-fixes           with --fix or --diff, apply the unsafe fixes too (they may change\n"
    "                           behaviour: a timeout, an import moved)\n"
    "  --diff                   print the fixes as a unified diff (for patch -p0) without writing;\n"
    "                           exit 1 when there is a diff\n"
    "  --select IDS             run only these rules (comma-separated IDs, names or prefixes: LL3)\n"
    "  --ignore IDS             do not run these rules\n"
    "  --handler MOD.FUNC       treat MOD.FUNC (or path/file.py:func) as a handler; repeatable\n"
    "  --event-names NAMES      accepted names of a handler's event parameter (default: event,_event,\n"
    "                           evt,e,request,req,payload,data,message,msg,_)\n"
    "  --context-names NAMES    accepted names of its context parameter (default: context,_context,\n"
    "                           ctx,_ctx,lambda_context,_)\n"
    "  --stdin-filename NAME    the name (and language) of what `-` reads\n"
    "  --compile-commands FILE  C/C++ flags from this compile_commands.json (default: the nearest\n"
    "                           one inside the analysed folder)\n"
    "  --max-file-size SIZE     skip (and report) files larger than SIZE bytes; K, M and G\n"
    "                           suffixes (default: 10M, at most 1G)\n"
    "  --jobs N                 worker threads (default: one per CPU)\n"
    "  --no-prescan             parse every file, not only those that may hold a handler and what\n"
    "                           they import (same findings, slower; syntax errors everywhere)\n"
    "  --no-cache               do not read or write the result cache\n"
    "  --cache-dir DIR          keep the result cache in DIR (default: .lambda-lint-cache in the\n"
    "                           project root: the nearest folder with .lambda-lint.yaml or .git)\n"
    "  -v, --verbose            list the files left out on purpose (minified or bundled output)\n"
    "                           and how many units the result cache answered\n"
    "  --as-of DATE             take DATE (YYYY-MM-DD) as today, for runtime deprecation (LL501)\n"
    "  --cdk-out DIR            also read the CDK app synthesized in DIR (cdk.out: manifest.json,\n"
    "                           *.template.json); CDK itself is never run\n"
    "  --show-config            print the settings in effect (config file, options, rules) and exit\n"
    "  --stdio                  with or without `server`: run as a language server (LSP) on stdin\n"
    "                           and stdout, for editors (see the README's Editor integration)\n"
    "  --list-rules             list every rule with its severity and exit\n"
    "  --explain ID             print a rule's rationale, example and fix, and exit\n"
    "  --version                print the version and exit\n"
    "  -h, --help               print this help and exit\n"
    "\n"
    "Exit status: 0 no findings (or none at --fail-on's level), 1 findings, 2 usage error or a file\n"
    "that could not be analysed.\n"
    "Colour is used on a terminal unless NO_COLOR is set.\n";

typedef struct {
  const char **items;
  size_t n, cap;
} str_list;

static void split_into(str_list *list, const char *csv, char ***owned, size_t *n_owned, size_t *cap_owned) {
  char *copy = ll_strdup(csv);
  LL_PUSH(*owned, *n_owned, *cap_owned, copy);
  for (char *tok = strtok(copy, ", "); tok; tok = strtok(NULL, ", ")) LL_PUSH(list->items, list->n, list->cap, tok);
}

static void list_rules(void) {
  size_t n = 0;
  const ll_rule *const *rules = ll_rules_all(&n);
  for (size_t i = 0; i < n; i++)
    printf("%s  %-32s %-8s %s\n", rules[i]->id, rules[i]->name, ll_severity_name(rules[i]->severity),
           rules[i]->summary);
}

static void print_indented(const char *text) {
  for (const char *line = text; *line;) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) : strlen(line);
    printf("    %.*s\n", (int)len, line);
    line += len + (end ? 1 : 0);
  }
}

static int explain(const char *id) {
  const ll_rule *r = ll_rule_find(id);
  if (!r) {
    fprintf(stderr, "lambda-lint: unknown rule '%s' (see --list-rules)\n", id);
    return 2;
  }
  printf("%s %s (%s)\n\n%s\n\nWhy this is a problem on Lambda:\n  %s\n\nExample (flagged):\n", r->id,
         r->name, ll_severity_name(r->severity), r->summary, r->rationale);
  print_indented(r->example);
  printf("\nFix:\n");
  print_indented(r->fix);
  for (const ll_rule_example *ex = r->examples; ex && ex->example; ex++) {
    printf("\nExample in %s (flagged):\n", ll_language_display_name(ex->language));
    print_indented(ex->example);
    printf("\nFix:\n");
    print_indented(ex->fix);
  }
  printf("\nNot flagged:\n  %s\n", r->not_flagged);
  return 0;
}

static bool parse_format(const char *name, ll_format *out) {
  if (!strcmp(name, "text")) *out = LL_FORMAT_TEXT;
  else if (!strcmp(name, "json")) *out = LL_FORMAT_JSON;
  else if (!strcmp(name, "sarif")) *out = LL_FORMAT_SARIF;
  else if (!strcmp(name, "github")) *out = LL_FORMAT_GITHUB;
  else if (!strcmp(name, "concise")) *out = LL_FORMAT_CONCISE;
  else return false;
  return true;
}

/* "512", "64K", "10M", "1G" → bytes, within 1 .. LL_MAX_FILE_SIZE_LIMIT. */
static bool parse_size(const char *text, size_t *out) {
  if (!isdigit((unsigned char)text[0])) return false;
  errno = 0;
  char *end = NULL;
  unsigned long long n = strtoull(text, &end, 10);
  if (errno) return false;
  unsigned long long unit = 1;
  if (*end && !end[1]) {
    switch (toupper((unsigned char)*end)) {
    case 'K': unit = 1024ULL; break;
    case 'M': unit = 1024ULL * 1024; break;
    case 'G': unit = 1024ULL * 1024 * 1024; break;
    default: return false;
    }
    end++;
  }
  if (*end || n == 0 || n > LL_MAX_FILE_SIZE_LIMIT / unit) return false;
  *out = (size_t)(n * unit);
  return true;
}

static bool known_rules(const str_list *list) {
  for (size_t i = 0; i < list->n; i++) {
    if (!ll_rule_token_known(list->items[i])) {
      fprintf(stderr, "lambda-lint: unknown rule '%s' (see --list-rules)\n", list->items[i]);
      return false;
    }
  }
  return true;
}

enum { OPT_FORMAT = 256, OPT_SELECT, OPT_IGNORE, OPT_HANDLER, OPT_EVENT_NAMES, OPT_CONTEXT_NAMES,
       OPT_STDIN_FILENAME, OPT_MAX_FILE_SIZE, OPT_AS_OF, OPT_LIST_RULES, OPT_EXPLAIN, OPT_VERSION, OPT_OUTPUT, OPT_CONFIG,
       OPT_BASELINE, OPT_WRITE_BASELINE, OPT_REPORT_UNUSED_IGNORES, OPT_JOBS, OPT_NO_PRESCAN, OPT_VERBOSE,
       OPT_COMPILE_COMMANDS, OPT_CDK_OUT, OPT_PROJECT, OPT_FAIL_ON, OPT_EXIT_ZERO,
       OPT_STATISTICS, OPT_SHOW_CONFIG, OPT_FIX, OPT_DIFF, OPT_UNSAFE_FIXES, OPT_NO_CACHE, OPT_CACHE_DIR, OPT_QUIET, OPT_END };

static const struct option long_options[] = {
    {"format", required_argument, NULL, OPT_FORMAT},
    {"select", required_argument, NULL, OPT_SELECT},
    {"ignore", required_argument, NULL, OPT_IGNORE},
    {"handler", required_argument, NULL, OPT_HANDLER},
    {"event-names", required_argument, NULL, OPT_EVENT_NAMES},
    {"context-names", required_argument, NULL, OPT_CONTEXT_NAMES},
    {"stdin-filename", required_argument, NULL, OPT_STDIN_FILENAME},
    {"max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE},
    {"as-of", required_argument, NULL, OPT_AS_OF},
    {"cdk-out", required_argument, NULL, OPT_CDK_OUT},
    {"list-rules", no_argument, NULL, OPT_LIST_RULES},
    {"explain", required_argument, NULL, OPT_EXPLAIN},
    {"version", no_argument, NULL, OPT_VERSION},
    {"jobs", required_argument, NULL, OPT_JOBS},
    {"no-prescan", no_argument, NULL, OPT_NO_PRESCAN},
    {"verbose", no_argument, NULL, OPT_VERBOSE},
    {"output", required_argument, NULL, OPT_OUTPUT},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"project", required_argument, NULL, OPT_PROJECT},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"exit-zero", no_argument, NULL, OPT_EXIT_ZERO},
    {"statistics", no_argument, NULL, OPT_STATISTICS},
    {"quiet", no_argument, NULL, OPT_QUIET},
    {"show-config", no_argument, NULL, OPT_SHOW_CONFIG},
    {"fix", no_argument, NULL, OPT_FIX},
    {"diff", no_argument, NULL, OPT_DIFF},
    {"unsafe-fixes", no_argument, NULL, OPT_UNSAFE_FIXES},
    {"no-cache", no_argument, NULL, OPT_NO_CACHE},
    {"cache-dir", required_argument, NULL, OPT_CACHE_DIR},
    {"write-baseline", no_argument, NULL, OPT_WRITE_BASELINE},
    {"report-unused-ignores", no_argument, NULL, OPT_REPORT_UNUSED_IGNORES},
    {"compile-commands", required_argument, NULL, OPT_COMPILE_COMMANDS},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

typedef struct {
  str_list select, ignore, handlers, event_names, context_names, paths;
  char **owned;
  size_t n_owned, cap_owned;
  const char *output, *config_path, *baseline_path, *project;
  str_list report_only; /* with --project: the PATHs given */
  bool write_baseline;
  bool show_config;
  char *stdin_bytes; /* with --project: standard input, as the overlay of --stdin-filename */
  size_t stdin_len;
  ll_overlay stdin_overlay;
  bool exit_zero, has_fail_on;
  ll_severity fail_on;
  bool verbose;
  bool given[OPT_END - OPT_FORMAT]; /* options the command line set: they win over the config */
  bool fix, diff, unsafe_fixes;
  ll_config *config;
  ll_baseline *baseline;
} cli;

static void cli_free(cli *c) {
  for (size_t i = 0; i < c->n_owned; i++) free(c->owned[i]);
  free(c->owned);
  free(c->select.items);
  free(c->ignore.items);
  free(c->handlers.items);
  free(c->event_names.items);
  free(c->context_names.items);
  free(c->paths.items);
  free(c->report_only.items);
  free(c->stdin_bytes);
  ll_config_delete(c->config);
  ll_baseline_delete(c->baseline);
}

/* Appends the config's list to a CLI list (the CLI's entries first). */
static void add_all(str_list *list, char *const *items, size_t n) {
  for (size_t i = 0; i < n; i++) LL_PUSH(list->items, list->n, list->cap, items[i]);
}

/* One line on stderr, whatever bytes the message quotes from a file (a key holding a terminal
 * escape, a newline); frees the message. */
static void print_error(char *message) {
  char *shown = ll_escape_line(message);
  fprintf(stderr, "lambda-lint: %s\n", shown);
  free(shown);
  free(message);
}

static int apply_option(cli *c, ll_options *o, int opt, char *arg, const char *shown);

/* The config's keys named like options, unless the command line gave that option. */
static bool apply_config_settings(cli *c, ll_options *o) {
  for (size_t i = 0; i < c->config->n_settings; i++) {
    const ll_config_setting *setting = &c->config->settings[i];
    const struct option *option = long_options;
    while (option->name && strcmp(option->name, setting->key)) option++;
    if (!option->name || c->given[option->val - OPT_FORMAT]) continue;
    char *shown = ll_strfmt("%s (%s:%zu)", setting->key, c->config->path, setting->line);
    int code = apply_option(c, o, option->val, option->has_arg ? setting->value : NULL, shown);
    free(shown);
    if (code >= 0) {
      fprintf(stderr, "lambda-lint: %s:%zu: invalid `%s` in the config\n", c->config->path, setting->line,
              setting->key);
      return false;
    }
  }
  return true;
}

/* Reads --config FILE, or the nearest .lambda-lint.yaml above the first path. A command-line
 * --select replaces the config's select and ignore (as Ruff's does); otherwise both lists add up,
 * as handlers do. False on an invalid config. */
static bool load_config(cli *c, ll_options *o) {
  char *cwd = ll_path_cwd();
  char *found = c->config_path ? ll_strdup(c->config_path) : ll_config_find(c->paths.items[0], cwd);
  free(cwd);
  if (!found) return true;
  char *error = NULL;
  c->config = ll_config_load(found, ll_rule_find, &error);
  free(found);
  if (!c->config) {
    print_error(error);
    return false;
  }
  if (!c->select.n) {
    add_all(&c->select, c->config->select, c->config->n_select);
    add_all(&c->ignore, c->config->ignore, c->config->n_ignore);
  }
  add_all(&c->handlers, c->config->handlers, c->config->n_handlers);
  o->config = c->config;
  return apply_config_settings(c, o);
}

/* Reads --baseline FILE (unless it is about to be written). False when it is invalid. */
static bool load_baseline(cli *c, ll_options *o) {
  if (!c->baseline_path || c->write_baseline) return true;
  char *error = NULL;
  c->baseline = ll_baseline_load(c->baseline_path, &error);
  if (!c->baseline) {
    print_error(error);
    return false;
  }
  o->baseline = c->baseline;
  return true;
}

/* --compile-commands, else the config's compile-commands: it must be a regular file, or the run
 * would quietly fall back to default flags. */
static bool check_compile_commands(const cli *c, ll_options *o) {
  struct stat st;
  if (!o->compile_commands || (stat(o->compile_commands, &st) == 0 && S_ISREG(st.st_mode))) return true;
  char *shown = ll_escape_line(o->compile_commands);
  fprintf(stderr, "lambda-lint: %s: not a compile_commands.json file (--compile-commands)\n", shown);
  free(shown);
  return false;
}

/* Errors or notes on stderr, one line each whatever bytes the path holds. */
static void print_messages(const ll_error *list, size_t n, const char *kind) {
  for (size_t i = 0; i < n; i++) {
    char *path = ll_escape_line(list[i].path), *message = ll_escape_line(list[i].message);
    fprintf(stderr, "lambda-lint: %s%s: %s\n", kind, path, message);
    free(path);
    free(message);
  }
}

/* --project DIR: the PATHs given are what is reported; DIR, and any of them outside it, what is
 * analysed (the config is DIR's). */
static bool project_paths(cli *c, ll_options *o) {
  struct stat st;
  if (stat(c->project, &st) != 0 || !S_ISDIR(st.st_mode)) {
    fprintf(stderr, "lambda-lint: --project wants a folder, not '%s'\n", c->project);
    return false;
  }
  char *root = realpath(c->project, NULL);
  str_list given = c->paths;
  c->paths = (str_list){0};
  LL_PUSH(c->paths.items, c->paths.n, c->paths.cap, c->project);
  for (size_t i = 0; i < given.n; i++) {
    /* `-` in a project (an editor piping its buffer): the bytes stand in for --stdin-filename's file,
     * so the file is analysed with its templates and sibling modules */
    if (!strcmp(given.items[i], "-")) {
      char *error = NULL;
      if (!o->stdin_filename) fputs("lambda-lint: --project with `-` needs --stdin-filename (the file the bytes are)\n", stderr);
      else if (!(c->stdin_bytes = ll_read_file("-", &c->stdin_len, &error))) print_error(error);
      if (!c->stdin_bytes) {
        free(given.items);
        free(root);
        return false;
      }
      c->stdin_overlay = (ll_overlay){o->stdin_filename, c->stdin_bytes, c->stdin_len};
      o->overlays = &c->stdin_overlay;
      o->n_overlays = 1;
      given.items[i] = o->stdin_filename;
    }
    LL_PUSH(c->report_only.items, c->report_only.n, c->report_only.cap, given.items[i]);
    char *real = realpath(given.items[i], NULL);
    if (!real || !root || !ll_path_inside(real, root)) LL_PUSH(c->paths.items, c->paths.n, c->paths.cap, given.items[i]);
    free(real);
  }
  free(given.items);
  free(root);
  return true;
}

/* Applies one option (from the command line, or a config key of the same name); returns -1 to go
 * on, or the exit code to stop with. */
static int apply_option(cli *c, ll_options *o, int opt, char *arg, const char *shown) {
  switch (opt) {
  case OPT_FORMAT:
    if (!parse_format(arg, &o->format)) {
      fprintf(stderr, "lambda-lint: unknown format '%s' (text, concise, json, sarif or github)\n", arg);
      return 2;
    }
    break;
  case OPT_SELECT: split_into(&c->select, arg, &c->owned, &c->n_owned, &c->cap_owned); break;
  case OPT_IGNORE: split_into(&c->ignore, arg, &c->owned, &c->n_owned, &c->cap_owned); break;
  case OPT_HANDLER: LL_PUSH(c->handlers.items, c->handlers.n, c->handlers.cap, arg); break;
  case OPT_EVENT_NAMES: split_into(&c->event_names, arg, &c->owned, &c->n_owned, &c->cap_owned); break;
  case OPT_CONTEXT_NAMES: split_into(&c->context_names, arg, &c->owned, &c->n_owned, &c->cap_owned); break;
  case OPT_STDIN_FILENAME: o->stdin_filename = arg; break;
  case OPT_MAX_FILE_SIZE:
    if (!parse_size(arg, &o->max_file_size)) {
      fprintf(stderr, "lambda-lint: invalid --max-file-size '%s' (a byte count from 1 to 1G, with an "
                      "optional K, M or G suffix)\n", arg);
      return 2;
    }
    break;
  case OPT_JOBS: {
    char *end = NULL;
    long jobs = strtol(arg, &end, 10);
    if (!*arg || *end || jobs < 1 || jobs > 256) {
      fprintf(stderr, "lambda-lint: --jobs takes a number from 1 to 256, not '%s'\n", arg);
      return 2;
    }
    o->jobs = (unsigned)jobs;
    break;
  }
  case OPT_NO_PRESCAN: o->no_prescan = true; break;
  case 'v':
  case OPT_VERBOSE: c->verbose = true; break;
  case OPT_OUTPUT: c->output = arg; break;
  case OPT_CONFIG: c->config_path = arg; break;
  case OPT_BASELINE: c->baseline_path = arg; break;
  case OPT_WRITE_BASELINE: c->write_baseline = true; break;
  case OPT_REPORT_UNUSED_IGNORES: o->report_unused_ignores = true; break;
  case OPT_COMPILE_COMMANDS: o->compile_commands = arg; break;
  case OPT_CDK_OUT: o->cdk_out = arg; break;
  case OPT_PROJECT: c->project = arg; break;
  case OPT_EXIT_ZERO: c->exit_zero = true; break;
  case OPT_STATISTICS: o->statistics = true; break;
  case 'q':
  case OPT_QUIET: o->quiet = true; break;
  case OPT_FIX: c->fix = true; break;
  case OPT_DIFF: c->diff = true; break;
  case OPT_UNSAFE_FIXES: c->unsafe_fixes = true; break;
  case OPT_NO_CACHE: o->cache = false; break;
  case OPT_CACHE_DIR: o->cache_dir = arg; break;
  case OPT_SHOW_CONFIG: c->show_config = true; break;
  case OPT_FAIL_ON:
    if (!ll_severity_parse(arg, &c->fail_on)) {
      fprintf(stderr, "lambda-lint: --fail-on takes error, warning or info, not '%s'\n", arg);
      return 2;
    }
    c->has_fail_on = true;
    break;
  case OPT_AS_OF: {
    int32_t days = 0;
    if (!ll_date_parse(arg, &days)) {
      fprintf(stderr, "lambda-lint: --as-of wants a date as YYYY-MM-DD, not '%s'\n", arg);
      return 2;
    }
    o->as_of = arg;
    break;
  }
  case OPT_LIST_RULES: list_rules(); return 0;
  case OPT_EXPLAIN: return explain(arg);
  case OPT_VERSION: printf("lambda-lint %s\n", LL_VERSION); return 0;
  case 'h': fputs(usage, stdout); return 0;
  default:
    fprintf(stderr, "lambda-lint: unknown or incomplete option '%s'\n%s", shown, usage);
    return 2;
  }
  return -1;
}

/* Parses argv into `o`; returns -1 to go on, or the exit code to stop with. */
static int parse_args(int argc, char **argv, cli *c, ll_options *o) {
  int opt;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, "hqv", long_options, NULL)) != -1) {
    int code = apply_option(c, o, opt, optarg, argv[optind - 1]);
    if (code >= 0) return code;
    if (opt == 'v') opt = OPT_VERBOSE;
    if (opt == 'q') opt = OPT_QUIET;
    if (opt >= OPT_FORMAT && opt < OPT_END) c->given[opt - OPT_FORMAT] = true;
  }
  if (!known_rules(&c->select) || !known_rules(&c->ignore)) return 2;
  int stdin_paths = 0;
  for (int i = optind; i < argc; i++) {
    stdin_paths += !strcmp(argv[i], "-");
    LL_PUSH(c->paths.items, c->paths.n, c->paths.cap, argv[i]);
  }
  if (stdin_paths > 1) { /* standard input can be read once */
    fputs("lambda-lint: `-` (standard input) can be given only once\n", stderr);
    return 2;
  }
  if (stdin_paths && (c->fix || c->diff)) {
    fputs("lambda-lint: --fix and --diff work on files, not on standard input\n", stderr);
    return 2;
  }
  /* --stdin-filename alone means standard input (as in Ruff); otherwise the default is "." */
  if (!c->paths.n) LL_PUSH(c->paths.items, c->paths.n, c->paths.cap, o->stdin_filename ? "-" : ".");
  if (c->project && !project_paths(c, o)) return 2;
  o->nearest_configs = !c->config_path; /* --config FILE: that one file for every file */
  if (!load_config(c, o)) return 2;
  if (c->write_baseline && !c->baseline_path) {
    fputs("lambda-lint: --write-baseline needs --baseline FILE\n", stderr);
    return 2;
  }
  if (c->fix && c->diff) {
    fputs("lambda-lint: --fix and --diff do not go together (--diff writes nothing)\n", stderr);
    return 2;
  }
  if ((c->fix || c->diff) && c->write_baseline) {
    fputs("lambda-lint: --write-baseline does not go with --fix or --diff\n", stderr);
    return 2;
  }
  if (stdin_paths && (c->fix || c->diff)) {
    fputs("lambda-lint: --fix and --diff work on files, not on standard input\n", stderr);
    return 2;
  }
  if (!load_baseline(c, o) || !check_compile_commands(c, o)) return 2;
  o->paths = c->paths.items;
  o->n_paths = c->paths.n;
  o->report_only = c->report_only.items;
  o->n_report_only = c->report_only.n;
  if (!c->has_fail_on) c->fail_on = LL_SEVERITY_WARNING;
  o->select = c->select.items;
  o->n_select = c->select.n;
  o->ignore = c->ignore.items;
  o->n_ignore = c->ignore.n;
  o->handlers = c->handlers.items;
  o->n_handlers = c->handlers.n;
  o->event_names = c->event_names.items;
  o->n_event_names = c->event_names.n;
  o->context_names = c->context_names.items;
  o->n_context_names = c->context_names.n;
  const char *no_color = getenv("NO_COLOR");
  o->color = (o->format == LL_FORMAT_TEXT || o->format == LL_FORMAT_CONCISE) && !c->output && isatty(STDOUT_FILENO) && !(no_color && *no_color);
  o->progress = isatty(STDERR_FILENO);
  return -1;
}

/* Writes through an atomic output (stdout for NULL); false (with a message) when it fails. */
typedef bool (*writer)(const ll_results *results, const ll_options *options, FILE *out);

static bool write_to(const char *path, writer write, const ll_results *results, const ll_options *o) {
  char *error = NULL;
  ll_output *out = ll_output_open(path, &error);
  bool ok = out && write(results, o, ll_output_stream(out));
  if (out && !ll_output_close(out, ok, &error)) ok = false;
  if (!ok) fprintf(stderr, "lambda-lint: %s\n", error ? error : "cannot write the report");
  free(error);
  return ok;
}

/* The file --write-baseline writes (the writer callback's signature has no room for it). */
static const char *baseline_target;

/* The baseline's paths and fingerprints are relative to its own folder. */
static bool baseline_writer(const ll_results *results, const ll_options *o, FILE *out) {
  (void)o;
  size_t n = 0;
  const ll_finding *findings = ll_results_findings(results, &n);
  char *cwd = ll_path_cwd();
  char *absolute = ll_path_absolute(baseline_target, cwd);
  char *folder = ll_path_parent(absolute);
  char **prints = ll_fingerprints_relative(findings, n, cwd, folder);
  bool ok = ll_baseline_write(out, findings, (const char *const *)prints, n, cwd, folder);
  ll_fingerprints_delete(prints, n);
  free(folder);
  free(absolute);
  free(cwd);
  return ok;
}

/* --write-baseline: records the findings (and writes the report to --output when given); exit 0
 * unless an input could not be analysed. */
static int write_baseline(const cli *c, const ll_results *results, const ll_options *o) {
  baseline_target = c->baseline_path;
  if (!write_to(c->baseline_path, baseline_writer, results, o)) return 2;
  if (c->output && !write_to(c->output, ll_report, results, o)) return 2;
  size_t n = 0;
  ll_results_findings(results, &n);
  fprintf(stderr, "lambda-lint: recorded %zu finding%s in %s\n", n, n == 1 ? "" : "s", c->baseline_path);
  return ll_results_exit_code(results) == 2 ? 2 : 0;
}

/* 2 for an input error; 1 for a finding at --fail-on's level or above, unless --exit-zero; else 0. */
static int exit_code(const cli *c, const ll_results *results) {
  if (ll_results_exit_code(results) == 2) return 2;
  size_t n = 0;
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n && !c->exit_zero; i++)
    if (findings[i].severity >= c->fail_on) return 1;
  return 0;
}

static void show_list(const char *key, const char *const *items, size_t n) {
  printf("%s: [", key);
  for (size_t i = 0; i < n; i++) printf("%s%s", i ? ", " : "", items[i]);
  printf("]\n");
}

/* --show-config: what a run with these arguments would use, as YAML a config could hold. */
static int show_config(const cli *c, const ll_options *o) {
  static const char *const formats[] = {"text", "json", "sarif", "github", "concise"};
  printf("# config file: %s\n", c->config ? c->config->path : "(none)");
  show_list("paths", o->paths, o->n_paths);
  size_t n = 0;
  const ll_rule *const *rules = ll_rules_all(&n);
  printf("rules:  # the rules that run, with their severity\n");
  for (size_t i = 0; i < n; i++)
    if (ll_rule_enabled(rules[i], o))
      printf("  %s: %s\n", rules[i]->id, ll_severity_name(ll_config_severity(c->config, rules[i], rules[i]->severity)));
  show_list("exclude", c->config ? (const char *const *)c->config->exclude : NULL, c->config ? c->config->n_exclude : 0);
  printf("per-file-ignores:%s\n", c->config && c->config->n_per_file_ignores ? "" : " {}");
  for (size_t i = 0; c->config && i < c->config->n_per_file_ignores; i++) {
    const ll_path_rules *entry = &c->config->per_file_ignores[i];
    printf("  \"%s\": [", entry->pattern);
    for (size_t j = 0; j < entry->n_rules; j++) printf("%s%s", j ? ", " : "", entry->rules[j]->id);
    printf("]\n");
  }
  show_list("handlers", o->handlers, o->n_handlers);
  show_list("heavy-modules", ll_config_list(c->config, "heavy-modules"), c->config ? c->config->n_heavy_modules : 0);
  printf("format: %s\nfail-on: %s\nexit-zero: %s\nstatistics: %s\n", formats[o->format],
         ll_severity_name(c->fail_on), c->exit_zero ? "true" : "false", o->statistics ? "true" : "false");
  printf("baseline: %s\nreport-unused-ignores: %s\n", c->baseline_path ? c->baseline_path : "null",
         o->report_unused_ignores ? "true" : "false");
  if (o->n_event_names) show_list("event-names", o->event_names, o->n_event_names);
  if (o->n_context_names) show_list("context-names", o->context_names, o->n_context_names);
  printf("compile-commands: %s\nmax-file-size: %zu\njobs: %u  # 0: one per CPU\nno-prescan: %s\n",
         o->compile_commands ? o->compile_commands : "null", o->max_file_size, o->jobs,
         o->no_prescan ? "true" : "false");
  printf("quiet: %s\nverbose: %s\nas-of: %s\ncdk-out: %s\n", o->quiet ? "true" : "false", c->verbose ? "true" : "false", o->as_of ? o->as_of : "null",
         o->cdk_out ? o->cdk_out : "null");
  return 0;
}

/* `lambda-lint server [--stdio]`, `lambda-lint --stdio`: the language server on stdin/stdout. */
static int serve(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "server") && strcmp(argv[i], "--stdio")) {
      fprintf(stderr, "lambda-lint: the server speaks LSP on stdin/stdout and takes no option but --stdio, "
                      "not '%s'\n", argv[i]);
      return 2;
    }
  signal(SIGPIPE, SIG_IGN); /* a client that goes away ends the loop through a failed write */
  return ll_server_run(STDIN_FILENO, STDOUT_FILENO, NULL);
}

/* The line after a --fix run: what was fixed, what is left. */
static void print_fix_summary(const cli *c, const ll_fix_run_state *st, const ll_results *results, FILE *out) {
  size_t left = 0;
  ll_results_findings(results, &left);
  fprintf(out, "Fixed %zu finding%s (%zu left", st->fixed, st->fixed == 1 ? "" : "s", left);
  if (st->unsafe_left && !c->unsafe_fixes)
    fprintf(out, ", %zu with unsafe fixes available: --unsafe-fixes", st->unsafe_left);
  fputs(").\n", out);
}

/* --diff: the diff on stdout (or --output), a count on stderr; 1 when there is a diff. */
static int run_diff(const cli *c, ll_options *o, ll_fix_run_state *st, ll_results **results) {
  char *error = NULL;
  ll_output *out = ll_output_open(c->output, &error);
  if (!out) {
    print_error(error);
    return 2;
  }
  *results = ll_fix_run(o, st, ll_output_stream(out));
  bool ok = ll_output_close(out, true, &error);
  if (!ok) print_error(error);
  fprintf(stderr, "lambda-lint: %zu fix%s in %zu file%s%s\n", st->fixed, st->fixed == 1 ? "" : "es",
          st->files_changed, st->files_changed == 1 ? "" : "s",
          st->unsafe_left && !c->unsafe_fixes ? " (more with --unsafe-fixes)" : "");
  if (!ok || ll_results_exit_code(*results) == 2) return 2;
  return st->fixed ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && (!strcmp(argv[1], "server") || !strcmp(argv[1], "--stdio"))) return serve(argc, argv);
  ll_options options;
  ll_options_init(&options);
  options.cache = true; /* the command line caches results unless told not to */
  cli c = {0};
  int code = parse_args(argc, argv, &c, &options);
  if (code < 0 && c.show_config) code = show_config(&c, &options);
  if (code >= 0) {
    cli_free(&c);
    return code;
  }
  ll_fix_run_state fix = {.unsafe = c.unsafe_fixes, .diff = c.diff};
  ll_results *results = NULL;
  int diff_code = c.diff ? run_diff(&c, &options, &fix, &results) : -1;
  if (!results) results = c.fix ? ll_fix_run(&options, &fix, NULL) : ll_analyze(&options);
  size_t n_errors = 0;
  const ll_error *errors = ll_results_errors(results, &n_errors);
  print_messages(errors, n_errors, "");
  size_t n_warnings = 0;
  const ll_error *warnings = ll_results_warnings(results, &n_warnings);
  print_messages(warnings, n_warnings, "warning: ");
  size_t n_notes = 0;
  const ll_error *notes = ll_results_notes(results, &n_notes);
  size_t reused = 0, units = 0;
  ll_results_cache_counts(results, &reused, &units);
  if (c.verbose && units) fprintf(stderr, "lambda-lint: cache: %zu of %zu units reused\n", reused, units);
  if (c.verbose) print_messages(notes, n_notes, "note: ");
  else if (n_notes && !options.quiet && (options.format == LL_FORMAT_TEXT || options.format == LL_FORMAT_CONCISE))
    fprintf(stderr, "lambda-lint: note: %zu file%s left out or not fully parsed (minified or bundled output, "
                    "not a template, a test file that does not parse); --verbose lists them\n",
            n_notes, n_notes == 1 ? "" : "s");
  if (c.write_baseline) {
    code = write_baseline(&c, results, &options);
  } else if (diff_code >= 0) {
    code = diff_code;
  } else {
    code = exit_code(&c, results);
    if (!write_to(c.output, ll_report, results, &options)) code = 2;
    bool text = options.format == LL_FORMAT_TEXT || options.format == LL_FORMAT_CONCISE;
    if (c.fix && !options.quiet) print_fix_summary(&c, &fix, results, text && !c.output ? stdout : stderr);
  }
  ll_results_delete(results);
  cli_free(&c);
  return code;
}
