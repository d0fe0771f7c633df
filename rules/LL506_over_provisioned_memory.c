/*
 * LL506 over-provisioned-memory
 *
 * What it does: flags a deployed function with MemorySize of 3008 MB or more whose code (its
 * handler's module and every analysed module it imports, directly or not) shows no CPU-heavy signal: no numeric, ML, image,
 * media, compression or crypto library from the table below (plus `heavy-modules` from the
 * config file), no threads or processes. Reported at MemorySize; the message names the code.
 *
 * Why is this bad on Lambda: Lambda bills GB-seconds, so memory is the price per millisecond;
 * memory above what the code needs buys vCPUs (one per 1769 MB) that I/O-bound code leaves idle.
 */
#include <stdlib.h>

#include "base/alloc.h"
#include "lambdalint/project.h"
#include "rulekit.h"
#include "template/code_index.h"
#include "template/tpl_report.h"

enum { LL506_THRESHOLD_MB = 3008, LL506_MAX_MB = 10240 /* above: LL502's finding */ };

/* Imports that signal CPU- or memory-heavy work (top-level modules / packages). */
static const char *const heavy[] = {
    "numpy", "pandas", "scipy", "sklearn", "torch", "tensorflow", "keras", "jax", "PIL", "cv2",
    "skimage", "imageio", "matplotlib", "polars", "pyarrow", "numba", "xgboost", "lightgbm",
    "catboost", "onnxruntime", "transformers", "spacy", "nltk", "statsmodels", "sympy", "shapely",
    "geopandas", "rasterio", "fitz", "moviepy", "av", "pydub", "librosa", "ffmpeg", "zlib",
    "gzip", "lzma", "bz2", "zipfile", "tarfile", "hashlib", "cryptography", "bcrypt", "argon2",
    "duckdb", "sharp", "jimp", "@tensorflow/tfjs-node",
    /* JS: external processes (ffmpeg, ImageMagick binaries run through child_process), media wrappers */
    "child_process", "fluent-ffmpeg", "ffmpeg-static", "@ffmpeg-installer/ffmpeg", "gm", "imagemagick", NULL};

static bool module_is_heavy(ll_rule_ctx *ctx, const ll_module *m) {
  const char *const *extra = ll_rule_config_list(ctx, "heavy-modules");
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const char *name = m->imports[i].module;
    if (ll_qname_in_table(name, heavy) || ll_qname_in_table(name, extra)) return true;
  }
  return ll_rule_module_spawns(m);
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_code_index *index,
                           const ll_tpl_function *fn) {
  uint32_t memory = 0;
  int handler = ll_code_index_find(index, fn->source_realpath);
  if (!ll_tpl_value_uint(&fn->memory_size, &memory) || memory < LL506_THRESHOLD_MB ||
      memory > LL506_MAX_MB || handler < 0)
    return;
  /* The handler's import closure, not the code folder: functions sharing one CodeUri each run only
   * what their handler imports, and another function's numpy does not make this one CPU-bound. */
  bool *in = ll_calloc(index->n ? index->n : 1, sizeof(bool));
  ll_code_index_closure(index, handler, in);
  bool heavy_code = false;
  for (size_t i = 0; i < index->n && !heavy_code; i++)
    heavy_code = in[i] && module_is_heavy(ctx, index->modules[i]);
  free(in);
  if (heavy_code) return;
  ll_tpl_report(ctx, once, fn, &fn->memory_size,
                    "function %s has %u MB but its code (%s) shows no CPU-heavy work (no numeric, "
                    "ML, media or compression library, no threads or processes): memory is the "
                    "price per millisecond; measure and lower it",
                    fn->resource, memory, index->modules[handler]->path);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_check_functions(ctx, project, check_function);
}

const ll_rule ll_rule_LL506 = {
    .id = "LL506",
    .name = "over-provisioned-memory",
    .severity = LL_SEVERITY_INFO,
    .languages = 0,
    .summary = "MemorySize of 3008 MB or more for code with no CPU-heavy signal.",
    .rationale = "Lambda bills duration × memory (GB-seconds) and allocates CPU with memory, one "
                 "vCPU per 1769 MB. Code that mostly waits on the network (API calls, database "
                 "queries) does not get faster with more vCPUs, so a large MemorySize multiplies "
                 "the bill for nothing. Measure with AWS Lambda Power Tuning and pick the knee.",
    .example = "# template.yaml\n"
               "Orders:\n"
               "  Type: AWS::Serverless::Function\n"
               "  Properties: {Handler: app.handler, MemorySize: 4096}\n"
               "# app.py: reads one DynamoDB item and returns it\n",
    .fix = "Orders:\n"
           "  Type: AWS::Serverless::Function\n"
           "  Properties: {Handler: app.handler, MemorySize: 512}\n",
    .help = "lower MemorySize to what measurements show the code needs",
    .not_flagged = "Functions under 3008 MB, above 10240 MB (LL502) or with MemorySize from an intrinsic or variable; "
                   "code that imports a numeric, ML, image, media, compression or crypto library "
                   "(or a `heavy-modules` entry) in the handler's module or any project module it "
                   "imports (directly or through others), or starts threads or processes there; "
                   "functions whose handler file is not analysed. Only what the handler imports "
                   "counts: when several functions share one code location, another function's "
                   "numpy says nothing about this one.",
    .check_module = NULL,
    .check_project = check_project,
};
