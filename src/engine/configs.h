/* configs.h — each file's nearest `.lambda-lint.yaml`. A monorepo's sub-project may hold its own
 * config; a file uses the one in its folder or the nearest folder above it, up to the run's own
 * config (the first path's, which the command line read). Exclusions, per-file ignores, severities
 * and the rule selection (a sub-config's select and ignore can turn rules off for its files, not on:
 * the run's selection decides which rules run) follow the file's config. */
#ifndef LL_CONFIGS_H
#define LL_CONFIGS_H

#include "cli/config.h"
#include "engine/results.h"

typedef struct ll_config_set ll_config_set;

/* The run's config (`root`, may be NULL); with `nearest` false every file uses it. */
ll_config_set *ll_config_set_new(const ll_config *root, bool nearest);
void ll_config_set_delete(ll_config_set *self);

/* The config of `path` (relative to `cwd`), or NULL for none. A sub-config that cannot be read is
 * reported once in `errors` (when not NULL) and its folder then uses the config above it. */
const ll_config *ll_config_set_for(ll_config_set *self, const char *path, const char *cwd, ll_results *errors);

/* Whether `rule` is off for a file by its config's select / ignore (a sub-config's only). */
bool ll_config_set_turns_off(const ll_config_set *self, const ll_config *config, const ll_rule *rule);

#endif
