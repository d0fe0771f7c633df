/* cdk.c — a synthesized CDK app (cdk.out) as one deployable unit: its manifest's stacks, read by
 * the CloudFormation reader. CDK itself is never run. */
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/escape.h"
#include "base/path.h"
#include "base/readfile.h"
#include "template/template.h"

enum { LL_CDK_MAX_ASSEMBLIES = 4 /* stages nested in stages */ };

typedef struct {
  ll_project *project;
  const char *root; /* canonical */
  const char *unit; /* the top cdk.out folder */
  size_t loaded;
} ll_cdk_app;

static void note(const char *where, const char *what, const char *why) {
  char *w = ll_escape_line(where), *x = ll_escape_line(what);
  fprintf(stderr, "lambda-lint: %s: %s %s\n", w, x, why);
  free(w);
  free(x);
}

/* `dir`/`rel` when its canonical path is inside the app's root; else NULL (noted). */
static char *inside(const ll_cdk_app *app, const char *where, const char *dir, const char *rel) {
  char *path = ll_strfmt("%s/%s", dir, rel);
  char *real = realpath(path, NULL);
  if (real && app->root && ll_path_inside(real, app->root)) {
    free(real);
    return path;
  }
  if (real) note(where, rel, "is outside the analysed folder; not read");
  free(real);
  free(path);
  return NULL;
}

/* Something other than a regular file (a FIFO, a device): never opened. A missing file is not
 * this: reading it reports it. */
static bool is_special(const char *path) {
  struct stat st;
  return path && stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

static void load_stack(ll_cdk_app *app, const char *manifest, const char *dir, const char *file) {
  char *path = inside(app, manifest, dir, file);
  char *error = NULL;
  if (is_special(path)) {
    note(path, "", "is not a regular file; not read");
    free(path);
    return;
  }
  if (path && ll_tpl_load_in_unit(app->project, path, app->root, app->unit, &error)) app->loaded++;
  else if (error) note(path, "", error);
  free(error);
  free(path);
}

static void read_assembly(ll_cdk_app *app, const char *dir, int depth);

static void read_artifact(ll_cdk_app *app, const char *manifest, const char *dir, json_t *artifact, int depth) {
  const char *type = json_string_value(json_object_get(artifact, "type"));
  json_t *props = json_object_get(artifact, "properties");
  if (!type) return;
  if (strcmp(type, "aws:cloudformation:stack") == 0) {
    const char *file = json_string_value(json_object_get(props, "templateFile"));
    if (file) load_stack(app, manifest, dir, file);
  } else if (strcmp(type, "cdk:cloud-assembly") == 0 && depth < LL_CDK_MAX_ASSEMBLIES) {
    const char *sub = json_string_value(json_object_get(props, "directoryName"));
    char *path = sub ? inside(app, manifest, dir, sub) : NULL;
    if (path) read_assembly(app, path, depth + 1);
    free(path);
  }
}

/* Every *.template.json of `dir`: a cdk.out without its manifest. */
static void read_templates(ll_cdk_app *app, const char *dir) {
  struct dirent **entries = NULL;
  int n = scandir(dir, &entries, NULL, alphasort);
  for (int i = 0; i < n; i++) {
    const char *name = entries[i]->d_name;
    size_t len = strlen(name);
    if (len > 14 && strcmp(name + len - 14, ".template.json") == 0) load_stack(app, dir, dir, name);
    free(entries[i]);
  }
  free(entries);
}

static void read_assembly(ll_cdk_app *app, const char *dir, int depth) {
  char *manifest = ll_strfmt("%s/manifest.json", dir);
  json_error_t err;
  size_t len = 0;
  char *error = NULL;
  char *bytes = ll_read_file_limited(manifest, 0, &len, &error); /* regular files only */
  json_t *root = bytes ? json_loadb(bytes, len, JSON_REJECT_DUPLICATES, &err) : NULL;
  free(bytes);
  free(error);
  json_t *artifacts = json_object_get(root, "artifacts");
  if (!root) read_templates(app, dir);
  else if (!json_is_object(artifacts)) note(manifest, "", "has no \"artifacts\" object; no stack read");
  const char *name;
  json_t *artifact;
  json_object_foreach(artifacts, name, artifact) read_artifact(app, manifest, dir, artifact, depth);
  json_decref(root);
  free(manifest);
}

bool ll_project_load_cdk_out(ll_project *self, const char *dir, const char *root, char **error) {
  char *real_root = realpath(root ? root : dir, NULL);
  char *real_dir = realpath(dir, NULL);
  ll_cdk_app app = {.project = self, .root = real_root, .unit = dir};
  if (!real_dir || !real_root || !ll_path_inside(real_dir, real_root))
    *error = ll_strfmt("--cdk-out %s: %s", dir, real_dir ? "is outside the analysed folder; not read" : "no such folder");
  else
    read_assembly(&app, dir, 0);
  if (!*error && app.loaded == 0) *error = ll_strfmt("--cdk-out %s: no stack template found", dir);
  free(real_root);
  free(real_dir);
  return *error == NULL;
}
