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
 * reads `Credentials["AccessKeyId"]`): they cannot be hoisted to module scope as they are;
 * asyncio clients (`httpx.AsyncClient`) made inside an `async def`: they are bound to the event loop
 * that the invocation runs and closes, so a module-level one breaks on the next invocation.
 * CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, an event's `RequestType`) and the
 * sibling modules only they reach run
 * a few times per deployment, not per request: nothing there is reported.
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
 * `AmazonS3ClientBuilder.defaultClient()` / `.standard()…build()`, `new AmazonS3Client()`. Request
 * builders (`GetObjectRequest.builder()…build()`) and the DynamoDB enhanced client (a thin wrapper
 * over a client passed in) are not clients. */
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
  } else if (call->method[0] == 'A' && !strncmp(call->method, "Amazon", 6)) { /* v1 constructor */
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
    "reqwest::ClientBuilder::new()::build", "reqwest::get", "sqlx::PgPool::connect", "sqlx::MySqlPool::connect",
    "sqlx::postgres::PgPool::connect", "sqlx::postgres::PgPoolOptions::new()::connect", "sqlx::postgres::PgPoolOptions::new()*::connect",
    "sqlx::PgPoolOptions::new()*::connect", "sqlx::pool::PoolOptions::new()*::connect",
    "sqlx::mysql::MySqlPoolOptions::new()*::connect", "sqlx::PgPool::connect_with", "sqlx::postgres::PgPool::connect_with", "sqlx::PgConnection::connect",
    "sqlx::mysql::MySqlPoolOptions::new()::connect", "tokio_postgres::connect", "redis::Client::open",
    "mongodb::Client::with_uri_str", "tokio::runtime::Runtime::new", "tokio::runtime::Builder::new_current_thread()::build",
    "tokio::runtime::Builder::new_multi_thread()::build",
    /* rusoto, the SDK before aws-sdk-rust: `rusoto_dynamodb::DynamoDbClient::new(Region::UsEast1)` */
    "rusoto_*Client::new", "rusoto_*Client::new_with", NULL};

/* `new AWS.S3()`, `new AWS.DynamoDB()`: a service of the v2 SDK (a capitalised member of aws-sdk). */
static bool aws_sdk_v2_client(const ll_module *m, const ll_call *call) {
  static const char prefix[] = "aws-sdk.";
  if (!ll_is_js(m)) return false;
  if (strncmp(call->callee, prefix, sizeof(prefix) - 1)) return false;
  const char *service = call->callee + sizeof(prefix) - 1;
  return service[0] >= 'A' && service[0] <= 'Z' && !strchr(service, '.');
}

/* Go (import paths: see src/frontend/go.c): SDK v2 config and clients, SDK v1 sessions and
 * clients, database drivers, Redis, MongoDB, gRPC, and an `http.Client` literal. */
static const char *const go_clients[] = {
    "github.com/aws/aws-sdk-go-v2/config.LoadDefaultConfig", "github.com/aws/aws-sdk-go-v2/service/*.NewFromConfig",
    "github.com/aws/aws-sdk-go-v2/service/*.New", "github.com/aws/aws-sdk-go/aws/session.NewSession",
    "github.com/aws/aws-sdk-go/aws/session.New", "github.com/aws/aws-sdk-go/aws/session.NewSessionWithOptions",
    "github.com/aws/aws-sdk-go/service/*.New", "database/sql.Open", "github.com/jmoiron/sqlx.Open",
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
          !aws_sdk_v2_client(m, &ev->as.call) && !java_sdk_client(m, &ev->as.call) &&
          !java_broker_connection(m, &ev->as.call))
        continue;
      if (explicit_credentials(m, &ev->as.call)) continue;
      if (fn->is_async && ll_callee_is(ev->as.call.callee, loop_bound_clients)) continue;
      if (ll_custom_resource_code(ctx, m, (int)f)) break; /* runs a few times per deployment */
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
    .not_flagged = "Clients created at module scope; behind a lazy-initialisation guard "
                   "on module or class state (`if _client is None:`; a parameter defaulting to None "
                   "is not one: `def f(client=None)` builds a client on every call that passes none); "
                   "assigned to a module-level variable; inside a memoised "
                   "factory (`@functools.lru_cache`); in code no handler reaches (C/C++ `main`); C++ "
                   "function-local statics and `std::call_once` bodies; clients and sessions "
                   "built from explicit temporary credentials (`aws_session_token=` from an assumed "
                   "role, or `**creds` / `creds[\"AccessKeyId\"]` in a module that assumes one), which are per-caller by design; `httpx.AsyncClient` inside an `async def` (bound "
                   "to the invocation's event loop);"
                   " CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, code reading the event's `RequestType`, and what only they reach in sibling modules): they run a few times per deployment, not per request.",
    .check_module = check,
};
