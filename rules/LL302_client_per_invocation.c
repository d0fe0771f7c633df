/*
 * LL302 client-per-invocation
 *
 * What it does: finds SDK clients, sessions and database / HTTP connections constructed in code
 * that runs on every invocation.
 * Why is this bad on Lambda: the execution environment is reused between invocations, and code at
 * module scope runs once per environment (during init, which has a full CPU boost). A client built
 * inside the handler redoes credential resolution, endpoint discovery and the TCP/TLS handshake on
 * every request, adding tens to hundreds of milliseconds and exhausting database connections.
 * Not flagged: clients created at module scope; behind a lazy-initialisation guard on module or
 * class state (`if _client is None:`, `if Repo.table is None:`; not on a parameter defaulting to
 * None, which is dependency injection: a new client on every call that passes none); stored to a
 * module-level variable; in a memoised factory (`@functools.lru_cache`); in code that no handler
 * reaches (e.g. `if __name__ == "__main__":`, C/C++ `main`, where the aws-lambda-cpp client is built
 * once and captured by the handler); C++ function-local statics and `std::call_once` bodies
 * (initialised once);
 * clients and sessions built from explicit temporary credentials (`aws_session_token=` from an
 * `sts.assume_role` of this invocation): they cannot be hoisted to module scope as they are;
 * asyncio clients (`httpx.AsyncClient`) made inside an `async def`: they are bound to the event loop
 * that the invocation runs and closes, so a module-level one breaks on the next invocation.
 */
#include "rulekit.h"

static const char *const python_clients[] = {
    "boto3.client", "boto3.resource", "boto3.Session", "boto3.session.Session",
    "botocore.session.get_session", "botocore.session.Session", "aioboto3.Session",
    "psycopg2.connect", "psycopg.connect", "pymysql.connect", "mysql.connector.connect",
    "MySQLdb.connect", "pg8000.connect", "redis.Redis", "redis.StrictRedis", "redis.from_url",
    "redis.Redis.from_url", "redis.cluster.RedisCluster", "pymongo.MongoClient",
    "sqlalchemy.create_engine", "requests.Session", "requests.session", "httpx.Client",
    "httpx.AsyncClient", "urllib3.PoolManager", "elasticsearch.Elasticsearch",
    "opensearchpy.OpenSearch", "cassandra.cluster.Cluster", "kafka.KafkaProducer",
    "kafka.KafkaConsumer", "confluent_kafka.Producer", "snowflake.connector.connect",
    "pika.BlockingConnection", "pyodbc.connect", "pymssql.connect", "redshift_connector.connect",
    "oracledb.connect", "cx_Oracle.connect", "openai.OpenAI", "openai.AzureOpenAI", "openai.AsyncOpenAI",
    "anthropic.Anthropic", "anthropic.AsyncAnthropic", NULL};

/* C and C++: the AWS SDK for C++ (every service client, the SDK itself), libcurl handles, and the
 * common database and HTTP client libraries. */
static const char *const c_family_clients[] = {
    "Aws::*Client", "Aws::InitAPI", "Aws::Http::CreateHttpClient", "curl_easy_init", "curl_multi_init",
    "curl_global_init", "mysql_init", "mysql_real_connect", "PQconnectdb", "PQconnectdbParams",
    "PQsetdbLogin", "PQconnectStart", "sqlite3_open", "sqlite3_open_v2", "redisConnect",
    "redisConnectWithTimeout", "mongoc_client_new", "mongoc_client_pool_new", "pqxx::connection",
    "mongocxx::client", "sw::redis::Redis", "cpr::Session", "httplib::Client", "httplib::SSLClient",
    "grpc::CreateChannel", NULL};

/* JavaScript / TypeScript (npm qualified names: see src/frontend/javascript.c): SDK v3 clients and
 * the document client, v2 service objects from `aws-sdk/clients/…` (`new AWS.S3()` is matched by
 * aws_sdk_v2_client below), database drivers and HTTP clients. */
static const char *const js_clients[] = {
    "@aws-sdk/client-*Client", "@aws-sdk/lib-dynamodb.DynamoDBDocumentClient.from",
    "@aws-sdk/lib-dynamodb.DynamoDBDocument.from", "aws-sdk/clients/*", "aws-sdk.DynamoDB.DocumentClient",
    "pg.Pool", "pg.Client", "pg.default.Pool", "pg.default.Client", "mysql2.createConnection",
    "mysql2.createPool", "mysql2/promise.createConnection", "mysql2/promise.createPool",
    "mysql.createConnection", "mysql.createPool", "mongoose.connect", "mongoose.createConnection",
    "mongodb.MongoClient", "mongodb.MongoClient.connect", "ioredis", "ioredis.Redis", "ioredis.Cluster",
    "redis.createClient", "@prisma/client.PrismaClient", "axios.create", "https.Agent", "http.Agent",
    "knex", "sequelize.Sequelize", "sequelize", "@elastic/elasticsearch.Client",
    "@opensearch-project/opensearch.Client", "@neondatabase/serverless.Pool", "@planetscale/database.connect",
    "postgres", "kafkajs.Kafka", "amqplib.connect", "openai", "openai.OpenAI", "@anthropic-ai/sdk",
    "stripe", "@google-cloud/*", NULL};

/* Rust: the SDK's shared config and service clients, reqwest, sqlx pools, tokio-postgres, redis,
 * mongodb, and a tokio runtime (names as the Rust front-end qualifies them, "::"-separated; a
 * builder chain keeps its calls: "reqwest::Client::builder()::build"). */
static const char *const rust_clients[] = {
    "aws_config::load_defaults", "aws_config::load_from_env", "aws_config::from_env()::load",
    "aws_config::defaults()::load", "aws_config::from_env()::region()::load", "aws_config::defaults()*::load",
    "aws_config::from_env()*::load", "aws_sdk_*::Client::new",
    "aws_sdk_*::Client::from_conf", "reqwest::Client::new", "reqwest::Client::builder()::build",
    "reqwest::Client::builder()*::build", "reqwest::ClientBuilder::new()*::build",
    "reqwest::ClientBuilder::new()::build", "reqwest::get", "sqlx::PgPool::connect", "sqlx::MySqlPool::connect",
    "sqlx::postgres::PgPool::connect", "sqlx::postgres::PgPoolOptions::new()::connect", "sqlx::postgres::PgPoolOptions::new()*::connect",
    "sqlx::PgPoolOptions::new()*::connect", "sqlx::pool::PoolOptions::new()*::connect",
    "sqlx::mysql::MySqlPoolOptions::new()*::connect", "sqlx::PgPool::connect_with", "sqlx::postgres::PgPool::connect_with", "sqlx::PgConnection::connect",
    "sqlx::mysql::MySqlPoolOptions::new()::connect", "tokio_postgres::connect", "redis::Client::open",
    "mongodb::Client::with_uri_str", "tokio::runtime::Runtime::new", "tokio::runtime::Builder::new_current_thread()::build",
    "tokio::runtime::Builder::new_multi_thread()::build", NULL};

/* `new AWS.S3()`, `new AWS.DynamoDB()`: a service of the v2 SDK (a capitalised member of aws-sdk). */
static bool aws_sdk_v2_client(const ll_module *m, const ll_call *call) {
  static const char prefix[] = "aws-sdk.";
  if (!ll_is_js(m)) return false;
  if (strncmp(call->callee, prefix, sizeof(prefix) - 1)) return false;
  const char *service = call->callee + sizeof(prefix) - 1;
  return service[0] >= 'A' && service[0] <= 'Z' && !strchr(service, '.');
}

static const char *const *const tables[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = python_clients,
    [LL_LANG_JAVASCRIPT] = js_clients,
    [LL_LANG_TYPESCRIPT] = js_clients,
    [LL_LANG_C] = c_family_clients,
    [LL_LANG_CPP] = c_family_clients,
    [LL_LANG_RUST] = rust_clients,
};

/* Built from credentials passed in by the code (an assumed role's keys): per-caller by design. */
static bool explicit_credentials(const ll_call *call) {
  return ll_call_keyword(call, "aws_session_token") || ll_call_keyword(call, "aws_access_key_id") ||
         ll_call_keyword(call, "aws_secret_access_key");
}

/* Clients tied to the running event loop: sharing one across invocations (each with its own
 * `asyncio.run`) fails with "Event loop is closed", so inside a coroutine they are right. */
static const char *const loop_bound_clients[] = {"httpx.AsyncClient", "openai.AsyncOpenAI",
                                                 "anthropic.AsyncAnthropic", NULL};

/* boto3 sessions: `session.client("s3")` builds a new client every time it is called, even when the
 * session itself was made once at module scope. */
static const char *const python_sessions[] = {"boto3.Session", "boto3.session.Session", NULL};

static bool session_client(const ll_module *m, const ll_function *fn, uint32_t at) {
  const ll_call *call = &fn->events[at].as.call;
  if (m->language != LL_LANG_PYTHON || !call->receiver_ctor) return false;
  if (strcmp(call->method, "client") && strcmp(call->method, "resource")) return false;
  if (!ll_callee_is(call->receiver_ctor, python_sessions)) return false;
  /* a session made in this very function is reported itself (`boto3.Session().client(...)`) */
  for (uint32_t e = 0; e < fn->n_events; e++)
    if (fn->events[e].kind == LL_EV_CALL && ll_callee_is(fn->events[e].as.call.callee, python_sessions))
      return false;
  return true;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  const char *const *clients = ll_table_for(tables, m->language);
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f) || !ll_rule_reached_per_invocation(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    if (fn->memoized) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || ev->lazy_guard || ev->as.call.assigned_to_module) continue;
      if (!ll_call_matches(m, (int)f, &ev->as.call, clients) && !session_client(m, fn, e) &&
          !aws_sdk_v2_client(m, &ev->as.call))
        continue;
      if (explicit_credentials(&ev->as.call)) continue;
      if (fn->is_async && ll_callee_is(ev->as.call.callee, loop_bound_clients)) continue;
      /* the service: `client("s3")` or `client(service_name="s3")` */
      const ll_keyword *service = ll_call_keyword(&ev->as.call, "service_name");
      const char *what = ev->as.call.first_string ? ev->as.call.first_string
                         : service && service->literal ? service->literal : NULL;
      ll_rule_report(ctx, m, ev->span,
                     "`%s(%s%s%s)` is created on every invocation; create it once at module scope so "
                     "warm invocations reuse it and its connections",
                     ev->as.call.callee, what ? "\"" : "", what ? what : "", what ? "\"" : "");
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "import { S3Client, GetObjectCommand } from \"@aws-sdk/client-s3\";\n\n"
     "export const handler = async (event) => {\n"
     "  const s3 = new S3Client({});\n"
     "  return s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));\n"
     "};\n",
     "import { S3Client, GetObjectCommand } from \"@aws-sdk/client-s3\";\n\n"
     "const s3 = new S3Client({}); // once per execution environment\n\n"
     "export const handler = async (event) =>\n"
     "  s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));\n"},
    {LL_LANG_RUST,
     "async fn handler(event: LambdaEvent<Request>) -> Result<Value, Error> {\n"
     "    let config = aws_config::load_from_env().await;\n"
     "    let s3 = aws_sdk_s3::Client::new(&config);\n"
     "    get(&s3, &event.payload).await\n"
     "}\n",
     "#[tokio::main]\n"
     "async fn main() -> Result<(), Error> {\n"
     "    let config = aws_config::load_from_env().await; // once per execution environment\n"
     "    let s3 = aws_sdk_s3::Client::new(&config);\n"
     "    run(service_fn(|event| handler(&s3, event))).await\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL302 = {
    .id = "LL302",
    .name = "client-per-invocation",
    .severity = LL_SEVERITY_WARNING,
    .languages = (1u << LL_LANG_COUNT) - 1,
    .summary = "An SDK client, session or connection is created on every invocation.",
    .rationale =
        "Lambda reuses an execution environment for many invocations, and module-scope code runs "
        "once per environment, during init. A client or connection created inside the handler "
        "repeats credential resolution, endpoint setup and the TCP/TLS handshake on every request "
        "(tens to hundreds of milliseconds each time), and per-invocation database connections can "
        "exhaust the server's connection limit under load. AWS's best-practice guide: initialise SDK "
        "clients and database connections outside the function handler.",
    .example = "import boto3\n\n"
               "def lambda_handler(event, context):\n"
               "    s3 = boto3.client(\"s3\")\n"
               "    return s3.get_object(Bucket=event[\"bucket\"], Key=event[\"key\"])\n",
    .fix = "import boto3\n\n"
           "s3 = boto3.client(\"s3\")  # once per execution environment\n\n"
           "def lambda_handler(event, context):\n"
           "    return s3.get_object(Bucket=event[\"bucket\"], Key=event[\"key\"])\n",
    .examples = examples,
    .help = "create the client once at module scope (or lazily behind `if _client is None:` / `if (!client)`)",
    .not_flagged = "Clients created at module scope; behind a lazy-initialisation guard "
                   "on module or class state (`if _client is None:`; a parameter defaulting to None "
                   "is not one: `def f(client=None)` builds a client on every call that passes none); "
                   "assigned to a module-level variable; inside a memoised "
                   "factory (`@functools.lru_cache`); in code no handler reaches (C/C++ `main`); C++ "
                   "function-local statics and `std::call_once` bodies; clients and sessions "
                   "built from explicit temporary credentials (`aws_session_token=` from an assumed "
                   "role), which are per-caller by design; `httpx.AsyncClient` inside an `async def` (bound "
                   "to the invocation's event loop).",
    .check_module = check,
};
