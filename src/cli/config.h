/* config.h — the project's `.lambda-lint.yaml`.
 *
 *   select: [LL302, LL101]        # run only these (IDs or names); default: every rule
 *   ignore: [LL403]               # never run these
 *   severity: {LL302: error}      # per-rule severity: error, warning or info
 *   exclude: ["tests/fixtures", "*_test.py"]  # globs (glob.h), relative to the config's folder
 *   handlers: [app.lambda_handler]            # like --handler
 *   heavy-modules: [mycompany_ml]             # more modules for LL301's heavy catalog
 *   per-file-ignores: {"scripts": [LL403]}    # rules not reported under some paths
 *   compile-commands: build/compile_commands.json  # like --compile-commands
 *   jobs: 2                       # any option of a run, by its long name (settings below)
 *   fix-timeout-seconds: 10                   # the timeout LL402's fix adds (1 to 900)
 *
 * Found upward from the first path analysed, or named by --config. Any mistake (bad YAML, an
 * unknown or duplicate key, an unknown rule, a wrong type) is an error naming the file and line. */
#ifndef LL_CONFIG_H
#define LL_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "lambdalint/lambdalint.h"

#define LL_CONFIG_NAME ".lambda-lint.yaml"

typedef struct {
  const ll_rule *rule;
  ll_severity severity;
} ll_severity_override;

typedef struct {
  char *pattern;
  const ll_rule **rules;
  size_t n_rules;
} ll_path_rules;

/* A key that sets the command-line option of the same name (`jobs: 2` is --jobs 2): `value` is
 * what the option would take (a list joined with commas, a path made absolute); a flag set to
 * false is not kept. The command line wins over it. */
typedef struct {
  char *key;
  char *value; /* "true" for a flag */
  size_t line;
} ll_config_setting;

typedef struct ll_config {
  char *path; /* the file read */
  char *root; /* its folder, absolute: globs are relative to it */
  char **select;
  size_t n_select;
  char **ignore;
  size_t n_ignore;
  ll_severity_override *severities;
  size_t n_severities;
  char **exclude;
  size_t n_exclude;
  char **handlers; /* NULL-terminated too */
  size_t n_handlers;
  char **heavy_modules; /* NULL-terminated too */
  size_t n_heavy_modules;
  ll_path_rules *per_file_ignores;
  size_t n_per_file_ignores;
  ll_config_setting *settings; /* keys named like command-line options, in file order */
  size_t n_settings, cap_settings;
  char *fix_timeout[2];   /* `fix-timeout-seconds` as {"N", NULL}, or {NULL} (the fix's default) */
} ll_config;

/* How the config resolves a rule ID or name (ll_rule_find, or a test's table). */
typedef const ll_rule *(*ll_rule_lookup)(const char *id_or_name);

/* Reads a config file. Returns NULL with "PATH:LINE: message" in *error (malloc'd) when the file
 * cannot be read or is invalid. Free with ll_config_delete() (which accepts NULL). */
ll_config *ll_config_load(const char *path, ll_rule_lookup lookup, char **error);
void ll_config_delete(ll_config *self);

/* The nearest `.lambda-lint.yaml` in the folder of `start` (itself when a folder; the working
 * directory for "-") or any folder above it, or NULL. Malloc'd. */
char *ll_config_find(const char *start, const char *cwd);

/* Whether `path` (as given, relative to `cwd`) matches an `exclude` glob. */
bool ll_config_excludes(const ll_config *self, const char *path, const char *cwd);

/* Whether `per-file-ignores` turns `rule` off for `path`. */
bool ll_config_ignores(const ll_config *self, const char *path, const char *cwd, const ll_rule *rule);

/* A NULL-terminated list for rules (ll_rule_config_list): "heavy-modules", "handlers",
 * "fix-timeout-seconds" (one entry when set). Never NULL. */
const char *const *ll_config_list(const ll_config *self, const char *key);

/* The value of a key named like an option (`compile-commands`, `jobs`, …), or NULL when unset. */
const char *ll_config_option(const ll_config *self, const char *key);

/* The configured severity of `rule`, or `fallback` when the config does not set one. */
ll_severity ll_config_severity(const ll_config *self, const ll_rule *rule, ll_severity fallback);

/* Whether one of `tokens` (IDs, names, ID prefixes such as "LL3", ALL) names `rule`. */
bool ll_rules_listed(const char *const *tokens, size_t n, const ll_rule *rule);
/* Whether `token` names at least one rule of this build in that way. */
bool ll_rule_token_known(const char *token);

/* Whether a rule is enabled by the options' select / ignore lists (IDs, names, ID prefixes, ALL). */
bool ll_rule_enabled(const ll_rule *rule, const ll_options *options);

#endif
