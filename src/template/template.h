/* template.h — private to src/template/: the project's body and the helpers its readers share. */
#ifndef LL_TEMPLATE_H
#define LL_TEMPLATE_H

#include <yaml.h>

#include "base/arena.h"
#include "base/strmap.h"
#include "lambdalint/project.h"

struct ll_project {
  ll_arena *arena;           /* every string and array the project hands out */
  ll_tpl_function **functions; /* in the order the templates declare them */
  size_t n_functions, cap_functions;
  size_t max_file_size; /* templates larger than this are not read; 0: the hard limit */
  struct ll_tf_dir **tf_dirs; /* folders of *.tf read so far, modelled by ll_project_finish() */
  size_t n_tf_dirs, cap_tf_dirs;
  struct ll_runbook_script {
    const char *dir;  /* canonical folder of the runbook that names it */
    const char *name; /* the script's file name ("Remediate.py") */
  } *runbook_scripts; /* scripts SSM Automation runbooks run (ssm.c) */
  uint32_t n_runbook_scripts;
  const char **layer_dirs; /* canonical content folders of layers the templates declare (resolve.c) */
  const char **layer_scopes; /* per layer: the canonical folder of the template or CDK app declaring it */
  uint32_t n_layer_dirs;     /* the count of both */
  bool finished;
  ll_strmap real_dirs;             /* folder as spelled → index in real_dir_values (resolve.c) */
  const char **real_dir_values;    /* its canonical path, or NULL: none */
  uint32_t n_real_dirs;
};

/* One template being read: its parsed YAML (JSON is read as YAML) and where its strings go. */
typedef struct {
  yaml_document_t doc;
  ll_project *project;
  ll_arena *arena; /* the project's */
  const char *path;
  const char *dir; /* the template's directory, "." when it has none */
  const char *root; /* canonical folder code locations must be in (project.h); NULL: none is */
  const char *noted; /* the code location last reported outside `root` (one note for many uses) */
  const char *unit; /* the deployable unit (ll_tpl_function.unit); NULL: `path` */
  ll_template_kind kind;
  size_t first_function; /* index in the project of this template's first function */
} ll_tpl_doc;

/* ---- reading YAML nodes (yaml_node.c) ----------------------------------------------------- */

/* The node at a libyaml node index (of a pair or a sequence item). */
yaml_node_t *ll_tpl_node(ll_tpl_doc *d, int index);
/* Iterates the pairs of a mapping node / the items of a sequence node (none for other nodes).
 * `node` is evaluated once. */
#define LL_TPL_EACH_PAIR(node, p)                                                               \
  for (yaml_node_t *p##_map = (node); p##_map; p##_map = NULL)                                 \
    for (yaml_node_pair_t *p = p##_map->type == YAML_MAPPING_NODE                              \
                                   ? p##_map->data.mapping.pairs.start : NULL;               \
         p && p < p##_map->data.mapping.pairs.top; p++)
#define LL_TPL_EACH_ITEM(node, i)                                                               \
  for (yaml_node_t *i##_seq = (node); i##_seq; i##_seq = NULL)                                 \
    for (yaml_node_item_t *i = i##_seq->type == YAML_SEQUENCE_NODE                             \
                                   ? i##_seq->data.sequence.items.start : NULL;              \
         i && i < i##_seq->data.sequence.items.top; i++)
/* The value of `key` in mapping `map` (NULL when absent or `map` is not a mapping); its key node
 * through *key_node when that is not NULL. */
yaml_node_t *ll_tpl_get(ll_tpl_doc *d, yaml_node_t *map, const char *key, yaml_node_t **key_node);
/* The text of a plain scalar, NULL for an intrinsic function, a mapping or a sequence. Borrowed
 * from the document. */
const char *ll_tpl_scalar(ll_tpl_doc *d, yaml_node_t *node);
/* Whether the scalar/sequence carries a short intrinsic tag (!Ref, !GetAtt, !Sub, !If, …). */
bool ll_tpl_is_tagged(const yaml_node_t *node);
/* The property value of (key, value) with the key's position; the text is copied to the arena. */
ll_tpl_value ll_tpl_value_of(ll_tpl_doc *d, const yaml_node_t *key, yaml_node_t *value);
uint32_t ll_tpl_line(const yaml_node_t *node);
uint32_t ll_tpl_column(const yaml_node_t *node);
/* The logical id a value refers to: `!Ref X`, `!GetAtt X.Arn`, `!GetAtt [X, Arn]`, `{"Ref": X}`,
 * `{"Fn::GetAtt": …}`, or NULL. Borrowed from the document. */
const char *ll_tpl_ref_target(ll_tpl_doc *d, yaml_node_t *node);
/* Whether any Ref, GetAtt or ${X…} substitution inside `node` names `logical_id`. */
bool ll_tpl_mentions(ll_tpl_doc *d, yaml_node_t *node, const char *logical_id);

/* NULL when the document is a tree of sane size; else a one-line message (malloc'd): an alias
 * cycle (an anchor on an ancestor of its alias), nesting past a depth bound, or aliases that expand
 * it past a size bound. Every walk of a document that passes is finite and bounded. */
char *ll_tpl_check_shape(ll_tpl_doc *d);

/* Appends one element of `size` bytes to an arena array. Arrays grow by doubling: only this
 * function may grow them (their capacity is the power of two at or above their count). */
void ll_tpl_append(ll_arena *arena, const void **items, uint32_t *count, const void *item,
                   size_t size);

/* ---- building the project (project.c) ---------------------------------------------------- */

ll_tpl_function *ll_tpl_function_add(ll_tpl_doc *d, const yaml_node_t *key, const char *name);
/* The same at a position of the reader's own (Terraform). */
ll_tpl_function *ll_tpl_function_add_at(ll_tpl_doc *d, uint32_t line, uint32_t column, const char *name);
void ll_tpl_add_event(ll_tpl_doc *d, ll_tpl_function *fn, const ll_tpl_event *event);
/* Fills the event's queue facts when `queue_ref` names an AWS::SQS::Queue of `resources`. */
void ll_tpl_link_queue(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *queue_ref,
                       ll_tpl_event *event);
/* Adds environment variables from mapping `vars`; a name already present is overridden. */
void ll_tpl_add_env(ll_tpl_doc *d, ll_tpl_function *fn, yaml_node_t *vars, bool inherited);
/* Adds the items of sequence `layers`. */
void ll_tpl_add_layers(ll_tpl_doc *d, ll_tpl_function *fn, yaml_node_t *layers, bool inherited);

/* ---- the readers ---------------------------------------------------------------------------- */

/* SAM and CloudFormation (sam.c); `root` is the document's top mapping. */
void ll_tpl_read_cloudformation(ll_tpl_doc *d, yaml_node_t *root);
/* CloudFormation resources that wire functions to API Gateway and SQS (sam.c). */
void ll_tpl_read_wiring(ll_tpl_doc *d, yaml_node_t *resources);
/* An SSM Automation runbook (ssm.c): the scripts its aws:executeScript steps run. */
void ll_tpl_read_ssm_automation(ll_tpl_doc *d, yaml_node_t *root);
/* serverless.yml (serverless.c). */
void ll_tpl_read_serverless(ll_tpl_doc *d, yaml_node_t *root);

/* A SAM/CloudFormation template as part of the deployable unit `unit` (a cdk.out folder). */
bool ll_tpl_load_in_unit(ll_project *self, const char *path, const char *root, const char *unit, char **error);

/* Terraform (terraform.c): one *.tf / *.tf.json file of a folder, parsed and kept with the
 * folder's other files; the functions come when every folder is known (the finish step). */
bool ll_tpl_load_terraform(ll_project *p, const char *path, const char *root, const char *bytes, size_t len,
                           char **error);
void ll_tpl_finish_terraform(ll_project *p);

/* ---- resolving code (resolve.c) -------------------------------------------------------------- */

/* Sets code_dir, code_realpath, code_is_file, source_path and handler_function of `fn`. */
void ll_tpl_resolve(ll_tpl_doc *d, ll_tpl_function *fn);
/* `dir`/`rel` in the arena, without "./" prefixes and trailing slashes. */
const char *ll_tpl_join(ll_arena *arena, const char *dir, const char *rel);
/* Records the content folder `rel` (relative to `dir`) of a layer the template declares, when it
 * is a folder inside the analysed one. */
void ll_tpl_add_layer_dir(ll_tpl_doc *d, const char *dir, const char *rel, const char *scope_dir);

#endif
