/* discover.h — turns the command line's paths into the list of files to analyse. */
#ifndef LL_DISCOVER_H
#define LL_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>

/* How discovery tells a deployment template. The template stage's sniffers, handed in by the
 * engine, so that discovery needs nothing from the stage after it. */
typedef struct {
  bool (*candidate)(const char *path); /* worth a look (by name or extension) */
  /* Whether it is one: by name alone when `head` is NULL, else by its first `n` bytes. */
  bool (*detect)(const char *path, const char *head, size_t n);
} ll_template_sniffer;

/* Told of each folder the walk lists, with its entries (no "." or ".."), so that a later stage
 * need not list it again. `dir` is spelled as the walk's paths are (files are `dir`/name). */
typedef struct {
  void (*folder)(void *ctx, const char *dir, const char *const *names, const unsigned char *types, size_t n);
  void *ctx;
} ll_folder_listener;

typedef struct {
  char **files; /* in a stable order: each given path in turn, folders walked sorted by name */
  char **reals; /* files[i] with symlinks resolved (its folder's real path + its name), or NULL */
  size_t n_files, cap_files, cap_reals;
  size_t *file_args; /* files[i] came from the command line's paths[file_args[i]] */
  size_t cap_file_args;
  char **templates; /* deployment templates (SAM, CloudFormation, serverless.yml), same order */
  size_t n_templates, cap_templates;
  size_t *template_args; /* templates[i] came from paths[template_args[i]] */
  size_t cap_template_args;
  struct ll_discovery_error {
    char *path, *message;
  } *errors; /* paths that cannot be walked */
  size_t n_errors, cap_errors;
  const ll_template_sniffer *sniffer; /* borrowed; NULL: no templates */
  const ll_folder_listener *listener; /* borrowed; NULL: none */
} ll_discovery;

/* Walks `paths` (files are taken as given whatever their extension; folders are walked for files a
 * front-end handles, skipping .git, node_modules, virtualenvs, build output and site-packages).
 * Templates (when `templates` is given) — by name (template.yaml|yml|json, serverless.yml|yaml) or by content
 * (AWSTemplateFormatVersion, Transform: AWS::Serverless-2016-10-31) — go to `templates`. */
void ll_discover(ll_discovery *out, const char *const *paths, size_t n_paths,
                 const ll_template_sniffer *templates, const ll_folder_listener *listener);
void ll_discovery_free(ll_discovery *self);
/* Whether a folder of this name is skipped when walking. */
int ll_discover_skips_dir(const char *name);

#endif
