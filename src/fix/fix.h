/* fix.h — fixes of findings: building them, applying them to a file's bytes, checking that the
 * result still parses, showing them as a diff and writing them back.
 *
 *   ll_fix *fix = ll_fix_new(unsafe, "Add `timeout=10`", source, len, edits, n);   (a rule)
 *   char *fixed = ll_fix_apply_one(path, source, len, fix, &fixed_len);          (an editor)
 *   ll_results *left = ll_fix_run(&options, &run, stdout);                         (--fix, --diff)
 *
 * Edits are byte ranges of the file as read. The bytes around them are kept as they are, so a
 * byte-order mark, the line endings and the encoding survive; an edit's "\n" becomes "\r\n" in a
 * file whose lines end that way. */
#ifndef LL_FIX_H
#define LL_FIX_H

#include <stdio.h>

#include "lambdalint/lambdalint.h"

/* A fix of `source` (`len` bytes) made of copies of `edits` (which must not overlap), with lines
 * and columns computed. NULL when an edit lies outside the source or two overlap. */
ll_fix *ll_fix_new(bool unsafe, const char *title, const char *source, size_t len, const ll_rule_edit *edits,
                   size_t n_edits);
/* Frees a fix (NULL is accepted). */
void ll_fix_delete(ll_fix *self);

/* Whether a file of `path`'s language still parses as `text`: its front-end lowers it without a
 * syntax, encoding or indentation problem. False for a file no front-end reads. */
bool ll_fix_parses(const char *path, const char *text, size_t len);

/* `source` with `fix` applied (malloc'd, NUL-terminated, its length in *out_len), or NULL when
 * the fix does not fit the source or the result does not parse as `path`'s language. */
char *ll_fix_apply_one(const char *path, const char *source, size_t len, const ll_fix *fix, size_t *out_len);

typedef enum {
  LL_FIX_APPLIED,
  LL_FIX_DEFERRED, /* overlaps a fix applied before it: for a later pass */
  LL_FIX_DROPPED   /* the result would not parse, or the edits do not fit the file */
} ll_fix_outcome;

/* Applies `fixes` (in order; each once) to `source`: a fix that overlaps one already taken is
 * deferred, one whose result does not parse is dropped. Returns the new text (malloc'd,
 * NUL-terminated, length in *out_len) and each fix's outcome in outcomes[i]. */
char *ll_fix_apply_all(const char *path, const char *source, size_t len, const ll_fix *const *fixes, size_t n,
                       ll_fix_outcome *outcomes, size_t *out_len);

/* Writes a unified diff from `old` to `new` of the file `path` (both headers name `path`, so that
 * `patch -p0` applies it from the directory lambda-lint ran in). False on a write error. */
bool ll_fix_write_diff(FILE *out, const char *path, const char *old, size_t old_len, const char *new_text,
                       size_t new_len);

/* Replaces the file `path` with `bytes` atomically (a temporary file renamed over it; the mode is
 * kept). False with *error (malloc'd) when it fails; the file is then left as it was. */
bool ll_fix_write_file(const char *path, const char *bytes, size_t len, char **error);

/* What --fix / --diff do. */
typedef struct {
  bool unsafe;  /* apply unsafe fixes too (--unsafe-fixes) */
  bool diff;    /* print a diff instead of writing (--diff) */
  size_t fixed; /* out: fixes applied (--fix) or shown (--diff) */
  size_t files_changed; /* out: files that changed (or would) */
  size_t unsafe_left;   /* out: remaining findings with an unsafe fix that was not asked for */
} ll_fix_run_state;

/* --fix: analyses `options`' paths, applies the fixes, analyses again and applies what is left (an
 * overlapping fix, a fix a first one made possible) until nothing changes (at most a few passes).
 * --diff: analyses once and writes the diff of every fix that applies to `diff_out`, changing no
 * file. Returns the results of the last analysis (what is left; for --diff what was found) with
 * write errors among its errors; the caller frees them. */
ll_results *ll_fix_run(const ll_options *options, ll_fix_run_state *state, FILE *diff_out);

/* LL001's fix: deletes the suppression comment that starts at `line`, `column` (1-based, code
 * points) of `source` — the whole line when the comment is all it holds. NULL when no comment
 * starts there. Safe: a suppression that suppresses nothing does nothing. */
ll_fix *ll_fix_remove_suppression(const char *source, size_t len, uint32_t line, uint32_t column);

/* Whether the fix applies under `unsafe` (a safe one always does). */
static inline bool ll_fix_wanted(const ll_fix *fix, bool unsafe) { return fix && (!fix->unsafe || unsafe); }

#endif
