/* configs.c — a file's nearest .lambda-lint.yaml, found once per folder. */
#include "engine/configs.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/path.h"
#include "base/strmap.h"

struct ll_config_set {
  const ll_config *root;
  bool nearest;
  ll_strmap by_folder; /* folder → index into `found` + 1, or 0: no config file there */
  char **folders;      /* the map's keys (owned) */
  size_t n_folders, cap_folders;
  ll_config **found;   /* the sub-configs read (owned) */
  size_t n_found, cap_found;
};

ll_config_set *ll_config_set_new(const ll_config *root, bool nearest) {
  ll_config_set *self = ll_calloc(1, sizeof *self);
  self->root = root;
  self->nearest = nearest;
  ll_strmap_init(&self->by_folder);
  return self;
}

void ll_config_set_delete(ll_config_set *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n_found; i++) ll_config_delete(self->found[i]);
  free(self->found);
  for (size_t i = 0; i < self->n_folders; i++) free(self->folders[i]);
  free(self->folders);
  ll_strmap_free(&self->by_folder);
  free(self);
}

/* The config file of `dir` itself: NULL when there is none (or it is the run's own). */
static const ll_config *folder_config(ll_config_set *self, const char *dir, ll_results *errors) {
  int known = ll_strmap_get(&self->by_folder, dir);
  if (known >= 0) return known ? self->found[known - 1] : NULL;
  char *file = ll_strfmt("%s%s%s", dir, strcmp(dir, "/") ? "/" : "", LL_CONFIG_NAME);
  struct stat st;
  ll_config *config = NULL;
  if (stat(file, &st) == 0 && S_ISREG(st.st_mode) && !(self->root && strcmp(self->root->root, dir) == 0)) {
    char *error = NULL;
    config = ll_config_load(file, ll_rule_find, &error);
    size_t n = strlen(file); /* the message names the file already: "PATH:LINE: …" → "line LINE: …" */
    bool named = error && !strncmp(error, file, n) && error[n] == ':';
    char *message = named && error[n + 1] >= '0' && error[n + 1] <= '9' ? ll_strfmt("line %s", error + n + 1)
                    : ll_strdup(named ? error + n + 1 : error ? error : "invalid config");
    if (!config && errors) ll_results_add_error(errors, file, message);
    free(message);
    free(error);
  }
  free(file);
  if (config) LL_PUSH(self->found, self->n_found, self->cap_found, config);
  char *key = ll_strdup(dir);
  LL_PUSH(self->folders, self->n_folders, self->cap_folders, key);
  ll_strmap_put(&self->by_folder, key, config ? (int)self->n_found : 0);
  return config;
}

const ll_config *ll_config_set_for(ll_config_set *self, const char *path, const char *cwd, ll_results *errors) {
  if (!self->nearest || !path || !strcmp(path, "-")) return self->root;
  char *absolute = ll_path_absolute(path, cwd);
  char *dir = ll_path_parent(absolute);
  free(absolute);
  const ll_config *config = NULL;
  /* up to the run's config's folder (its own config wins there), or the file system's root */
  while (!config && !(self->root && ll_path_inside(self->root->root, dir))) {
    config = folder_config(self, dir, errors);
    if (!strcmp(dir, "/")) break;
    char *parent = ll_path_parent(dir);
    free(dir);
    dir = parent;
  }
  free(dir);
  return config ? config : self->root;
}

bool ll_config_set_turns_off(const ll_config_set *self, const ll_config *config, const ll_rule *rule) {
  if (!config || config == self->root) return false; /* the run's own: the command line applied it */
  if (config->n_select && !ll_rules_listed((const char *const *)config->select, config->n_select, rule)) return true;
  return ll_rules_listed((const char *const *)config->ignore, config->n_ignore, rule);
}
