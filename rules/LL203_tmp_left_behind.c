/*
 * LL203 tmp-left-behind
 *
 * What it does: finds handler code that writes files under /tmp (open for writing, S3
 * `download_file`, `tempfile.mkstemp`, `NamedTemporaryFile(delete=False)`, DataFrame exports, …)
 * in a module that never removes a file.
 * Why is this bad on Lambda: /tmp belongs to the execution environment and survives between its
 * invocations. Files left there fill the ephemeral storage (512 MB by default) until writes fail
 * with "No space left on device", and one request's data stays readable by the next (Sonar S7620).
 * Custom-resource handlers are not exempt (unlike LL302/LL401/LL403): their Create, Update and
 * Delete often reach the same warm environment.
 * Not flagged: modules that remove files anywhere (`os.remove`, `os.unlink`, `shutil.rmtree`,
 * `Path.unlink`, `TemporaryDirectory.cleanup`), or that import a module whose reached code removes
 * files (a shared cleanup helper); temporary files the language removes itself
 * (`with tempfile.NamedTemporaryFile()`, `TemporaryDirectory()`); deliberate caches (writes in a
 * function that checks whether a file exists, `if not os.path.exists(path):` or an early return;
 * writes under a lazy-initialisation guard or at module scope, run once per environment); paths
 * outside /tmp; code no handler reaches. A path written twice in one function (downloaded, then
 * converted in place) is reported once. JavaScript/TypeScript: `fs` writes (sync, callback,
 * `fs/promises`, `createWriteStream`, `mkdtemp`) and removals (`unlink`, `rm`, `rmdir`, fs-extra
 * `remove`), existence checks `fs.existsSync` / `access` / `stat`.
 */
#include "rulekit.h"

static bool under_tmp(const char *path) {
  return path && (!strncmp(path, "/tmp/", 5) || ll_streq(path, "/tmp"));
}

/* Whether `self` imports module `m` (by its file name: `from tmp_janitor import clear`). */
static bool imports_module(const ll_module *self, const ll_module *m) {
  const char *base = strrchr(m->path, '/');
  base = base ? base + 1 : m->path;
  size_t len = strcspn(base, ".");
  for (uint32_t i = 0; i < self->n_imports; i++) {
    const char *names[] = {self->imports[i].module, self->imports[i].member};
    for (int k = 0; k < 2; k++) {
      if (!names[k]) continue;
      const char *last = strrchr(names[k], '.');
      last = last ? last + 1 : names[k];
      if (strlen(last) == len && !strncmp(last, base, len)) return true;
    }
  }
  return false;
}

/* Whether the module removes a file anywhere, or a module it imports does in code a handler
 * reaches (a shared `cleanup_tmp()` helper). */
static bool removes_files(const ll_rule_ctx *ctx, const ll_module *self) {
  size_t n = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  for (size_t mi = 0; mi < n; mi++) {
    const ll_module *m = modules[mi];
    if (m != self && !imports_module(self, m)) continue;
    for (uint32_t f = 0; f < m->n_functions; f++) {
      if (m != self && !ll_rule_reachable(ctx, m, (int)f)) continue;
      for (uint32_t e = 0; e < m->functions[f].n_events; e++)
        if (m->functions[f].events[e].kind == LL_EV_FILE_REMOVE) return true;
    }
  }
  return false;
}

/* Whether the function checks whether a path exists: its writes fill a cache (`if not
 * os.path.exists(p): download(p)`, or an early `return` when it exists). */
static bool checks_existence(const ll_function *fn) {
  static const char *const checks[] = {"os.path.exists", "os.path.isfile", "os.path.isdir",
                                       "os.path.getsize", "os.listdir", "os.stat", "fs.existsSync",
                                       "fs.statSync", "fs.accessSync", "fs.promises.access",
                                       "fs.promises.stat", "fs/promises.access", "fs/promises.stat",
                                       "fs-extra.pathExists", "fs-extra.pathExistsSync", NULL};
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_CALL) continue;
    if (ll_callee_is(ev->as.call.callee, checks) || ll_streq(ev->as.call.method, "exists") ||
        ll_streq(ev->as.call.method, "is_file"))
      return true;
  }
  return false;
}

static bool writes_files(const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++)
      if (m->functions[f].events[e].kind == LL_EV_FILE_WRITE) return true;
  return false;
}

/* A write this rule reports (before the once-per-path filter). */
static bool reportable(const ll_event *ev) {
  return ev->kind == LL_EV_FILE_WRITE && !ev->as.file.auto_removed && !ev->lazy_guard &&
         under_tmp(ev->as.file.path);
}

/* Whether an earlier event of the function is a reportable write of the same path. */
static bool reported_before(const ll_function *fn, uint32_t upto, const char *path) {
  for (uint32_t e = 0; e < upto; e++)
    if (reportable(&fn->events[e]) && ll_streq(fn->events[e].as.file.path, path)) return true;
  return false;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  /* The cheap test first: removes_files looks across the modules of the unit. */
  bool js = ll_is_js(m);
  if ((m->language != LL_LANG_PYTHON && !js) || !writes_files(m) || removes_files(ctx, m)) return;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f) || !ll_rule_reached_per_invocation(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    if (fn->memoized) continue;
    bool cache_fill = checks_existence(fn);
    if (cache_fill) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (!reportable(ev) || reported_before(fn, e, ev->as.file.path)) continue;
      ll_rule_report(ctx, m, ev->span,
                     "writes `%s` and nothing in this module removes it: /tmp survives between "
                     "invocations, so files pile up until the ephemeral storage is full and later "
                     "requests can read this one's data; %s",
                     ev->as.file.path,
                     js ? "remove it in a `finally` block (`fs.rmSync(path, { force: true })`)"
                        : "delete it in a `finally:` or use `tempfile.TemporaryDirectory()`");
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  const path = `/tmp/${event.key}`;\n"
     "  await writeFile(path, await download(event.key));\n"
     "  return convert(path);\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  const path = `/tmp/${event.key}`;\n"
     "  try {\n"
     "    await writeFile(path, await download(event.key));\n"
     "    return await convert(path);\n"
     "  } finally {\n"
     "    await rm(path, { force: true });\n"
     "  }\n"
     "};\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL203 = {
    .id = "LL203",
    .name = "tmp-left-behind",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT),
    .summary = "The handler writes files under /tmp and never removes them.",
    .rationale =
        "/tmp belongs to the execution environment, not to the invocation: its contents survive "
        "between the invocations an environment serves. Files left behind accumulate until the "
        "ephemeral storage (512 MB by default) is full and writes fail with \"No space left on "
        "device\", and one request's data remains readable by the requests that follow. This holds "
        "for CloudFormation custom-resource handlers too (`cfnresponse`, `crhelper`): a stack's Create, "
        "Update and Delete often reach the same warm environment, and an unpacked asset bundle left "
        "by one is still there for the next.",
    .example = "def lambda_handler(event, context):\n"
               "    path = f\"/tmp/{event['key']}\"\n"
               "    s3.download_file(BUCKET, event[\"key\"], path)\n"
               "    return convert(path)\n",
    .fix = "def lambda_handler(event, context):\n"
           "    with tempfile.TemporaryDirectory() as tmp:\n"
           "        path = os.path.join(tmp, \"input\")\n"
           "        s3.download_file(BUCKET, event[\"key\"], path)\n"
           "        return convert(path)\n",
    .examples = examples,
    .help = "remove the file in a `finally` block, or (Python) use tempfile.TemporaryDirectory()/NamedTemporaryFile()",
    .not_flagged = "Modules that remove files anywhere (os.remove, os.unlink, shutil.rmtree, "
                   "Path.unlink, TemporaryDirectory.cleanup), or that import a module whose reached "
                   "code removes files (a shared cleanup helper); temporary files removed automatically "
                   "(`with tempfile.NamedTemporaryFile()`, TemporaryDirectory()); deliberate caches "
                   "(writes in a function that checks whether the file exists, under a "
                   "lazy-initialisation guard, or at module scope); paths outside /tmp; code no handler "
                   "reaches. A path written twice in one function is reported once.",
    .check_module = check,
};
