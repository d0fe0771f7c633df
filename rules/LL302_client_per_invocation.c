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
 * `sts.assume_role` of this invocation, also passed as `**creds` in a module that assumes a role or
 * reads `Credentials["AccessKeyId"]` or `creds.get("AccessKeyId")`), and in Python a
 * `requests.Session` built in the function that builds such credentials (signed for that caller):
 * they cannot be hoisted to module scope as they are;
 * asyncio clients (`httpx.AsyncClient`) made inside an `async def`: they are bound to the event loop
 * that the invocation runs and closes, so a module-level one breaks on the next invocation.
 * CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, an event's `RequestType`) and the
 * sibling modules only they reach run
 * a few times per deployment, not per request: nothing there is reported.
 */
#include "rulekit.h"
#include "fix/scan.h"

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
    "anthropic.Anthropic", "anthropic.AsyncAnthropic",
    /* the SageMaker SDK's session builds a boto3 session and its SageMaker clients */
    "sagemaker.Session", "sagemaker.session.Session", NULL};

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
 * aws_sdk_v2_client below), database drivers and HTTP clients. Not `axios.create()`: an axios
 * instance is configuration only; its requests go through Node's global agent (keep-alive by default
 * from Node 19, so on nodejs20.x+), shared by every instance, so one per call repeats no connection
 * set-up. An agent of its own (`httpsAgent: new https.Agent()`) is, and is matched as such. */
static const char *const js_clients[] = {
    "@aws-sdk/client-*Client", "@aws-sdk/lib-dynamodb.DynamoDBDocumentClient.from",
    "@aws-sdk/lib-dynamodb.DynamoDBDocument.from", "aws-sdk/clients/*", "aws-sdk.DynamoDB.DocumentClient",
    "pg.Pool", "pg.Client", "pg.default.Pool", "pg.default.Client", "mysql2.createConnection",
    "mysql2.createPool", "mysql2/promise.createConnection", "mysql2/promise.createPool",
    "mysql.createConnection", "mysql.createPool", "mongoose.connect", "mongoose.createConnection",
    "mongodb.MongoClient", "mongodb.MongoClient.connect", "ioredis", "ioredis.Redis", "ioredis.Cluster",
    "redis.createClient", "@prisma/client.PrismaClient", "https.Agent", "http.Agent",
    "knex", "sequelize.Sequelize", "sequelize", "@elastic/elasticsearch.Client",
    "@opensearch-project/opensearch.Client", "@neondatabase/serverless.Pool", "@planetscale/database.connect",
    "postgres", "kafkajs.Kafka", "amqplib.connect", "openai", "openai.OpenAI", "@anthropic-ai/sdk",
    "stripe", "@google-cloud/*", NULL};

/* Java: database drivers, HTTP clients and caches (AWS SDK clients: java_sdk_client below). */
static const char *const java_clients[] = {
    "java.sql.DriverManager.getConnection", "DriverManager.getConnection",
    "java.net.http.HttpClient.newHttpClient", "java.net.http.HttpClient.newBuilder().build",
    "java.net.http.HttpClient.newBuilder()*.build", "okhttp3.OkHttpClient", "com.zaxxer.hikari.HikariDataSource",
    "com.mongodb.client.MongoClients.create", "com.mongodb.MongoClient", "redis.clients.jedis.Jedis",
    "redis.clients.jedis.JedisPool", "redis.clients.jedis.JedisPooled", "io.lettuce.core.RedisClient.create",
    "org.apache.http.impl.client.HttpClients.createDefault", "org.apache.http.impl.client.HttpClients.custom()*.build",
    "org.apache.hc.client5.http.impl.classic.HttpClients.createDefault",
    "org.apache.http.impl.client.HttpClientBuilder.create()*.build", NULL};

static bool ends_with(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n >= k && strncmp(s + n - k, suffix, k) == 0;
}

/* Whether the module imports a whole AWS SDK package (`import software.amazon.awssdk.services.s3.*;`). */
static bool aws_wildcard(const ll_module *m) {
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (!m->imports[i].alias && m->imports[i].module &&
        (!strncmp(m->imports[i].module, "software.amazon.awssdk.", 23) ||
         !strncmp(m->imports[i].module, "com.amazonaws.", 14)))
      return true;
  return false;
}

/* An AWS SDK for Java client: v2 `S3Client.create()`, `S3Client.builder()…build()`, v1
 * `AmazonS3ClientBuilder.defaultClient()` / `.standard()…build()`, `new AmazonS3Client()` / `new
 * AWSLambdaClient()`. Request builders (`GetObjectRequest.builder()…build()`) and the DynamoDB
 * enhanced client (a thin wrapper over a client passed in) are not clients. */
static bool java_sdk_client(const ll_module *m, const ll_call *call) {
  const char *c = call->callee;
  if (m->language != LL_LANG_JAVA) return false;
  if (strncmp(c, "software.amazon.awssdk.", 23) && strncmp(c, "com.amazonaws.", 14) &&
      !(c[0] >= 'A' && c[0] <= 'Z' && aws_wildcard(m)))
    return false;
  const char *paren = strstr(c, "()");
  size_t class_end;
  if (paren) { /* X.builder()….build, X.standard()….build */
    const char *method = paren;
    while (method > c && method[-1] != '.') method--;
    size_t mlen = (size_t)(paren - method);
    bool builder = (mlen == 7 && !strncmp(method, "builder", 7)) || (mlen == 8 && !strncmp(method, "standard", 8));
    if (!builder || !ll_streq(call->method, "build") || method == c) return false;
    class_end = (size_t)(method - 1 - c);
  } else if (ll_streq(call->method, "create") || ll_streq(call->method, "defaultClient")) {
    class_end = (size_t)(call->method - 1 - c);
  } else if (!strncmp(call->method, "Amazon", 6) || !strncmp(call->method, "AWS", 3)) { /* v1 constructor: AmazonS3Client, AWSLambdaClient */
    class_end = strlen(c);
  } else {
    return false;
  }
  if (ends_with(c, class_end, "EnhancedClient") || ends_with(c, class_end, "EnhancedAsyncClient")) return false;
  return ends_with(c, class_end, "Client") || ends_with(c, class_end, "ClientBuilder");
}

/* A message-broker connection: JMS `factory.createConnection()` (ActiveMQ, Amazon MQ, SQS's JMS
 * library: any `…ConnectionFactory`), RabbitMQ's `factory.newConnection()`. */
static bool java_broker_connection(const ll_module *m, const ll_call *call) {
  const char *r = call->receiver_ctor;
  size_t n = r ? strlen(r) : 0;
  if (m->language != LL_LANG_JAVA || !ends_with(r ? r : "", n, "ConnectionFactory")) return false;
  if (ll_streq(call->method, "newConnection")) return !strncmp(r, "com.rabbitmq.", 13);
  return ll_streq(call->method, "createConnection") || ll_streq(call->method, "createQueueConnection") ||
         ll_streq(call->method, "createTopicConnection") || ll_streq(call->method, "createContext");
}

/* Rust: the SDK's shared config and service clients, reqwest, sqlx pools, tokio-postgres, redis,
 * mongodb, and a tokio runtime (names as the Rust front-end qualifies them, "::"-separated; a
 * builder chain keeps its calls: "reqwest::Client::builder()::build"). */
static const char *const rust_clients[] = {
    "aws_config::load_defaults", "aws_config::load_from_env", "aws_config::from_env()::load",
    "aws_config::defaults()::load", "aws_config::from_env()::region()::load", "aws_config::defaults()*::load",
    "aws_config::from_env()*::load", "aws_sdk_*::Client::new",
    "aws_sdk_*::Client::from_conf", "reqwest::Client::new", "reqwest::Client::builder()::build",
    "reqwest::Client::builder()*::build", "reqwest::ClientBuilder::new()*::build",
    "reqwest::ClientBuilder::new()::build", "reqwest::get",
    /* the synchronous client (`reqwest::Client` before 0.10): a connection pool and its thread */
    "reqwest::blocking::Client::new", "reqwest::blocking::Client::builder()::build",
    "reqwest::blocking::Client::builder()*::build", "reqwest::blocking::ClientBuilder::new()*::build",
    "reqwest::blocking::ClientBuilder::new()::build", "reqwest::blocking::get", "sqlx::PgPool::connect", "sqlx::MySqlPool::connect",
    "sqlx::postgres::PgPool::connect", "sqlx::postgres::PgPoolOptions::new()::connect", "sqlx::postgres::PgPoolOptions::new()*::connect",
    "sqlx::PgPoolOptions::new()*::connect", "sqlx::pool::PoolOptions::new()*::connect",
    "sqlx::mysql::MySqlPoolOptions::new()*::connect", "sqlx::PgPool::connect_with", "sqlx::postgres::PgPool::connect_with", "sqlx::PgConnection::connect",
    "sqlx::mysql::MySqlPoolOptions::new()::connect", "tokio_postgres::connect", "redis::Client::open",
    "mongodb::Client::with_uri_str", "tokio::runtime::Runtime::new", "tokio::runtime::Builder::new_current_thread()::build",
    "tokio::runtime::Builder::new_multi_thread()::build",
    /* rusoto, the SDK before aws-sdk-rust: `rusoto_dynamodb::DynamoDbClient::new(Region::UsEast1)` */
    "rusoto_*Client::new", "rusoto_*Client::new_with",
    /* other connections and API clients: a tonic gRPC client (`CartServiceClient::connect(url)`,
     * generated, so any path), alloy Ethereum providers, object_store's S3 store, the rusoto
     * DynamoDB lock client, async-openai (a reqwest client inside) */
    "*Client::connect", "alloy::providers::ProviderBuilder::new()*connect_http",
    "alloy::providers::ProviderBuilder::new()*::on_http", "alloy::providers::ProviderBuilder::new()*::connect",
    "object_store::aws::AmazonS3Builder::*::build", "object_store::gcp::GoogleCloudStorageBuilder::*::build",
    "object_store::azure::MicrosoftAzureBuilder::*::build", "dynamodb_lock::DynamoDbLockClient::for_region",
    "dynamodb_lock::DynamoDbLockClient::new", "async_openai::Client::new", "async_openai::Client::with_config", NULL};

/* A v3 aggregated client: `new SES()` from `@aws-sdk/client-ses` (a capitalised export that is no
 * command, exception or `…Client`, those being matched or not clients). */
static bool aws_sdk_v3_aggregated(const char *callee) {
  static const char prefix[] = "@aws-sdk/client-";
  if (strncmp(callee, prefix, sizeof(prefix) - 1)) return false;
  const char *dot = strchr(callee + sizeof(prefix) - 1, '.'), *service = dot ? dot + 1 : NULL;
  if (!service || service[0] < 'A' || service[0] > 'Z' || strchr(service, '.')) return false;
  size_t n = strlen(service);
  static const char *const not_clients[] = {"Command", "Exception", "Error", "Client", NULL};
  for (const char *const *s = not_clients; *s; s++)
    if (n >= strlen(*s) && !strcmp(service + n - strlen(*s), *s)) return false;
  return true;
}

/* `new AWS.S3()`, `new AWS.DynamoDB()`: a service of the v2 SDK (a capitalised member of aws-sdk),
 * or a v3 aggregated client. */
static bool aws_sdk_v2_client(const ll_module *m, const ll_call *call) {
  static const char prefix[] = "aws-sdk.";
  if (!ll_is_js(m)) return false;
  if (aws_sdk_v3_aggregated(call->callee)) return true;
  if (strncmp(call->callee, prefix, sizeof(prefix) - 1)) return false;
  const char *service = call->callee + sizeof(prefix) - 1;
  if (service[0] < 'A' || service[0] > 'Z' || strchr(service, '.')) return false;
  /* only service clients: not the SDK's request, endpoint, credential and configuration classes */
  static const char *const utilities[] = {"Config", "Endpoint", "HttpRequest", "HttpResponse", "HttpClient",
                                          "Request", "Response", "Service", "MetadataService",
                                          "SequentialExecutor", "ParamValidator", "ResourceWaiter", "Token",
                                          "TokenProviderChain", "CredentialProviderChain", "IniLoader", NULL};
  size_t n = strlen(service);
  return !ll_callee_is(service, utilities) && !(n > 11 && !strcmp(service + n - 11, "Credentials")) &&
         !(n > 13 && !strcmp(service + n - 13, "TokenProvider"));
}

/* Whether the client built by event `e` of `fn` is an argument of another client construction that
 * starts before it (`DynamoDBDocumentClient.from(new DynamoDBClient({}))`): one finding, the outer. */
static bool inside_client_call(const ll_module *m, int f, const ll_function *fn, uint32_t e,
                               const char *const *clients) {
  const ll_span *in = &fn->events[e].span;
  for (uint32_t o = 0; o < fn->n_events; o++) {
    const ll_event *ev = &fn->events[o];
    if (o == e || ev->kind != LL_EV_CALL || ev->span.start_byte > in->start_byte ||
        ev->span.end_byte < in->end_byte || (ev->span.start_byte == in->start_byte && ev->span.end_byte == in->end_byte))
      continue;
    if (ll_call_matches(m, f, &ev->as.call, clients) || aws_sdk_v2_client(m, &ev->as.call)) return true;
  }
  return false;
}

/* Go (import paths: see src/frontend/go.c): SDK v2 config and clients, SDK v1 sessions and
 * clients, database drivers (`sql.Open`, its connector form `sql.OpenDB`, pgx, go-pg, gorm),
 * Redis, MongoDB, gRPC, and an `http.Client` literal. */
static const char *const go_clients[] = {
    "github.com/aws/aws-sdk-go-v2/config.LoadDefaultConfig", "github.com/aws/aws-sdk-go-v2/service/*.NewFromConfig",
    "github.com/aws/aws-sdk-go-v2/service/*.New", "github.com/aws/aws-sdk-go/aws/session.NewSession",
    "github.com/aws/aws-sdk-go/aws/session.New", "github.com/aws/aws-sdk-go/aws/session.NewSessionWithOptions",
    "github.com/aws/aws-sdk-go/service/*.New", "database/sql.Open", "database/sql.OpenDB", "github.com/jmoiron/sqlx.Open",
    "github.com/jmoiron/sqlx.Connect", "github.com/jackc/pgx/*.Connect", "github.com/jackc/pgx/*/pgxpool.New",
    "github.com/jackc/pgx/*/pgxpool.Connect", "github.com/jackc/pgx/*/pgxpool.NewWithConfig",
    "github.com/go-redis/redis.NewClient", "github.com/go-redis/redis/*.NewClient",
    "github.com/redis/go-redis/*.NewClient", "github.com/jackc/pgx.Connect",
    "github.com/olivere/elastic.NewClient", "github.com/olivere/elastic/*.NewClient",
    "github.com/elastic/go-elasticsearch/*.NewClient", "github.com/elastic/go-elasticsearch/*.NewDefaultClient",
    "github.com/go-redis/redis/*.NewClusterClient", "github.com/redis/go-redis/*.NewClusterClient",
    "go.mongodb.org/mongo-driver/mongo.Connect", "go.mongodb.org/mongo-driver/*/mongo.Connect",
    "go.mongodb.org/mongo-driver/mongo.NewClient", "google.golang.org/grpc.Dial",
    "google.golang.org/grpc.DialContext", "google.golang.org/grpc.NewClient", "gorm.io/gorm.Open",
    "github.com/go-pg/pg.Connect", "github.com/go-pg/pg/*.Connect",
    "net/http.Client", NULL};

static const char *const *const tables[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = python_clients,
    [LL_LANG_JAVASCRIPT] = js_clients,
    [LL_LANG_TYPESCRIPT] = js_clients,
    [LL_LANG_GO] = go_clients,
    [LL_LANG_C] = c_family_clients,
    [LL_LANG_CPP] = c_family_clients,
    [LL_LANG_RUST] = rust_clients,
    [LL_LANG_JAVA] = java_clients,
};

/* boto3 sessions: `session.client("s3")` builds a new client every time it is called, even when the
 * session itself was made once at module scope. */
static const char *const python_sessions[] = {"boto3.Session", "boto3.session.Session", NULL};

/* Whether the module obtains temporary credentials: an STS call that returns them, or a read of
 * their keys (`resp["Credentials"]`, `creds["AccessKeyId"]`). */
static bool module_has_temporary_credentials(const ll_module *m) {
  static const char *const sts_methods[] = {"assume_role", "assume_role_with_web_identity",
                                            "assume_role_with_saml", "get_session_token",
                                            "get_federation_token", NULL};
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && ll_callee_is(ev->as.call.method, sts_methods)) return true;
      if (ev->kind == LL_EV_KEY_READ && ev->name &&
          (ll_streq(ev->name, "Credentials") || ll_streq(ev->name, "AccessKeyId")))
        return true;
    }
  return false;
}

/* Built from credentials passed in by the code (an assumed role's keys): per-caller by design.
 * Python also `boto3.Session(**creds)` / `Session(key, secret, token)` in a module that assumes a
 * role or reads the credentials' keys. */
static bool explicit_credentials(const ll_module *m, const ll_call *call) {
  if (ll_call_keyword(call, "aws_session_token") || ll_call_keyword(call, "aws_access_key_id") ||
      ll_call_keyword(call, "aws_secret_access_key"))
    return true;
  if (m->language != LL_LANG_PYTHON) return false;
  bool positional_keys = ll_callee_is(call->callee, python_sessions) ? call->n_positional >= 2
                                                                     : call->n_positional >= 7;
  return (call->has_splat_kwargs || positional_keys) && module_has_temporary_credentials(m);
}

/* Python: whether function `fn` also builds something from explicit credentials
 * (`boto3.Session(aws_access_key_id=creds.get("AccessKeyId"), …)` feeding an `AWS4Auth`) in a module
 * that obtains temporary ones: an HTTP session it builds carries a per-caller signature. */
static bool signs_with_caller_credentials(const ll_module *m, const ll_function *fn) {
  if (m->language != LL_LANG_PYTHON) return false;
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_call *call = fn->events[e].kind == LL_EV_CALL ? &fn->events[e].as.call : NULL;
    if (call && (ll_call_keyword(call, "aws_session_token") || ll_call_keyword(call, "aws_access_key_id")))
      return module_has_temporary_credentials(m);
  }
  return false;
}

static const char *const python_http_sessions[] = {"requests.Session", "requests.session",
                                                   "requests.sessions.Session", NULL};

/* Clients tied to the running event loop: sharing one across invocations (each with its own
 * `asyncio.run`) fails with "Event loop is closed", so inside a coroutine they are right. */
static const char *const loop_bound_clients[] = {"httpx.AsyncClient", "openai.AsyncOpenAI",
                                                 "anthropic.AsyncAnthropic", NULL};


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

/* ---- the fix: build the client once, at module scope ------------------------------------------ */

/* The call `ev` of function `fn` is replaced by a module-level name holding the same call, defined
 * after the imports and module names it reads: `s3 = boto3.client("s3")` in the handler becomes
 * `s3 = _S3_CLIENT` under `_S3_CLIENT = boto3.client("s3")`. Offered only for AWS SDK clients
 * (database connections have connect/close life cycles), built unconditionally, outside loops and
 * `with`, from constants, imports and module-level names the function does not rebind, in a function
 * that module-level code does not call, and whose result is not closed or reassigned there.
 * Unsafe: the client is now built while the module is imported (an error there — no region in a
 * test run — fails the import instead of one invocation) and is shared by all invocations. */

typedef struct {
  const ll_module *m;
  const ll_function *fn;
  bool python;
  uint32_t insert_at; /* after the statements defining every name the call reads */
} hoist_check;

/* Whether the name `name` (n bytes) that the call reads is a module-level import or constant-like
 * binding, defined once at the top level before anything calls the function, and not rebound by it. */
static bool module_level_name(const char *name, size_t n, void *user) {
  hoist_check *c = user;
  char buf[128];
  if (n >= sizeof buf) return false;
  memcpy(buf, name, n);
  buf[n] = '\0';
  if (!c->python && ll_streq(buf, "process")) return true; /* process.env: fixed for the environment */
  for (uint32_t p = 0; p < c->fn->n_params; p++)
    if (ll_streq(c->fn->params[p], buf)) return false;
  if (ll_scan_binds(c->m->source, c->fn->span.start_byte, c->fn->span.end_byte, buf, c->python)) return false;
  const ll_import *imp = ll_module_import_for_alias(c->m, buf);
  uint32_t at = 0, defined = 0;
  if (imp) {
    if (imp->function != 0 || imp->guarded) return false;
    at = imp->span.start_byte;
  }
  for (uint32_t b = 0; b < c->m->n_bindings && !imp; b++) {
    const ll_binding *binding = &c->m->bindings[b];
    if (!ll_streq(binding->name, buf)) continue;
    if (binding->kind == LL_BIND_FUNCTION || binding->kind == LL_BIND_CLASS)
      return false; /* calling it at import could do anything */
    at = binding->span.start_byte;
    defined++;
  }
  if (!imp && defined != 1) return false;
  for (uint32_t f = 1; f < c->m->n_functions; f++) /* `global name; name = …` somewhere */
    for (uint32_t e = 0; e < c->m->functions[f].n_events; e++) {
      const ll_event *ev = &c->m->functions[f].events[e];
      if (ev->kind == LL_EV_MODULE_WRITE && ev->as.write.name && ll_streq(ev->as.write.name, buf)) return false;
    }
  uint32_t line = ll_scan_line_start(c->m->source, at);
  if (c->m->source[line] == ' ' || c->m->source[line] == '\t') return false; /* under an if / try */
  uint32_t end = ll_scan_statement_end(c->m->source, c->m->source_len, line, c->python);
  if (end > c->insert_at) c->insert_at = end;
  return true;
}

/* ll_rule_visit_reached's visitor: stops at the function being fixed. */
static bool is_function(const ll_module *module, int fn, void *user) {
  const hoist_check *c = user;
  return module == c->m && fn >= 0 && &module->functions[fn] == c->fn;
}

/* Whether the function closes, connects or rebinds what the call built. */
static bool result_managed(const ll_module *m, const ll_function *fn, const ll_call *call, bool python) {
  static const char *const life_cycle[] = {"close", "end", "quit", "disconnect", "destroy", "shutdown", "connect",
                                           "__exit__", NULL};
  const char *var = call->assigned_to;
  if (var && ll_scan_binds(m->source, fn->span.start_byte, fn->span.end_byte, var, python) > 1) return true;
  size_t n = var ? strlen(var) : 0;
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_CALL || !ll_callee_is(ev->as.call.method, life_cycle)) continue;
    if (var && !strncmp(ev->as.call.callee, var, n) && ev->as.call.callee[n] == '.') return true;
    if (ev->as.call.receiver_ctor && ll_streq(ev->as.call.receiver_ctor, call->callee)) return true;
  }
  return false;
}

/* A module-level name for the client that the file does not use yet: `_S3_CLIENT` (Python),
 * `s3Client` (JS); false when none is free. */
static bool hoisted_name(const ll_module *m, const ll_call *call, bool python, char *out, size_t size) {
  char base[64] = "";
  size_t k = 0;
  if (python) {
    const ll_keyword *service = ll_call_keyword(call, "service_name");
    const char *what = call->first_string ? call->first_string : service && service->literal ? service->literal : "boto3";
    const char *kind = ll_streq(call->method, "resource") ? "RESOURCE" : ll_streq(call->method, "client") ? "CLIENT" : "SESSION";
    base[k++] = '_';
    for (const char *p = what; *p && k + 12 < sizeof base; p++)
      base[k++] = (*p >= 'a' && *p <= 'z') ? (char)(*p - 'a' + 'A') : ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')) ? *p : '_';
    snprintf(base + k, sizeof base - k, "_%s", kind);
  } else {
    /* the class: "@aws-sdk/client-s3.S3Client" → S3Client; "….DynamoDBDocumentClient.from" → DynamoDBDocumentClient */
    const char *callee = call->callee, *end = callee + strlen(callee);
    if (ll_streq(call->method, "from") && end - callee > 5) end -= 5;
    const char *start = end;
    while (start > callee && start[-1] != '.' && start[-1] != '/') start--;
    size_t n = (size_t)(end - start), upper = 0;
    if (!n || n > 40) return false;
    while (upper < n && start[upper] >= 'A' && start[upper] <= 'Z') upper++;
    size_t lower = upper > 1 && upper < n ? upper - 1 : upper; /* SQSClient → sqsClient, S3Client → s3Client */
    for (size_t i = 0; i < n; i++)
      base[k++] = i < lower && start[i] >= 'A' && start[i] <= 'Z' ? (char)(start[i] - 'A' + 'a') : start[i];
    base[k] = '\0';
    if (k < 6 || strcmp(base + k - 6, "Client")) snprintf(base + k, sizeof base - k, "Client");
  }
  for (int i = 1; i < 10; i++) {
    if (i == 1) snprintf(out, size, "%s", base);
    else snprintf(out, size, "%s%s%d", base, python ? "_" : "", i);
    if (!ll_scan_has_identifier(m->source, m->source_len, out)) return true;
  }
  return false;
}

/* Whether the statement holding the call sits in the function's own block, not in a nested one
 * (`try:`, `with`, `if`, a loop: the lowering marks some of these, not all): Python, at the
 * indentation of the body's first statement and outside brackets; JS, one brace deep. */
static bool in_function_block(const ll_module *m, const ll_function *fn, uint32_t at, bool python) {
  uint32_t line = ll_scan_line_start(m->source, at);
  if (!python) return ll_scan_bracket_depth(m->source, fn->span.start_byte, at, false) == 1;
  uint32_t body = ll_scan_block_start(m->source, m->source_len, fn->name_span.end_byte), first = 0, indent = 0;
  if (!body || line < body || !ll_scan_block_insert(m->source, m->source_len, body, &first, &indent)) return false;
  uint32_t own = 0;
  while (m->source[line + own] == ' ' || m->source[line + own] == '\t') own++;
  return own == indent && ll_scan_bracket_depth(m->source, body, line, true) == 0;
}

/* Whether the module sets environment variables (credentials, a region) that a client built later
 * in the invocation picks up: built at import, it would not see them. */
static bool module_writes_environment(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++)
      if (m->functions[f].events[e].kind == LL_EV_ENV_WRITE) return true;
  return false;
}

/* A module-level name already bound to this very call (`s3 = boto3.client("s3")` at the top, written
 * the same way), which the function can use instead of building a new one; false when none. */
static bool existing_module_client(const hoist_check *c, const ll_call *call, uint32_t start, uint32_t end, char *out,
                                   size_t size) {
  const ll_module *m = c->m;
  for (uint32_t b = 0; b < m->n_bindings; b++) {
    const ll_binding *binding = &m->bindings[b];
    if (binding->kind != LL_BIND_CALL || !binding->value_callee || !ll_streq(binding->value_callee, call->callee)) continue;
    uint32_t line = ll_scan_line_start(m->source, binding->span.start_byte);
    const char *p = m->source + line;
    if (!c->python && !strncmp(p, "const ", 6)) p += 6;
    size_t n = strlen(binding->name);
    if (p != m->source + binding->span.start_byte || strncmp(p, binding->name, n) || strncmp(p + n, " = ", 3)) continue;
    p += n + 3;
    if (strncmp(p, m->source + start, end - start) || !strchr(";\r\n", p[end - start] ? p[end - start] : '\n')) continue;
    if (module_level_name(binding->name, n, (void *)c) && n < size) {
      snprintf(out, size, "%s", binding->name);
      return true;
    }
  }
  return false;
}

static void fix_hoist(ll_rule_ctx *ctx, const ll_module *m, const ll_function *fn, const ll_event *ev, bool sdk) {
  const ll_call *call = &ev->as.call;
  bool python = m->language == LL_LANG_PYTHON;
  if (module_has_temporary_credentials(m) || module_writes_environment(m)) return;
  if (!sdk || (!python && !ll_is_js(m)) || ev->conditional || ev->loop_depth || ev->lazy_guard || ev->in_except ||
      call->with_managed || call->has_splat_kwargs || result_managed(m, fn, call, python))
    return;
  if (!in_function_block(m, fn, ev->span.start_byte, python)) return;
  hoist_check c = {m, fn, python, 0};
  /* after the imports at the top (unindented, unguarded), where module-level clients usually are */
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    uint32_t line = ll_scan_line_start(m->source, imp->span.start_byte);
    if (imp->function != 0 || imp->guarded || m->source[line] == ' ' || m->source[line] == '\t') continue;
    uint32_t after = ll_scan_statement_end(m->source, m->source_len, line, python);
    if (after > c.insert_at && after <= fn->span.start_byte) c.insert_at = after;
  }
  /* JS: type-only imports the IR leaves out (`import type { … }`) are imports all the same */
  while (!python && c.insert_at && c.insert_at < fn->span.start_byte && !strncmp(m->source + c.insert_at, "import ", 7))
    c.insert_at = ll_scan_statement_end(m->source, m->source_len, c.insert_at, false);
  uint32_t start = ev->span.start_byte, end = ev->span.end_byte;
  if (end <= start || end > m->source_len || m->source[end - 1] != ')') return;
  if (!ll_scan_expression_names(m->source, start, end, python, module_level_name, &c) || !c.insert_at) return;
  if (c.insert_at > fn->span.start_byte || ll_rule_visit_reached(ctx, m, 0, is_function, &c)) return;
  char name[80], title[128];
  hoist_check reuse = {m, fn, python, 0};
  if (existing_module_client(&reuse, call, start, end, name, sizeof name)) {
    snprintf(title, sizeof title, "Use the module-level `%s`", name);
    ll_rule_edit edit = {start, end, name};
    ll_rule_fix(ctx, m, true, title, &edit, 1);
    return;
  }
  if (!hoisted_name(m, call, python, name, sizeof name)) return;
  char definition[1200];
  if (end - start > 1000) return;
  if (python) snprintf(definition, sizeof definition, "%s = %.*s\n", name, (int)(end - start), m->source + start);
  else snprintf(definition, sizeof definition, "const %s = %.*s;\n", name, (int)(end - start), m->source + start);
  snprintf(title, sizeof title, "Build it once at module scope as `%s`", name);
  ll_rule_edit edits[2] = {{c.insert_at, c.insert_at, definition}, {start, end, name}};
  ll_rule_fix(ctx, m, true, title, edits, 2);
}

/* Whether a Python module is a Secrets Manager rotation function: it reads the event's `Step` and
 * `ClientRequestToken`. Its database connections log in with the secret being rotated (the pending
 * password in setSecret/testSecret), so one kept at module scope would hold stale credentials; and
 * Secrets Manager invokes it four times per rotation, not per request. */
static bool rotation_module(const ll_module *m) {
  bool step = false, token = false;
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind != LL_EV_KEY_READ || !ev->name) continue;
      step |= ll_streq(ev->name, "Step");
      token |= ll_streq(ev->name, "ClientRequestToken");
    }
  return step && token;
}

/* Fixes offered per module and run: each costs scans of the file, and --fix takes several passes. */
enum { MAX_FIXES = 64 };

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  const char *const *clients = ll_table_for(tables, m->language);
  unsigned fixes_offered = 0;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f) || !ll_rule_reached_per_invocation(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    if (fn->memoized) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || ev->lazy_guard || ev->as.call.assigned_to_module) continue;
      bool session = session_client(m, fn, e), v2 = aws_sdk_v2_client(m, &ev->as.call);
      if (!ll_call_matches(m, (int)f, &ev->as.call, clients) && !session && !v2 && !java_sdk_client(m, &ev->as.call) &&
          !java_broker_connection(m, &ev->as.call))
        continue;
      if (explicit_credentials(m, &ev->as.call)) continue;
      /* Java: a client rebuilt in a `catch` (the old one was shut down): a recovery path, not per invocation */
      if (m->language == LL_LANG_JAVA && ev->in_except) continue;
      if (m->language == LL_LANG_PYTHON && !session && !ll_qname_has_prefix(ev->as.call.callee, "boto3") &&
          !ll_qname_has_prefix(ev->as.call.callee, "botocore") && !ll_qname_has_prefix(ev->as.call.callee, "aioboto3") &&
          rotation_module(m))
        continue; /* a database login with the secret being rotated */
      if (ll_callee_is(ev->as.call.callee, python_http_sessions) && signs_with_caller_credentials(m, fn)) continue;
      if (ll_is_js(m) && inside_client_call(m, (int)f, fn, e, clients)) continue;
      if (fn->is_async && ll_callee_is(ev->as.call.callee, loop_bound_clients)) continue;
      if (ll_custom_resource_code(ctx, m, (int)f)) break; /* runs a few times per deployment */
      /* the service: `client("s3")` or `client(service_name="s3")` */
      const ll_keyword *service = ll_call_keyword(&ev->as.call, "service_name");
      const char *what = ev->as.call.first_string ? ev->as.call.first_string
                         : service && service->literal ? service->literal : NULL;
      /* Rust has no module scope: the place is `main` (or a lazy static) */
      const char *once_where = m->language == LL_LANG_RUST
                                   ? "in `main` before `run(service_fn(…))` (or in a `OnceCell`/`LazyLock` static)"
                                   : m->language == LL_LANG_JAVA ? "in a static field or the handler's constructor"
                                   : m->language == LL_LANG_GO   ? "in `main` or `init` (or in a package-level variable behind a "
                                                                   "nil check or `sync.Once`)"
                                                                 : "at module scope";
      ll_rule_report(ctx, m, ev->span,
                     "`%s(%s%s%s)` is created on every invocation; create it once %s so "
                     "warm invocations reuse it and its connections",
                     ev->as.call.callee, what ? "\"" : "", what ? what : "", what ? "\"" : "", once_where);
      bool sdk = session || v2 || ll_qname_has_prefix(ev->as.call.callee, "boto3") ||
                 !strncmp(ev->as.call.callee, "@aws-sdk/", 9) || !strncmp(ev->as.call.callee, "aws-sdk.", 8);
      if (fixes_offered++ < MAX_FIXES) fix_hoist(ctx, m, fn, ev, sdk);
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
    {LL_LANG_GO,
     "func handler(ctx context.Context, ev Event) error {\n"
     "	cfg, err := config.LoadDefaultConfig(ctx)\n"
     "	if err != nil {\n"
     "		return err\n"
     "	}\n"
     "	db := dynamodb.NewFromConfig(cfg)\n"
     "	_, err = db.PutItem(ctx, ev.Item())\n"
     "	return err\n"
     "}\n",
     "var db *dynamodb.Client\n"
     "\n"
     "func init() {\n"
     "	cfg, err := config.LoadDefaultConfig(context.Background())\n"
     "	if err != nil {\n"
     "		log.Fatal(err)\n"
     "	}\n"
     "	db = dynamodb.NewFromConfig(cfg) // once per execution environment\n"
     "}\n"
     "\n"
     "func handler(ctx context.Context, ev Event) error {\n"
     "	_, err := db.PutItem(ctx, ev.Item())\n"
     "	return err\n"
     "}\n"},
    {LL_LANG_JAVA,
     "public class Handler implements RequestHandler<Map<String, String>, String> {\n"
     "  public String handleRequest(Map<String, String> event, Context context) {\n"
     "    S3Client s3 = S3Client.builder().region(Region.US_EAST_1).build();\n"
     "    return s3.getObjectAsBytes(b -> b.bucket(event.get(\"bucket\")).key(event.get(\"key\"))).asUtf8String();\n"
     "  }\n"
     "}\n",
     "public class Handler implements RequestHandler<Map<String, String>, String> {\n"
     "  private static final S3Client S3 = S3Client.builder().region(Region.US_EAST_1).build(); // once\n\n"
     "  public String handleRequest(Map<String, String> event, Context context) {\n"
     "    return S3.getObjectAsBytes(b -> b.bucket(event.get(\"bucket\")).key(event.get(\"key\"))).asUtf8String();\n"
     "  }\n"
     "}\n"},
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
    {LL_LANG_CPP,
     "static invocation_response handler(invocation_request const &req) {\n"
     "  Aws::Client::ClientConfiguration config;\n"
     "  Aws::DynamoDB::DynamoDBClient db(config); // TLS and credentials on every invocation\n"
     "  return put_order(db, req.payload);\n"
     "}\n",
     "int main() {\n"
     "  Aws::SDKOptions options;\n"
     "  Aws::InitAPI(options);\n"
     "  {\n"
     "    Aws::Client::ClientConfiguration config;\n"
     "    Aws::DynamoDB::DynamoDBClient db(config); // once per execution environment\n"
     "    run_handler([&](invocation_request const &req) { return put_order(db, req.payload); });\n"
     "  }\n"
     "  Aws::ShutdownAPI(options);\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

#define C_FAMILY_HELP "create the client once per execution environment: a function-local `static` (initialised " \
                      "once, thread-safe) or `std::call_once`, or in `main` before the runtime loop and passed in"
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = "create the client once at module scope, or lazily behind `if _client is None:` on a "
                       "module-level name",
    [LL_LANG_JAVASCRIPT] = "create the client once at module scope (outside the handler function); the "
                           "environment reuses it on warm invocations",
    [LL_LANG_TYPESCRIPT] = "create the client once at module scope (outside the handler function); the "
                           "environment reuses it on warm invocations",
    [LL_LANG_GO] = "create the client once in `main` or `init` (or a package-level var behind `sync.Once`) "
                   "and let the handler use it",
    [LL_LANG_RUST] = "create the client once in `main` before `run(service_fn(…))` and pass a reference into "
                     "the closure (or a `OnceCell`/`LazyLock` static built without `block_on`)",
    [LL_LANG_JAVA] = "create the client once in a static or instance field initialiser or the constructor "
                     "(the handler object is reused), not in handleRequest",
    [LL_LANG_C] = C_FAMILY_HELP,
    [LL_LANG_CPP] = C_FAMILY_HELP,
};

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
    .help = "create the client once per execution environment, outside the handler (module scope, a static or "
            "field, `init`/`main`), or lazily once",
    .help_by_language = help_by_language,
    .not_flagged = "Clients created at module scope; behind a lazy-initialisation guard "
                   "on module or class state (`if _client is None:`; a parameter defaulting to None "
                   "is not one: `def f(client=None)` builds a client on every call that passes none); "
                   "assigned to a module-level variable; inside a memoised "
                   "factory (`@functools.lru_cache`); in code no handler reaches (C/C++ `main`); C++ "
                   "function-local statics and `std::call_once` bodies; clients and sessions "
                   "built from explicit temporary credentials (`aws_session_token=` from an assumed "
                   "role, or `**creds` / `creds[\"AccessKeyId\"]` / `creds.get(\"AccessKeyId\")` in a module that assumes one), which are per-caller by design, and (Python) a `requests.Session` built in the same function as such credentials (its `AWS4Auth` signs for that caller); `httpx.AsyncClient` inside an `async def` (bound "
                   "to the invocation's event loop); JavaScript `axios.create()` (an instance is configuration; "
                   "its requests share Node's global keep-alive agent, so one per call costs no connection "
                   "set-up — an `https.Agent` per call is reported);"
                   " CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, code reading the event's `RequestType`, and what only they reach in sibling modules): they run a few times per deployment, not per request;"
                   " (Python) database connections in a Secrets Manager rotation function (it reads the event's `Step` and `ClientRequestToken`): they log in with the secret being rotated, so a module-scope connection would keep stale credentials (its AWS SDK clients are still reported).",
    .check_module = check,
};
