/*
 * test_python_rules_ir.c — the Python lowering of the facts the LL1xx–LL5xx rules read:
 * environment writes, file writes and removals (with /tmp paths), literal-key reads, names tested
 * in conditions, exception handlers, first literal arguments and the module-write details.
 */
#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

/* The function named `name` of `m` (fails the test when absent). */
static const ll_function *fn_named(const ll_module *m, const char *name) {
  int index = ll_module_function_index(m, name);
  assert_true(index >= 0);
  return &m->functions[index];
}

static const ll_event *nth(const ll_function *fn, ll_event_kind kind, int n) {
  uint32_t from = 0;
  const ll_event *ev = NULL;
  for (int i = 0; i <= n; i++) ev = ll_test_next_event(fn, kind, &from);
  return ev;
}

static int count(const ll_function *fn, ll_event_kind kind) {
  int n = 0;
  for (uint32_t i = 0; i < fn->n_events; i++) n += fn->events[i].kind == kind;
  return n;
}

static void test_environment_writes(void **state) {
  ll_module *m = ll_test_lower("env.py",
                               "import os\n"
                               "from os import environ\n"
                               "os.environ['AWS_REGION'] = 'eu-west-1'\n"
                               "def f():\n"
                               "    environ['TZ'] = 'UTC'\n"
                               "    os.environ.update({'A': '1'}, B='2')\n"
                               "    os.environ.setdefault('C', 'x')\n"
                               "    os.putenv('D', 'y')\n"
                               "    del os.environ['E']\n"
                               "    os.environ[key] = 'z'\n"
                               "    if 'F' not in os.environ:\n"
                               "        os.environ['F'] = 'local'\n"
                               "    if not os.getenv('G'):\n"
                               "        os.environ['G'] = 'local'\n"
                               "    if os.environ.get('H') is None:\n"
                               "        os.environ['H'] = 'local'\n"
                               "    if 'F' in os.environ:\n"
                               "        os.environ['I'] = 'set'\n"
                               "    return os.environ.get('AWS_REGION')\n");
  assert_string_equal(nth(&m->functions[0], LL_EV_ENV_WRITE, 0)->name, "AWS_REGION");
  const ll_function *f = fn_named(m, "f");
  /* setdefault and writes guarded by "unset" tests never change a variable that is set */
  assert_int_equal(count(f, LL_EV_ENV_WRITE), 6);
  const char *want[] = {"TZ", "A", "B", "D"};
  for (int i = 0; i < 4; i++) assert_string_equal(nth(f, LL_EV_ENV_WRITE, i)->name, want[i]);
  assert_null(nth(f, LL_EV_ENV_WRITE, 4)->name); /* a key we cannot read */
  assert_string_equal(nth(f, LL_EV_ENV_WRITE, 5)->name, "I");
  ll_module_delete(m);
}

static void test_file_writes_and_paths(void **state) {
  ll_module *m = ll_test_lower("files.py",
                               "import os, shutil, tempfile\n"
                               "TMP = '/tmp'\n"
                               "def f(s3, bucket, key, name):\n"
                               "    local = os.path.join(TMP, name)\n"
                               "    s3.download_file(bucket, key, local)\n"
                               "    with open(f'/tmp/{key}.json', 'w') as out:\n"
                               "        out.write('x')\n"
                               "    open('/tmp/in.txt').read()\n"
                               "    open('/tmp/log.txt', mode='a')\n"
                               "    fd, p = tempfile.mkstemp()\n"
                               "    with tempfile.NamedTemporaryFile() as t:\n"
                               "        pass\n"
                               "    tempfile.NamedTemporaryFile(delete=False)\n"
                               "    os.remove(local)\n"
                               "    shutil.rmtree('/tmp/work')\n");
  const ll_function *f = fn_named(m, "f");
  assert_int_equal(count(f, LL_EV_FILE_WRITE), 6);
  const char *paths[] = {"/tmp/{}", "/tmp/{}.json", "/tmp/log.txt", "/tmp/{}", "/tmp/{}", "/tmp/{}"};
  for (int i = 0; i < 6; i++) assert_string_equal(nth(f, LL_EV_FILE_WRITE, i)->as.file.path, paths[i]);
  assert_true(nth(f, LL_EV_FILE_WRITE, 4)->as.file.auto_removed);  /* NamedTemporaryFile() */
  assert_false(nth(f, LL_EV_FILE_WRITE, 5)->as.file.auto_removed); /* delete=False */
  assert_int_equal(count(f, LL_EV_FILE_REMOVE), 2);
  assert_string_equal(nth(f, LL_EV_FILE_REMOVE, 0)->as.file.path, "/tmp/{}");
  assert_string_equal(nth(f, LL_EV_FILE_REMOVE, 1)->as.file.path, "/tmp/work");
  ll_module_delete(m);
}

static void test_key_reads(void **state) {
  ll_module *m = ll_test_lower("keys.py",
                               "def f(client):\n"
                               "    r = client.scan(TableName='t')\n"
                               "    a = r['Items']\n"
                               "    b = r.get('Contents', [])\n"
                               "    c = 'LastEvaluatedKey' in r\n"
                               "    d = r['Items'][0]\n"
                               "    e = client.list_functions()['Functions']\n");
  const ll_function *f = fn_named(m, "f");
  const ll_event *a = nth(f, LL_EV_KEY_READ, 0), *b = nth(f, LL_EV_KEY_READ, 1);
  const ll_event *c = nth(f, LL_EV_KEY_READ, 2), *d = nth(f, LL_EV_KEY_READ, 3);
  const ll_event *e = nth(f, LL_EV_KEY_READ, 4);
  assert_string_equal(a->name, "Items");
  assert_string_equal(a->as.key.object, "r");
  assert_false(a->as.key.membership || a->as.key.first_only);
  assert_string_equal(b->name, "Contents");
  assert_string_equal(b->as.key.object, "r");
  assert_string_equal(c->name, "LastEvaluatedKey");
  assert_true(c->as.key.membership);
  assert_true(d->as.key.first_only);
  assert_string_equal(e->name, "Functions");
  assert_null(e->as.key.object);
  ll_module_delete(m);
}

static void test_tested_names_and_handlers(void **state) {
  ll_module *m = ll_test_lower("tested.py",
                               "import time\n"
                               "seen = set()\n"
                               "n = 0\n"
                               "def f(x):\n"
                               "    global n\n"
                               "    if x in seen:\n"
                               "        return True\n"
                               "    print(seen)\n"
                               "    n = n + 1\n"
                               "    try:\n"
                               "        time.sleep(2.5)\n"
                               "    except Exception:\n"
                               "        time.sleep(0)\n"
                               "    return n > 3\n");
  const ll_function *f = fn_named(m, "f");
  int tested = 0, untested = 0, membership = 0;
  for (uint32_t i = 0; i < f->n_events; i++) {
    const ll_event *ev = &f->events[i];
    if (ev->kind != LL_EV_NAME_USE) continue;
    membership += ev->as.key.membership;
    if (ev->tested) tested++;
    else untested++;
  }
  assert_int_equal(tested, 2);   /* `x in seen`, `n > 3` */
  assert_int_equal(untested, 2); /* print(seen), the `n` of n + 1 */
  assert_int_equal(membership, 1); /* `seen` of `x in seen` */
  const ll_event *write = nth(f, LL_EV_MODULE_WRITE, 0);
  assert_int_equal(write->as.write.kind, LL_WRITE_AUGMENT); /* n = n + 1 */
  const ll_event *sleep1 = nth(f, LL_EV_CALL, 1), *sleep2 = nth(f, LL_EV_CALL, 2);
  assert_string_equal(sleep1->as.call.callee, "time.sleep");
  assert_string_equal(sleep1->as.call.first_literal, "2.5");
  assert_false(sleep1->in_except);
  assert_true(sleep2->in_except);
  ll_module_delete(m);
}

static void test_module_write_details(void **state) {
  ll_module *m = ll_test_lower("writes.py",
                               "state = {}\n"
                               "flag = True\n"
                               "def f(k, v):\n"
                               "    global flag\n"
                               "    state['last'] = v\n"
                               "    state[k] = v\n"
                               "    state.update({'a': 1})\n"
                               "    state.update(other)\n"
                               "    del state[k]\n"
                               "    flag = False\n");
  const ll_function *f = fn_named(m, "f");
  assert_true(nth(f, LL_EV_MODULE_WRITE, 0)->as.write.key_literal);
  assert_false(nth(f, LL_EV_MODULE_WRITE, 1)->as.write.key_literal);
  assert_true(nth(f, LL_EV_MODULE_WRITE, 2)->as.write.key_literal);
  assert_false(nth(f, LL_EV_MODULE_WRITE, 3)->as.write.key_literal);
  assert_string_equal(nth(f, LL_EV_MODULE_WRITE, 4)->as.write.method, "__delitem__");
  const ll_event *reset = nth(f, LL_EV_MODULE_WRITE, 5);
  assert_int_equal(reset->as.write.kind, LL_WRITE_REBIND);
  assert_true(reset->as.write.value_is_literal);
  ll_module_delete(m);
}

static int uses_of(const ll_function *fn, const char *name) {
  int n = 0;
  for (uint32_t i = 0; i < fn->n_events; i++)
    n += fn->events[i].kind == LL_EV_NAME_USE && !strcmp(fn->events[i].name, name);
  return n;
}

static void test_definition_time_and_arms(void **state) {
  ll_module *m = ll_test_lower("defs.py",
                               "import pandas as pd\n"
                               "def f(df: pd.DataFrame, n=pd.NA) -> pd.Series:\n"
                               "    if df.empty:\n"
                               "        x = pd.concat([df])\n"
                               "    elif n:\n"
                               "        x = pd.DataFrame()\n"
                               "    else:\n"
                               "        x = pd.Series()\n"
                               "    if n:\n"
                               "        y = pd.Series()\n"
                               "    return x\n");
  assert_int_equal(uses_of(&m->functions[0], "pandas.DataFrame"), 1); /* the annotation, at def time */
  assert_int_equal(uses_of(&m->functions[0], "pandas.NA"), 1);        /* the default */
  assert_int_equal(uses_of(&m->functions[0], "pandas.Series"), 1);    /* the return annotation */
  const ll_function *f = fn_named(m, "f");
  const ll_event *summary = NULL;
  for (uint32_t i = 0; i < f->n_events; i++)
    if (f->events[i].kind == LL_EV_NAME_USE && !strcmp(f->events[i].name, "pandas")) {
      assert_null(summary); /* only the if/elif/else, not the if without else */
      summary = &f->events[i];
    }
  assert_non_null(summary);
  assert_false(summary->conditional);
  assert_int_equal(summary->span.line, 3);
  ll_module_delete(m);
  m = ll_test_lower("lazy.py",
                    "from __future__ import annotations\n"
                    "import pandas as pd\n"
                    "def f(df: pd.DataFrame):\n"
                    "    return df\n");
  assert_int_equal(uses_of(&m->functions[0], "pandas.DataFrame"), 0);
  ll_module_delete(m);
}

/* LL301's catalog grows from the config file: `heavy-modules: [name, name=ms]`. */
static void test_heavy_modules_from_config(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, ".lambda-lint.yaml", "heavy-modules: [acme_ml=900, bigsdk]\n"));
  free(ll_test_write(dir, "app.py",
                     "import acme_ml\n"
                     "import bigsdk.core as bc\n"
                     "import json\n"
                     "def lambda_handler(event, context):\n"
                     "    if event.get('x'):\n"
                     "        return bc.run()\n"
                     "    return json.dumps(event)\n"));
  char *args = ll_strfmt("--select LL301 --format json '%s'", dir);
  char *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "`acme_ml` (typically ~900 ms to import)"));
  assert_non_null(strstr(out, "`bigsdk` is imported at module level but used only on some paths"));
  assert_null(strstr(out, "`json`"));
  free(out);
  free(args);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_environment_writes),     cmocka_unit_test(test_file_writes_and_paths),
      cmocka_unit_test(test_key_reads),              cmocka_unit_test(test_tested_names_and_handlers),
      cmocka_unit_test(test_module_write_details),   cmocka_unit_test(test_heavy_modules_from_config),
      cmocka_unit_test(test_definition_time_and_arms),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
