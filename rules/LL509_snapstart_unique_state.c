/*
 * LL509 snapstart-unique-state
 *
 * What it does: for a function whose template turns SnapStart on (`SnapStart: ApplyOn:
 * PublishedVersions`, serverless `snapStart: true`), finds init code that creates state which must
 * be unique or fresh per execution environment: random generators seeded at init (`new Random()`,
 * `random.seed()`), unique IDs (`UUID.randomUUID()`, `uuid.uuid4()`), timestamps (`Instant.now()`,
 * `time.time()`), temporary credentials (`assumeRole`), and open network connections (JDBC, Redis,
 * MongoDB, a socket).
 * Why is this bad on Lambda: with SnapStart, init runs once, when the version is published; Lambda
 * snapshots the initialised memory and restores that one snapshot into every execution environment
 * it starts, possibly days later. Every environment then shares the same "random" seed and "unique"
 * ID, a timestamp from publication time, credentials that may have expired, and sockets to
 * connections that no longer exist.
 * Not flagged: functions without SnapStart (or whose template lambda-lint did not read); modules
 * with a restore hook (an `org.crac.Resource` with `afterRestore`, Python
 * `@register_after_restore`), which can refresh the state; `new SecureRandom()` without a seed
 * (snapshot-resilient in Lambda's Java runtimes) and constant seeds (`new Random(42)`, the same
 * sequence on purpose); AWS SDK clients (their connections are re-established after restore); code
 * in the handler, which runs per invocation.
 */
#include "rulekit.h"

/* What each API makes, for the message. */
typedef struct {
  const char *callee;
  const char *what;
} unique_api;

static const unique_api java_unique[] = {
    {"java.util.UUID.randomUUID", "unique ID"}, {"UUID.randomUUID", "unique ID"},
    {"Math.random", "random number"}, {"java.lang.Math.random", "random number"},
    {"System.currentTimeMillis", "timestamp"}, {"System.nanoTime", "timestamp"},
    {"java.time.Instant.now", "timestamp"}, {"java.time.LocalDateTime.now", "timestamp"},
    {"java.time.ZonedDateTime.now", "timestamp"}, {"java.time.OffsetDateTime.now", "timestamp"},
    {"java.sql.DriverManager.getConnection", "database connection"},
    {"DriverManager.getConnection", "database connection"},
    {"com.zaxxer.hikari.HikariDataSource", "connection pool"}, {"redis.clients.jedis.Jedis", "Redis connection"},
    {"redis.clients.jedis.JedisPool", "Redis connection pool"}, {"io.lettuce.core.RedisClient.create", "Redis client"},
    {"com.mongodb.client.MongoClients.create", "MongoDB connection"}, {"java.net.Socket", "socket"},
    {NULL, NULL}};

static const unique_api python_unique[] = {
    {"uuid.uuid4", "unique ID"}, {"uuid.uuid1", "unique ID"}, {"random.seed", "random seed"},
    {"random.random", "random number"}, {"random.randint", "random number"}, {"random.choice", "random choice"},
    {"random.getrandbits", "random number"}, {"random.uniform", "random number"},
    {"secrets.token_hex", "secret"}, {"secrets.token_bytes", "secret"}, {"secrets.token_urlsafe", "secret"},
    {"os.urandom", "random bytes"}, {"time.time", "timestamp"}, {"time.time_ns", "timestamp"},
    {"datetime.datetime.now", "timestamp"}, {"datetime.datetime.utcnow", "timestamp"},
    {"psycopg2.connect", "database connection"}, {"psycopg.connect", "database connection"},
    {"pymysql.connect", "database connection"}, {"redis.Redis", "Redis connection"},
    {"redis.StrictRedis", "Redis connection"}, {"pymongo.MongoClient", "MongoDB connection"},
    {NULL, NULL}};

/* Credentials for a session: they expire, and every environment restored from the snapshot holds
 * the same ones. */
static const char *const credential_methods[] = {"assumeRole", "getSessionToken", "getFederationToken",
                                                 "resolveCredentials", "assume_role", "get_session_token", NULL};

/* What the init call `call` makes that must be unique or fresh, or NULL. */
static const char *unique_state(const ll_module *m, const ll_call *call) {
  const unique_api *table = m->language == LL_LANG_JAVA ? java_unique : python_unique;
  for (size_t i = 0; table[i].callee; i++) {
    if (!ll_streq(call->callee, table[i].callee)) continue;
    /* a time kept (`STARTED = Instant.now()`), not one used at once (`new Random(System.nanoTime())`) */
    if (ll_streq(table[i].what, "timestamp") && !call->assigned_to) return NULL;
    return table[i].what;
  }
  if (ll_callee_is(call->method, credential_methods) && strchr(call->callee, '.')) return "temporary credentials";
  if (m->language != LL_LANG_JAVA) return NULL;
  /* `new Random()` or one seeded with a computed value; `new SecureRandom(seed)` */
  bool seeded_by_value = call->n_positional > 0 && !call->first_literal;
  if ((ll_streq(call->callee, "java.util.Random") || ll_streq(call->callee, "Random")) &&
      (call->n_positional == 0 || seeded_by_value))
    return "random seed";
  if ((ll_streq(call->callee, "java.security.SecureRandom") || ll_streq(call->callee, "SecureRandom")) &&
      call->n_positional > 0)
    return "random seed";
  return NULL;
}

/* A restore hook: org.crac `afterRestore`, Python `@register_after_restore` / its call. */
static bool has_restore_hook(const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (ll_streq(fn->name, "afterRestore")) return true;
    for (uint32_t d = 0; d < fn->n_decorators; d++)
      if (strstr(fn->decorators[d], "register_after_restore")) return true;
  }
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && strstr(ev->as.call.callee, "register_after_restore")) return true;
    }
  return false;
}

/* Whether a handler of the module belongs to a function with SnapStart on. */
static bool snap_started(const ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (m->functions[f].handler == LL_HANDLER_NONE) continue;
    const ll_function_config *config = ll_rule_function_config(ctx, m, (int)f);
    if (config && config->snap_start) return true;
  }
  return false;
}

/* Init code: the module's top level (Java: static and instance field initialisers, initialiser
 * blocks) and, in Java, the constructors of the classes that hold a handler (the runtime builds the
 * handler object during init). */
static bool init_code(const ll_module *m, uint32_t f) {
  if (f == 0) return true;
  const ll_function *fn = &m->functions[f];
  if (m->language != LL_LANG_JAVA || !ll_streq(fn->name, "<init>") || !fn->class_name) return false;
  for (uint32_t g = 1; g < m->n_functions; g++)
    if (m->functions[g].handler != LL_HANDLER_NONE && m->functions[g].class_name &&
        ll_streq(m->functions[g].class_name, fn->class_name))
      return true;
  return false;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (m->language != LL_LANG_JAVA && m->language != LL_LANG_PYTHON) return;
  if (!snap_started(ctx, m) || has_restore_hook(m)) return;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    if (!init_code(m, f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      const char *what = ev->kind == LL_EV_CALL ? unique_state(m, &ev->as.call) : NULL;
      if (!what) continue;
      ll_rule_report(ctx, m, ev->span,
                     "`%s` runs at init, which SnapStart snapshots once and restores into every "
                     "execution environment: they all get the same %s; make it in the handler, or "
                     "refresh it in a restore hook (%s)",
                     ev->as.call.callee, what,
                     m->language == LL_LANG_JAVA ? "`org.crac.Resource.afterRestore`" : "`@register_after_restore`");
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_PYTHON,
     "# template.yaml: SnapStart: {ApplyOn: PublishedVersions}\n"
     "import uuid\n\n"
     "SANDBOX_ID = uuid.uuid4()  # the same in every restored environment\n\n"
     "def lambda_handler(event, context):\n"
     "    return {\"sandbox\": str(SANDBOX_ID)}\n",
     "import uuid\n"
     "from snapshot_restore_py import register_after_restore\n\n"
     "SANDBOX_ID = None\n\n"
     "@register_after_restore\n"
     "def fresh_id():\n"
     "    global SANDBOX_ID\n"
     "    SANDBOX_ID = uuid.uuid4()\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL509 = {
    .id = "LL509",
    .name = "snapstart-unique-state",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON),
    .summary = "SnapStart restores init-time state that must be unique or fresh (seeds, IDs, times, connections).",
    .rationale =
        "With SnapStart, Lambda runs init once when a version is published, snapshots the "
        "initialised memory and restores that single snapshot into every execution environment it "
        "starts. Whatever init computed is therefore shared by all of them: a random generator's "
        "seed (the same \"random\" sequence everywhere), a UUID meant to identify the environment, a "
        "timestamp from publication time, temporary credentials that expire, and network connections "
        "whose sockets are gone after restore. AWS's guide: generate unique content after init (in "
        "the handler) or restore it in a runtime hook.",
    .example = "// template.yaml: SnapStart: {ApplyOn: PublishedVersions}\n"
               "public class Handler implements RequestHandler<String, String> {\n"
               "  private static final Random RANDOM = new Random();\n"
               "  private static final String SANDBOX = UUID.randomUUID().toString();\n\n"
               "  public String handleRequest(String in, Context context) {\n"
               "    return SANDBOX + \":\" + RANDOM.nextInt();\n"
               "  }\n"
               "}\n",
    .fix = "public class Handler implements RequestHandler<String, String>, org.crac.Resource {\n"
           "  private static final SecureRandom RANDOM = new SecureRandom(); // snapshot-resilient\n"
           "  private static String sandbox = UUID.randomUUID().toString();\n\n"
           "  public Handler() { org.crac.Core.getGlobalContext().register(this); }\n\n"
           "  public void beforeCheckpoint(org.crac.Context<? extends org.crac.Resource> c) {}\n"
           "  public void afterRestore(org.crac.Context<? extends org.crac.Resource> c) {\n"
           "    sandbox = UUID.randomUUID().toString(); // fresh per environment\n"
           "  }\n\n"
           "  public String handleRequest(String in, Context context) {\n"
           "    return sandbox + \":\" + RANDOM.nextInt();\n"
           "  }\n"
           "}\n",
    .examples = examples,
    .help = "create unique or fresh state in the handler, or refresh it in an after-restore hook",
    .not_flagged = "Functions without SnapStart (or no template read); modules with a restore hook "
                   "(`afterRestore` of an org.crac Resource, `@register_after_restore`); `new "
                   "SecureRandom()` without a seed; constant seeds (`new Random(42)`); AWS SDK clients; "
                   "code in the handler.",
    .check_module = check,
};
