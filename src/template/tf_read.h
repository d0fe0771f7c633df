/* tf_read.h — Terraform configuration files read into a small tree of blocks, attributes and
 * expressions: *.tf through the tree-sitter HCL grammar, *.tf.json through libyaml (JSON is
 * YAML, and libyaml keeps positions). Only what the Terraform model (terraform.c) asks about is
 * kept: literals, references (`var.x`, `aws_sqs_queue.q.arn`), string templates made of those,
 * tuples and objects. Everything else (calls, conditionals, for expressions, splats) is OTHER:
 * unknown, never guessed. */
#ifndef LL_TF_READ_H
#define LL_TF_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

typedef enum {
  LL_HCL_OTHER,    /* anything not modelled */
  LL_HCL_LITERAL,  /* a string (unquoted), a number, true/false; `text` */
  LL_HCL_REF,      /* a traversal, `text` = "var.x", "data.archive_file.z.output_path"; an index
                      ([0], ["k"]) ends it: "aws_lambda_function.f" for aws_lambda_function.f[0].arn */
  LL_HCL_TEMPLATE, /* "${path.module}/src": `items` are LITERAL chunks and REF interpolations */
  LL_HCL_TUPLE,    /* [a, b]: `items` */
  LL_HCL_OBJECT    /* {k = v}: `keys` (NULL for a key that is not a name or a string) and `items` */
} ll_hcl_kind;

typedef struct ll_hcl_expr ll_hcl_expr;
struct ll_hcl_expr {
  ll_hcl_kind kind;
  const char *text;
  ll_hcl_expr *items;
  const char **keys;
  size_t n_items;
  uint32_t line, column; /* 1-based */
};

typedef struct {
  const char *name;
  ll_hcl_expr value;
  uint32_t line, column; /* the attribute's name */
} ll_hcl_attr;

typedef struct ll_hcl_body ll_hcl_body;

typedef struct {
  const char *type;         /* "resource", "data", "module", "variable", "locals", "environment" */
  const char **labels;      /* "aws_lambda_function", "orders" */
  size_t n_labels;
  ll_hcl_body *body;        /* never NULL */
  const char *file;         /* the file it is written in */
  uint32_t line, column;    /* its type keyword */
} ll_hcl_block;

struct ll_hcl_body {
  ll_hcl_attr *attrs;
  size_t n_attrs, cap_attrs;
  ll_hcl_block *blocks;
  size_t n_blocks, cap_blocks;
};

/* Reads one configuration file (`path` names it: *.tf.json is JSON, anything else HCL) into
 * `into` (the module's body: a module's files add up). False with a one-line message (malloc'd)
 * when it cannot be read: a syntax error (with its position), a JSON file that is not an object,
 * nesting past the depth bound, a parse past its time budget. Nothing is added then. */
bool ll_tf_read_file(ll_arena *arena, const char *path, const char *bytes, size_t len,
                     ll_hcl_body *into, char **error);

/* The attribute `name` of `body`, or NULL. */
const ll_hcl_attr *ll_hcl_attr_named(const ll_hcl_body *body, const char *name);
/* The first nested block of type `type`, or NULL. */
const ll_hcl_block *ll_hcl_block_named(const ll_hcl_body *body, const char *type);

#endif
