/*
 * LL406 missing-pagination
 *
 * What it does: finds a single call to a paginated AWS list API (`list_objects_v2`, DynamoDB
 * `scan` / filtered `query`, `list_functions`, `describe_log_streams`, Athena `get_query_results`,
 * …) whose result list is then used as if it were complete, or whose per-page count is read as
 * the total (`scan(Select="COUNT")["Count"]`, `list_objects_v2(...)["KeyCount"]`).
 * Why is this bad on Lambda: these APIs return one page (1,000 S3 keys, 1 MB of DynamoDB items, 50
 * functions, …) plus a continuation token. Code that reads only the first page works in testing
 * and silently drops data once the account grows (Sonar S7622, Amazon Q missing-pagination).
 * Python's operations: botocore's paginators-1.json (scripts/gen-botocore-paginators.py writes
 * LL406_paginators_botocore.inc from Debian's python3-botocore), with a hand table first.
 * Not flagged: calls inside a continuation loop (`while` around the call) or in a function that
 * reads the continuation token (`NextContinuationToken`, `LastEvaluatedKey`, `NextToken`, …); calls
 * that pass a token or a page-size / limit (`MaxKeys=1`, `Limit=10`: explicit single-page intent)
 * or `**kwargs`; calls naming the resources they want (`InstanceIds=[…]`,
 * `DBInstanceIdentifier=…`); functions that use a paginator; results used only for an existence check
 * (`"Contents" in r`, `if r["Items"]:`) or for their first element (`r["Items"][0]`); DynamoDB
 * `query` without a `FilterExpression` (one item collection, usually well under a page), or whose
 * key condition bounds the sort key too (`Key("pk").eq(a) & Key("sk").begins_with(b)`); EC2's
 * `describe_instances` / `describe_snapshots` / `describe_volumes` / `describe_security_groups`,
 * which return every result when no `MaxResults` is passed (they page only on request); PartiQL
 * `execute_statement` with a WHERE clause (flagged only for a whole-table SELECT). Python: child
 * collections an IAM quota keeps below one page (`list_attached_role_policies(RoleName=…)`, a user's
 * access keys, …); `Filters` naming resources by id (`{"Key": "InstanceIds", …}`, `instance-id`);
 * the project's own methods named like an SDK operation (`self.list_objects()` defined by the class,
 * or a project method of that name that uses a paginator itself); an operation only another
 * service pages, on a receiver whose name says which service it is (`self.client_ec2
 * .describe_addresses()`: only Snowball's pages).
 */
#include <ctype.h>
#include <stdint.h>
#include <strings.h>

#include "rulekit.h"

typedef struct {
  const char *operation, *items; /* the operation and the key of its result list */
} paged_api;

/* The key of an operation's per-page count, read as a total by mistake, or NULL. */
static const char *count_key(const paged_api *api) {
  if (ll_streq(api->operation, "scan") || ll_streq(api->operation, "query")) return "Count";
  if (ll_streq(api->operation, "list_objects_v2")) return "KeyCount";
  return NULL;
}

/* Paginated boto3 operations and their result keys, with the rule's own choices (a count key, a
 * nested result); botocore_paged below has the rest. */
static const paged_api python_paged[] = {
    {"list_objects_v2", "Contents"},  {"list_objects", "Contents"},     {"list_object_versions", "Versions"},
    {"scan", "Items"},                {"query", "Items"},               {"list_tables", "TableNames"},
    {"list_functions", "Functions"},  {"list_event_source_mappings", "EventSourceMappings"},
    {"list_versions_by_function", "Versions"}, {"list_layers", "Layers"},
    {"list_users", "Users"},          {"list_roles", "Roles"},          {"list_policies", "Policies"},
    {"list_groups", "Groups"},        {"list_attached_role_policies", "AttachedPolicies"},
    {"list_users_in_group", "Users"}, {"list_queues", "QueueUrls"},     {"list_topics", "Topics"},
    {"list_subscriptions", "Subscriptions"}, {"list_subscriptions_by_topic", "Subscriptions"},
    {"describe_log_groups", "logGroups"}, {"describe_log_streams", "logStreams"},
    {"filter_log_events", "events"},  {"list_secrets", "SecretList"},   {"get_parameters_by_path", "Parameters"},
    {"describe_parameters", "Parameters"}, {"get_query_results", "ResultSet"},
    {"list_query_executions", "QueryExecutionIds"}, {"get_tables", "TableList"},
    {"get_partitions", "Partitions"}, {"get_databases", "DatabaseList"}, {"list_executions", "executions"},
    {"list_state_machines", "stateMachines"}, {"get_execution_history", "events"},
    {"list_accounts", "Accounts"},    {"list_accounts_for_parent", "Accounts"}, {"list_children", "Children"},
    {"list_shards", "Shards"},        {"list_images", "imageIds"},      {"describe_images", "imageDetails"},
    {"describe_repositories", "repositories"}, {"list_tasks", "taskArns"}, {"list_services", "serviceArns"},
    {"list_clusters", "clusterArns"}, {"list_stacks", "StackSummaries"},
    {"list_stack_resources", "StackResourceSummaries"}, {"list_exports", "Exports"},
    {"list_keys", "Keys"},            {"list_aliases", "Aliases"},      {"list_hosted_zones", "HostedZones"},
    {"list_resource_record_sets", "ResourceRecordSets"}, {"describe_db_instances", "DBInstances"},
    {"describe_db_snapshots", "DBSnapshots"}, {"describe_db_clusters", "DBClusters"},
    {"describe_auto_scaling_groups", "AutoScalingGroups"},
    {"describe_auto_scaling_instances", "AutoScalingInstances"}, {"describe_alarms", "MetricAlarms"},
    {"list_metrics", "Metrics"}, {"list_certificates", "CertificateSummaryList"},
    {"describe_load_balancers", "LoadBalancers"}, {"describe_target_groups", "TargetGroups"},
    {"list_streams", "StreamNames"}, {"list_rules", "Rules"},
    {"describe_instance_information", "InstanceInformationList"}, {"get_usage_plans", "items"},
    {"get_usage_plan_keys", "items"}, {NULL, NULL}};

static const char *const continuation_keys[] = {
    "NextContinuationToken", "ContinuationToken", "IsTruncated", "LastEvaluatedKey", "NextToken",
    "nextToken", "NextMarker", "Marker", "NextPageToken", "PaginationToken", "NextKeyMarker", NULL};

static const char *const token_or_limit_args[] = {
    "ContinuationToken", "StartAfter", "ExclusiveStartKey", "NextToken", "nextToken", "Marker",
    "KeyMarker", "PaginationToken", "StartingToken", "MaxKeys", "Limit", "MaxItems", "MaxResults",
    "maxResults", "limit", "MaxRecords", "PageSize", NULL};

/* Arguments that name the resources asked for: the answer is those resources, not a listing. */
static const char *const specific_args[] = {
    "InstanceIds", "VolumeIds", "SnapshotIds", "GroupIds", "ImageIds", "DBInstanceIdentifier",
    "DBSnapshotIdentifier", "repositoryNames", "imageIds", "Names", "logStreamNames",
    "DBClusterIdentifier", "AutoScalingGroupNames", "AlarmNames", "LoadBalancerArns", "TargetGroupArns",
    NULL};

/* PartiQL: `execute_statement(Statement="SELECT … FROM t")` with no WHERE reads the whole table,
 * 1 MB at a time, with a NextToken (a SELECT with WHERE is left alone: a key lookup or a query). */
static const paged_api partiql_select = {"execute_statement", "Items"};

static bool contains_word_ci(const char *s, const char *word) {
  size_t n = strlen(word);
  for (const char *p = s; *p; p++) {
    size_t i = 0;
    while (i < n && p[i] && (p[i] | 0x20) == word[i]) i++;
    if (i == n && (p == s || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n])) return true;
  }
  return false;
}

static bool whole_table_select(const ll_call *call) {
  if (strcmp(call->method, "execute_statement")) return false;
  const ll_keyword *k = ll_call_keyword(call, "Statement");
  const char *sql = k ? k->literal : NULL;
  return sql && contains_word_ci(sql, "select") && !contains_word_ci(sql, "where");
}

/* Every other paginated boto3 operation, generated from botocore's paginators-1.json files by
 * scripts/gen-botocore-paginators.py, sorted by operation. */
typedef struct {
  paged_api api;
  const char *service; /* boto3's client name: "apigateway" */
} service_paged_api;

static const service_paged_api botocore_paged[] = {
#include "LL406_paginators_botocore.inc"
};

enum { N_BOTOCORE_PAGED = sizeof botocore_paged / sizeof botocore_paged[0] };

/* Whether the receiver's name names another service than `service`: `self.client_ec2` or
 * `ec2_client` calling `describe_addresses`, which only Snowball pages. */
static bool receiver_names_other_service(const ll_call *call, const char *service) {
  /* services whose pages the table leaves out (EC2 answers whole unless asked) or that are common */
  static const char *const common[] = {"ec2", "s3", "iam", "sts", "rds", "sqs", "sns", "ssm", "kms",
                                       "dynamodb", "lambda", "logs", "ecs", "ecr", "glue", NULL};
  size_t n = strlen(call->callee) - strlen(call->method);
  for (size_t i = 0; i < n;) {
    size_t len = 0;
    while (i + len < n && isalnum((unsigned char)call->callee[i + len])) len++;
    for (size_t k = 0; len >= 2 && common[k]; k++)
      if (strlen(common[k]) == len && !strncasecmp(common[k], call->callee + i, len)) return !ll_streq(common[k], service);
    for (size_t k = 0; len >= 2 && k < N_BOTOCORE_PAGED; k++) {
      const char *s = botocore_paged[k].service;
      if (strlen(s) == len && !strncasecmp(s, call->callee + i, len)) return !ll_streq(s, service);
    }
    i += len ? len : 1;
  }
  return false;
}

/* The botocore entry for a call's operation: the one of its client's service when the client was
 * built in sight (`boto3.client("apigateway")`), else one whose result key all services share and
 * that the receiver's name does not contradict. */
static const paged_api *botocore_operation(const ll_call *call) {
  size_t lo = 0, hi = N_BOTOCORE_PAGED;
  while (lo < hi) { /* the first entry of the operation */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(botocore_paged[mid].api.operation, call->method) < 0) lo = mid + 1;
    else hi = mid;
  }
  const paged_api *found = NULL;
  for (size_t i = lo; i < N_BOTOCORE_PAGED && ll_streq(botocore_paged[i].api.operation, call->method); i++) {
    const service_paged_api *e = &botocore_paged[i];
    if (call->receiver_arg) {
      if (ll_streq(e->service, call->receiver_arg)) return &e->api;
      continue;
    }
    if (found && !ll_streq(found->items, e->api.items)) return NULL; /* which service: unknown */
    if (receiver_names_other_service(call, e->service)) return NULL;
    found = &e->api;
  }
  return found;
}

/* Collections a service quota keeps to one page: one GuardDuty detector per region, one KMS key
 * policy ("default"), one CloudWatch OAM sink per region and at most five links per account. */
static const char *const one_page_collections[] = {"list_detectors", "list_key_policies", "list_sinks",
                                                   "list_links", NULL};

/* Whether a call of a botocore-only operation lists a whole account's (or region's) collection:
 * no argument at all (a scoped `list_access_keys(UserName=…)` lists a child collection that quotas
 * keep small), on a boto3 client or an object built out of sight — boto3 methods take no
 * positional argument, so `cfn.describe_stacks(stack_id)` is a project's own wrapper. */
static bool lists_whole_collection(const ll_call *call) {
  if (call->n_keywords || call->n_positional || ll_callee_is(call->method, one_page_collections)) return false;
  return !call->receiver_ctor || ll_qname_has_prefix(call->receiver_ctor, "boto3") ||
         ll_qname_has_prefix(call->receiver_ctor, "aioboto3") || ll_qname_has_prefix(call->receiver_ctor, "botocore");
}

/* Child collections an AWS quota keeps below one page: managed policies attached to a role, user or
 * group (at most 20; pages of 100), a user's access keys (2), groups (10), MFA devices (8), a
 * policy's versions (5), tags of a role or user (50; pages of 100). */
static const char *const quota_capped[] = {
    "list_attached_role_policies", "list_attached_user_policies", "list_attached_group_policies",
    "list_access_keys", "list_groups_for_user", "list_mfa_devices", "list_policy_versions",
    "list_role_tags", "list_user_tags", NULL};

static const paged_api *paged(const ll_call *call) {
  if (!strchr(call->callee, '.') || ll_callee_is(call->method, quota_capped)) return NULL;
  if (whole_table_select(call)) return &partiql_select;
  for (size_t i = 0; python_paged[i].operation; i++)
    if (ll_streq(python_paged[i].operation, call->method)) return &python_paged[i];
  return lists_whole_collection(call) ? botocore_operation(call) : NULL;
}

/* Whether the call passes a token or a page size / limit, or names the resources it wants: it asks
 * for one page (or a known set) on purpose. */
static bool one_page_on_purpose(const ll_call *call) {
  for (size_t i = 0; token_or_limit_args[i]; i++)
    if (ll_call_keyword(call, token_or_limit_args[i])) return true;
  for (size_t i = 0; specific_args[i]; i++)
    if (ll_call_keyword(call, specific_args[i])) return true;
  return false;
}

/* Filters that name the resources asked for by id (`Filters=[{"Key": "InstanceIds", "Values": [id]}]`,
 * EC2's `instance-id`): the answer is those resources, not a listing. */
static const char *const id_filters[] = {"\"InstanceIds\"", "'InstanceIds'", "\"instance-id\"", "'instance-id'",
                                         "\"volume-id\"", "'volume-id'", "\"snapshot-id\"", "'snapshot-id'",
                                         "\"image-id\"", "'image-id'", NULL};

static bool filters_by_id(const ll_module *m, const ll_function *fn, const ll_event *ev) {
  const ll_keyword *k = ll_call_keyword(&ev->as.call, "Filters");
  if (!k || ev->span.end_byte > m->source_len) return false;
  /* the filter written in the call, or built before it in the function (`f = {"Key": …}`) */
  uint32_t from = k->literal || !fn->span.end_byte || fn->span.start_byte > ev->span.start_byte
                      ? ev->span.start_byte : fn->span.start_byte;
  const char *text = m->source + from;
  size_t n = ev->span.end_byte - from;
  for (size_t i = 0; id_filters[i]; i++) {
    size_t len = strlen(id_filters[i]);
    for (size_t j = 0; j + len <= n; j++)
      if (!memcmp(text + j, id_filters[i], len)) return true;
  }
  return false;
}

static bool function_paginates(const ll_function *fn);

/* Python: whether `call` is the project's own method rather than the SDK's: `self.scan()` where the
 * caller's class defines `scan`, or a method of that name that a class of the project defines and
 * that pages by itself (`get_paginator`), called on an object not built by boto3 in sight. */
static bool project_method(const ll_rule_ctx *ctx, const ll_module *m, const ll_function *caller, const ll_call *call) {
  if (call->receiver_ctor && (ll_qname_has_prefix(call->receiver_ctor, "boto3") ||
                              ll_qname_has_prefix(call->receiver_ctor, "aioboto3") ||
                              ll_qname_has_prefix(call->receiver_ctor, "botocore")))
    return false;
  bool on_self = !strncmp(call->callee, "self.", 5) && ll_streq(call->callee + 5, call->method);
  size_t count = 0;
  const ll_module *const *mods = ll_rule_modules(ctx, &count);
  for (size_t i = 0; i < count; i++) {
    const ll_module *mod = mods[i];
    if (!mod || mod->language != LL_LANG_PYTHON) continue;
    for (uint32_t f = 1; f < mod->n_functions; f++) {
      const ll_function *fn = &mod->functions[f];
      if (!fn->class_name || !ll_streq(fn->name, call->method)) continue;
      if (on_self && mod == m && caller->class_name && ll_streq(fn->class_name, caller->class_name)) return true;
      if (function_paginates(fn)) return true;
    }
  }
  return false;
}

static bool function_paginates(const ll_function *fn) {
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind == LL_EV_KEY_READ && ev->name && ll_callee_is(ev->name, continuation_keys)) return true;
    if (ev->kind == LL_EV_CALL && (ll_streq(ev->as.call.method, "get_paginator") ||
                                   !strncmp(ev->as.call.method, "paginate", 8))) /* JS v3 paginateScan */
      return true;
    size_t n = ev->kind == LL_EV_CALL ? strlen(ev->as.call.method) : 0; /* Go `s3.NewListObjectsV2Paginator` */
    if (n > 12 && !strncmp(ev->as.call.method, "New", 3) && ll_streq(ev->as.call.method + n - 9, "Paginator"))
      return true;
  }
  return false;
}

/* Function `f` when it is code the rule checks (module scope, or reached from a handler) and it
 * does not paginate on its own; NULL otherwise. */
static const ll_function *unpaginated_code(const ll_rule_ctx *ctx, const ll_module *m, uint32_t f) {
  const ll_function *fn = &m->functions[f];
  if (fn->is_entry_main || (f > 0 && !ll_rule_reachable(ctx, m, (int)f)) || function_paginates(fn)) return NULL;
  return fn;
}

/* Whether event `at` runs inside a while loop of its function (a hand-written continuation loop). */
static bool in_while_loop(const ll_function *fn, uint32_t at) {
  for (uint32_t e = 0; e < at; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind == LL_EV_LOOP && ev->as.loop.body_end > at &&
        (ev->as.loop.kind == LL_LOOP_WHILE || ev->as.loop.kind == LL_LOOP_INFINITE))
      return true;
  }
  return false;
}

typedef enum { USE_NONE, USE_ITEMS, USE_COUNT } result_use;

/* Whether the result list is used as the whole answer after event `at` (USE_ITEMS), or its
 * per-page count is read as the total (`scan(Select="COUNT")["Count"]`: USE_COUNT). */
static result_use used_as_complete(const ll_function *fn, uint32_t at, const paged_api *api) {
  const ll_event *call = &fn->events[at];
  if (call->as.call.result_iterated) return USE_ITEMS;
  const char *var = call->as.call.assigned_to;
  for (uint32_t e = at + 1; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_KEY_READ || !ev->name) continue;
    const char *counted = count_key(api);
    bool items = ll_streq(ev->name, api->items), count = counted && ll_streq(ev->name, counted);
    if (!items && !count) continue;
    bool of_result = ev->span.start_byte == call->span.start_byte || /* f(...)["Items"] */
                     (var && ev->as.key.object && ll_streq(ev->as.key.object, var));
    if (!of_result || ev->as.key.membership) continue;
    if (items && !ev->as.key.first_only && !ev->tested) return USE_ITEMS;
    if (count && !ev->tested) return USE_COUNT;
  }
  return USE_NONE;
}

/* ---- JavaScript / TypeScript: SDK v3 commands, v2 client methods --------------------------- */

/* The paginated API a JS call builds or calls: a v3 `new ScanCommand(…)` (`*v3`), or a method of a
 * v2 client or a v3 aggregated client (`DynamoDBDocument.from(…).scan(…)`); NULL otherwise. */
static const paged_api *js_paged(const ll_call *call, bool *v3) {
  static const char suffix[] = "Command";
  size_t n = strlen(call->method), k = sizeof(suffix) - 1;
  char op[128];
  *v3 = !strncmp(call->callee, "@aws-sdk/", 9) && n > k && ll_streq(call->method + n - k, suffix);
  if (*v3) ll_snake_case(call->method, n - k, op, sizeof op);
  else if (call->receiver_ctor && (!strncmp(call->receiver_ctor, "aws-sdk", 7) || /* v2, v3 aggregated */
                                   !strncmp(call->receiver_ctor, "@aws-sdk/", 9)))
    ll_snake_case(call->method, n, op, sizeof op);
  else return NULL;
  for (size_t i = 0; python_paged[i].operation; i++)
    if (ll_streq(python_paged[i].operation, op)) return &python_paged[i];
  return NULL;
}

/* The call that takes the command / request at `at` to the service (`client.send(cmd)`, v2's
 * `.promise()`): the nearest call whose span holds it. Its result is the page. */
static uint32_t js_sending_call(const ll_function *fn, uint32_t at) {
  const ll_span *inner = &fn->events[at].span;
  uint32_t best = at, best_size = UINT32_MAX;
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (e == at || ev->kind != LL_EV_CALL) continue;
    if (!ll_streq(ev->as.call.method, "send") && !ll_streq(ev->as.call.method, "promise")) continue;
    if (ev->span.start_byte > inner->start_byte || ev->span.end_byte < inner->end_byte) continue;
    uint32_t size = ev->span.end_byte - ev->span.start_byte;
    if (size < best_size) best = e, best_size = size;
  }
  return best;
}

/* Whether the call spanning `span` ends with `(<var>)`, white space allowed: `client.send(command)`. */
static bool js_passes_only(const ll_module *m, ll_span span, const char *var) {
  uint32_t end = span.end_byte;
  if (end == 0 || end > m->source_len || m->source[end - 1] != ')') return false;
  end--;
  size_t n = strlen(var);
  while (end > span.start_byte && (m->source[end - 1] == ' ' || m->source[end - 1] == '\n')) end--;
  if (end < span.start_byte + n + 1 || strncmp(m->source + end - n, var, n)) return false;
  uint32_t open = end - (uint32_t)n;
  while (open > span.start_byte && (m->source[open - 1] == ' ' || m->source[open - 1] == '\n')) open--;
  return open > span.start_byte && m->source[open - 1] == '(';
}

/* The docs' style `const command = new ScanCommand({…}); const out = await client.send(command);`:
 * the later `send` given the variable holding the command (not rebound in between), or `at`. */
static uint32_t js_send_of_variable(const ll_module *m, const ll_function *fn, uint32_t at) {
  const char *var = fn->events[at].as.call.assigned_to;
  if (!var) return at;
  for (uint32_t e = at + 1; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_CALL) continue;
    if (ev->as.call.assigned_to && ll_streq(ev->as.call.assigned_to, var)) return at; /* rebound */
    if (ll_streq(ev->as.call.method, "send") && js_passes_only(m, ev->span, var)) return e;
  }
  return at;
}

static bool sort_key_bounded(const ll_module *m, const ll_event *ev);

static void check_js(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = unpaginated_code(ctx, m, f);
    if (!fn) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *call = &ev->as.call;
      bool v3 = false;
      const paged_api *api = js_paged(call, &v3);
      /* parameters built elsewhere (`new ScanCommand(params)`) may hold a token or a limit */
      if (!api || call->has_splat_kwargs || (call->n_positional > 0 && call->n_keywords == 0)) continue;
      if (ll_streq(api->operation, "query") && !ll_call_keyword(call, "FilterExpression")) continue;
      if (ll_streq(api->operation, "query") && sort_key_bounded(m, ev)) continue;
      if (one_page_on_purpose(call) || in_while_loop(fn, e)) continue;
      uint32_t sent = js_sending_call(fn, e);
      if (sent == e && v3) sent = js_send_of_variable(m, fn, e);
      result_use use = used_as_complete(fn, sent, api);
      if (use == USE_NONE && sent != e) use = used_as_complete(fn, e, api);
      if (use == USE_NONE) continue;
      const char *key = ll_streq(api->operation, "scan") || ll_streq(api->operation, "query") ? "LastEvaluatedKey"
                        : ll_streq(api->operation, "list_objects_v2") ? "NextContinuationToken" : "NextToken";
      if (use == USE_COUNT)
        ll_rule_report(ctx, m, ev->span,
                       "`%s` counts one page only, but its `%s` is used as the total: items beyond the "
                       "first page are not counted; sum it over every page (loop on `%s`)",
                       call->method, count_key(api), key);
      else
        ll_rule_report(ctx, m, ev->span,
                       "`%s` returns one page, but its `%s` result is used as if complete: data beyond the "
                       "first page is silently dropped; use the SDK's `paginate…` helper%s or loop on `%s`",
                       call->method, api->items, v3 ? "" : " (v3)", key);
    }
  }
}

/* ---- Go: SDK v2 / v1 client methods given their input struct ------------------------------- */

/* The paginated API of a Go call `client.Scan(ctx, &dynamodb.ScanInput{…})`: the operation, whose
 * SDK input struct (`<Operation>Input`) is written in the call or in a local the call is given (its
 * fields are the call's keywords). */
static const paged_api *go_paged(const ll_function *fn, uint32_t at) {
  const ll_event *ev = &fn->events[at];
  const ll_call *call = &ev->as.call;
  if (!strchr(call->callee, '.') || call->method[0] < 'A' || call->method[0] > 'Z') return NULL;
  bool sdk_input = false;
  for (uint32_t e = at + 1; e < fn->n_events && !sdk_input; e++) {
    const ll_event *in = &fn->events[e];
    if (in->span.start_byte >= ev->span.end_byte) break;
    size_t n = strlen(call->method);
    sdk_input = in->kind == LL_EV_CALL && !strncmp(in->as.call.callee, "github.com/aws/aws-sdk-go", 25) &&
                !strncmp(in->as.call.method, call->method, n) && ll_streq(in->as.call.method + n, "Input");
  }
  const ll_keyword *input = ll_call_keyword(call, "<input>"); /* the struct built above, in a variable */
  if (!sdk_input && input && input->literal && !strncmp(input->literal, "github.com/aws/aws-sdk-go", 25)) {
    const char *dot = strrchr(input->literal, '.');
    size_t n = strlen(call->method);
    sdk_input = dot && !strncmp(dot + 1, call->method, n) && ll_streq(dot + 1 + n, "Input");
  }
  if (!sdk_input) return NULL;
  char op[128];
  ll_snake_case(call->method, strlen(call->method), op, sizeof op);
  for (size_t i = 0; python_paged[i].operation; i++)
    if (ll_streq(python_paged[i].operation, op)) return &python_paged[i];
  return NULL;
}

static void check_go(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_function *fn = unpaginated_code(ctx, m, f);
    if (!fn) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      if (fn->events[e].kind != LL_EV_CALL) continue;
      const ll_call *call = &fn->events[e].as.call;
      const paged_api *api = go_paged(fn, e);
      if (!api || (ll_streq(api->operation, "query") && !ll_call_keyword(call, "FilterExpression"))) continue;
      if (one_page_on_purpose(call) || in_while_loop(fn, e)) continue;
      result_use use = used_as_complete(fn, e, api);
      if (use == USE_NONE) continue;
      if (use == USE_COUNT)
        ll_rule_report(ctx, m, fn->events[e].span,
                       "`%s` counts one page only, but its `%s` is used as the total: items beyond the "
                       "first page are not counted; sum it over every page (`New%sPaginator`)",
                       call->method, count_key(api), call->method);
      else
        ll_rule_report(ctx, m, fn->events[e].span,
                       "`%s` returns one page, but its `%s` result is used as if complete: data beyond the "
                       "first page is silently dropped; use the SDK's `New%sPaginator` or loop on the "
                       "continuation token",
                       call->method, api->items, call->method);
    }
  }
}

/* ---- Java: SDK v2 / v1 client methods ------------------------------------------------------- */

/* Paginated operations of the AWS SDK for Java and the accessor of their result list. DynamoDB
 * `query` is left out as for Python (only a filter makes a short page likely, and the filter is in a
 * request built elsewhere); the enhanced client's `table.scan()` pages by itself (its receiver is not
 * an SDK client). */
typedef struct {
  const char *method, *items, *v1_items;
} java_paged_api;
static const java_paged_api java_paged[] = {
    {"listObjectsV2", "contents", "getObjectSummaries"}, {"listObjects", "contents", "getObjectSummaries"},
    {"scan", "items", "getItems"}, {"listFunctions", "functions", "getFunctions"},
    {"describeLogStreams", "logStreams", "getLogStreams"}, {"listTables", "tableNames", "getTableNames"},
    {"listQueues", "queueUrls", "getQueueUrls"}, {"listSecrets", "secretList", "getSecretList"},
    {"listUsers", "users", "getUsers"}, {"listRoles", "roles", "getRoles"},
    {"listStacks", "stackSummaries", "getStackSummaries"}, {"listExecutions", "executions", "getExecutions"},
    {NULL, NULL, NULL}};

/* Methods that read or pass a continuation token, or ask for one page on purpose. */
static const char *const java_page_aware[] = {
    "nextContinuationToken", "isTruncated", "continuationToken", "lastEvaluatedKey", "hasLastEvaluatedKey",
    "exclusiveStartKey", "nextToken", "nextMarker", "marker", "maxKeys", "limit", "maxResults", "maxItems",
    "getNextContinuationToken", "withContinuationToken", "getLastEvaluatedKey", "withExclusiveStartKey",
    "withMaxKeys", "withLimit", "getNextMarker", "getNextToken", NULL};

static bool java_sdk_receiver(const ll_call *call, bool required) {
  const char *r = call->receiver_ctor;
  if (!r) return !required;
  if (strstr(r, ".enhanced.") || strstr(r, ".datamodeling.")) return false; /* these page by themselves */
  return !strncmp(r, "software.amazon.awssdk.", 23) || !strncmp(r, "com.amazonaws.", 14);
}

static bool java_page_aware_function(const ll_function *fn) {
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_CALL) continue;
    size_t n = strlen(ev->as.call.method);
    if (ll_callee_is(ev->as.call.method, java_page_aware) || (n > 9 && ll_streq(ev->as.call.method + n - 9, "Paginator")))
      return true;
    for (uint32_t k = 0; k < ev->as.call.n_keywords; k++)
      if (ll_callee_is(ev->as.call.keywords[k].name, java_page_aware)) return true;
  }
  return false;
}

/* Whether a call from `from` on reads the list of `api`'s result: on `name` (`r.contents()`), or on
 * the chained call `chain` itself (`s3.listObjectsV2(req).contents()`); either may be NULL. */
static bool java_list_read(const ll_function *fn, uint32_t from, const char *name, const char *chain,
                           const java_paged_api *api) {
  size_t n = name ? strlen(name) : 0, c = chain ? strlen(chain) : 0;
  for (uint32_t e = from; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    const char *method = ev->kind == LL_EV_CALL ? ev->as.call.method : "";
    if (!ll_streq(method, api->items) && !ll_streq(method, api->v1_items)) continue;
    const char *callee = ev->as.call.callee;
    if (c && !strncmp(callee, chain, c) && !strncmp(callee + c, "().", 3) && ll_streq(callee + c + 3, method)) return true;
    if (n && !strncmp(callee, name, n) && callee[n] == '.' && ll_streq(callee + n + 1, method)) return true;
  }
  return false;
}

/* A page passed straight to a helper, `convert(ddb.scan(req))`: the helper (a method the function
 * reaches, named "Class.method") reads the list from that parameter and does not page itself. */
typedef struct {
  const char *qualname; /* "Class.method" of the helper */
  uint32_t argument;
  const java_paged_api *api;
  bool read;
} java_helper_read;

static bool java_helper_reads_(const ll_module *module, int f, void *user) {
  java_helper_read *h = user;
  const ll_function *fn = &module->functions[f];
  if (module->language != LL_LANG_JAVA || !fn->qualname || !ll_streq(fn->qualname, h->qualname)) return false;
  h->read = h->argument < fn->n_params && !java_page_aware_function(fn) &&
            java_list_read(fn, 0, fn->params[h->argument], NULL, h->api);
  return true;
}

/* Whether the result of the call at `at` (`r = s3.listObjectsV2(req)`, the chained call itself, or
 * the argument of a helper) has its list read. */
static bool java_items_read(const ll_rule_ctx *ctx, const ll_module *m, uint32_t f, uint32_t at,
                            const java_paged_api *api) {
  const ll_function *fn = &m->functions[f];
  const ll_call *call = &fn->events[at].as.call;
  if (java_list_read(fn, at + 1, call->assigned_to, call->callee, api)) return true;
  const char *to = call->result_passed_to;
  if (!to) return false;
  const char *dot = strrchr(to, '.'); /* "rating.util.Helper.convert" → "Helper.convert" */
  if (!dot) return false;
  const char *cls = dot;
  while (cls > to && cls[-1] != '.') cls--;
  if (cls == dot) return false;
  java_helper_read h = {.qualname = cls, .argument = call->result_argument, .api = api};
  (void)ll_rule_visit_reached(ctx, m, (int)f, java_helper_reads_, &h);
  return h.read;
}

static void check_java(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_function *fn = unpaginated_code(ctx, m, f);
    if (!fn || java_page_aware_function(fn)) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || !strchr(ev->as.call.callee, '.')) continue;
      const java_paged_api *api = NULL;
      for (size_t i = 0; java_paged[i].method && !api; i++)
        if (ll_streq(ev->as.call.method, java_paged[i].method)) api = &java_paged[i];
      /* `scan` is a common name: only on a known SDK client */
      if (!api || !java_sdk_receiver(&ev->as.call, ll_streq(api->method, "scan"))) continue;
      if (in_while_loop(fn, e) || !java_items_read(ctx, m, f, e, api)) continue;
      const char *r = ev->as.call.receiver_ctor;
      if (r && !strncmp(r, "com.amazonaws.", 14)) { /* SDK v1: no paginators */
        ll_rule_report(ctx, m, ev->span,
                       "`%s` returns one page, but its `%s()` result is used as if complete: data beyond the "
                       "first page is silently dropped; loop on the result's continuation token (SDK for "
                       "Java v1 has no paginators)",
                       ev->as.call.method, api->v1_items);
        continue;
      }
      ll_rule_report(ctx, m, ev->span,
                     "`%s` returns one page, but its `%s()` result is used as if complete: data beyond the "
                     "first page is silently dropped; use `%sPaginator(…)` or loop on the "
                     "continuation token",
                     ev->as.call.method, api->items, ev->as.call.method);
    }
  }
}

/* Rust: a fluent `client.scan()…send()` / `list_objects_v2()…send()` of a paginated operation, in a
 * function that neither pages (`into_paginator()`, a continuation token or start key passed back)
 * nor bounds the page on purpose (`limit`, `max_keys`, `max_items`, `max_results`). */
static const char *const rust_paginated[] = {
    "scan", "list_objects_v2", "list_objects", "list_object_versions", "list_tables", "list_functions",
    "list_secrets", "list_topics", "list_subscriptions", "list_users", "list_roles", "list_keys",
    "list_streams", "list_stacks", "list_queues", "list_parameters", "list_log_groups", "list_rules", NULL};
static const char *const rust_paging_methods[] = {
    "into_paginator", "last_evaluated_key", "set_exclusive_start_key", "exclusive_start_key",
    "next_continuation_token", "continuation_token", "set_continuation_token", "next_token", "set_next_token",
    "next_marker", "marker", "set_marker", "is_truncated", "start_after", NULL};
static const char *const rust_bounds[] = {"::limit()", "::max_keys()", "::max_items()", "::max_results()", NULL};

/* The paginated operation a `send` chain calls ("client::scan()::table_name()::send" → "scan"), or NULL. */
static const char *rust_paginated_op(const char *callee, char *op, size_t size) {
  for (size_t i = 0; rust_paginated[i]; i++) {
    snprintf(op, size, "::%s()::", rust_paginated[i]);
    if (strstr(callee, op)) return rust_paginated[i];
  }
  return NULL;
}

/* The first operation of a `send` chain ("self::client::list_executions()::state_machine_arn()::send"
 * → "list_executions") into op; whether it is the chain's only call before `send` in *alone. */
static bool rust_chain_op(const char *callee, char *op, size_t size, bool *alone) {
  const char *paren = strstr(callee, "()::");
  if (!paren) return false;
  const char *start = paren;
  while (start > callee && !(start[-1] == ':' && start - 1 > callee && start[-2] == ':')) start--;
  size_t n = (size_t)(paren - start);
  if (!n || n >= size) return false;
  memcpy(op, start, n);
  op[n] = '\0';
  *alone = ll_streq(paren + 4, "send");
  return true;
}

/* Whether the module uses the AWS SDK for Rust (an `aws_sdk_*` import or call). */
static bool rust_uses_sdk(const ll_module *m) {
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (m->imports[i].module && !strncmp(m->imports[i].module, "aws_sdk_", 8)) return true;
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && !strncmp(ev->as.call.callee, "aws_sdk_", 8)) return true;
    }
  return false;
}

/* A paginated operation of the AWS SDK for Rust beyond the hand list: the SDK's operation names are
 * boto3's (snake_case of the API), so the Python table and botocore's paginators name them. A
 * botocore-only operation counts when nothing narrows it (`list_state_machines().send()`, not
 * `list_access_keys().user_name(u).send()`, a child collection quotas keep small), as for Python;
 * only on an SDK client (a receiver of unknown type in a module that uses the SDK). */
static const char *rust_sdk_paginated_op(const ll_module *m, const ll_call *call, char *op, size_t size) {
  bool alone = false;
  if (!rust_chain_op(call->callee, op, size, &alone)) return NULL;
  if (strncmp(op, "list_", 5) && strncmp(op, "describe_", 9) && strncmp(op, "get_", 4) &&
      strncmp(op, "search_", 7) && !ll_streq(op, "filter_log_events") && !ll_streq(op, "lookup_events"))
    return NULL;
  /* the receiver of `send` is the chain before it; the client is what that chain starts from */
  const char *rc = call->receiver_ctor;
  if (rc && !strncmp(call->callee, rc, strlen(rc))) rc = NULL;
  if (rc ? strncmp(rc, "aws_sdk_", 8) != 0 : !rust_uses_sdk(m)) return NULL;
  for (size_t i = 0; python_paged[i].operation; i++)
    if (ll_streq(python_paged[i].operation, op)) return python_paged[i].operation;
  if (!alone || ll_callee_is(op, one_page_collections)) return NULL;
  /* paginated in some service (the client's service is not in sight, and the result key does not
   * matter here: the call's result is one page either way) */
  size_t lo = 0, hi = N_BOTOCORE_PAGED;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(botocore_paged[mid].api.operation, op) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < N_BOTOCORE_PAGED && ll_streq(botocore_paged[lo].api.operation, op) ? botocore_paged[lo].api.operation
                                                                                : NULL;
}

static void check_rust(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    bool pages = false;
    for (uint32_t e = 0; e < fn->n_events && !pages; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      pages = ll_callee_is(ev->as.call.method, rust_paging_methods);
      for (size_t k = 0; !pages && rust_paging_methods[k]; k++) {
        char link[64];
        snprintf(link, sizeof link, "::%s()", rust_paging_methods[k]);
        pages = strstr(ev->as.call.callee, link) != NULL;
      }
    }
    if (pages) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || strcmp(ev->as.call.method, "send")) continue;
      char op_buf[64];
      /* `let req = client.list_applications(); req.send()`: the chain the request was built by */
      ll_call joined = ev->as.call;
      char chain[512];
      if (!strstr(joined.callee, "()::") && joined.receiver_ctor && strstr(joined.receiver_ctor, "::") &&
          (size_t)snprintf(chain, sizeof chain, "%s()::send", joined.receiver_ctor) < sizeof chain) {
        joined.callee = chain;
        joined.receiver_ctor = NULL;
      }
      const char *op = rust_paginated_op(joined.callee, op_buf, sizeof op_buf);
      /* a DynamoDB query with a filter: the page is read (1 MB) before the filter drops items, as
       * for Go and Python (a query without one reads one item collection, usually small) */
      if (!op && strstr(joined.callee, "::query()::") && strstr(joined.callee, "::filter_expression()::"))
        op = "query";
      if (!op) op = rust_sdk_paginated_op(m, &joined, op_buf, sizeof op_buf);
      bool bounded = false;
      for (size_t k = 0; rust_bounds[k]; k++) bounded |= strstr(joined.callee, rust_bounds[k]) != NULL;
      if (!op || bounded) continue;
      /* the page's own limit where the rule knows it */
      const char *page = ll_streq(op, "scan") || ll_streq(op, "query") ? " (at most 1 MB)"
                         : !strncmp(op, "list_objects", 12)             ? " (at most 1000 keys)"
                                                                         : "";
      ll_rule_report(ctx, m, ev->span,
                     "`%s` returns one page%s and nothing here asks for the next: use "
                     "`.into_paginator()` or loop on the continuation token",
                     op, page);
    }
  }
}

/* Whether a DynamoDB query's key condition, written in the call, bounds the sort key as well
 * as the partition (`Key("pk").eq(a) & Key("sk").begins_with(b)`, `"pk = :p AND sk = :s"`): it reads a
 * slice of one item collection, a page's worth at most as the key design intends. */
static bool sort_key_bounded(const ll_module *m, const ll_event *ev) {
  if (ev->span.end_byte > m->source_len) return false;
  const char *text = m->source + ev->span.start_byte, *end = m->source + ev->span.end_byte;
  const char *key = NULL;
  for (const char *p = text; p + 22 <= end && !key; p++)
    if (!strncmp(p, "KeyConditionExpression", 22)) key = p + 22;
  if (!key) return false;
  for (const char *p = key; p < end; p++) {
    if (*p == ',' || *p == ')') break; /* the next argument, or the end of the call */
    if (*p == '(') { /* skip a nested call's arguments: `Key("pk").eq(x)` */
      int depth = 0;
      for (; p < end; p++) {
        depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
        if (!depth) break;
      }
      continue;
    }
    if (*p == '&' || (end - p > 5 && (!strncmp(p, " AND ", 5) || !strncmp(p, " and ", 5)))) return true;
  }
  return false;
}

static const ll_language_check checks[LL_LANG_COUNT] = {
    [LL_LANG_JAVASCRIPT] = check_js, [LL_LANG_TYPESCRIPT] = check_js, [LL_LANG_GO] = check_go,
    [LL_LANG_JAVA] = check_java,     [LL_LANG_RUST] = check_rust};

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (ll_check_by_language(ctx, m, checks) || m->language != LL_LANG_PYTHON) return;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = unpaginated_code(ctx, m, f);
    if (!fn) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *call = &ev->as.call;
      const paged_api *api = paged(call);
      if (!api || call->has_splat_kwargs) continue;
      /* A DynamoDB query reads one item collection, usually small: only a FilterExpression (applied
       * after the 1 MB page is read) makes a short first page likely. */
      if (ll_streq(api->operation, "query") && !ll_call_keyword(call, "FilterExpression")) continue;
      if (ll_streq(api->operation, "query") && sort_key_bounded(m, ev)) continue;
      if (one_page_on_purpose(call) || in_while_loop(fn, e) || filters_by_id(m, fn, ev)) continue;
      if (project_method(ctx, m, fn, call)) continue;
      result_use use = used_as_complete(fn, e, api);
      if (use == USE_NONE) continue;
      size_t ctor_len = call->receiver_ctor ? strlen(call->receiver_ctor) : 0;
      bool table = ctor_len >= 5 && ll_streq(call->receiver_ctor + ctor_len - 5, "Table");
      if (use == USE_COUNT)
        ll_rule_report(ctx, m, ev->span,
                       "`%s` counts one page only, but its `%s` is used as the total: %s beyond the "
                       "first page are not counted; sum `%s` over every page (loop on the "
                       "continuation token), or keep a counter item",
                       call->method, count_key(api),
                       ll_streq(count_key(api), "KeyCount") ? "keys (1,000 a page)" : "items (1 MB a page)",
                       count_key(api));
      else if (api == &partiql_select) /* no paginator for ExecuteStatement */
        ll_rule_report(ctx, m, ev->span,
                       "`execute_statement` runs a SELECT without WHERE, which returns one page (at "
                       "most 1 MB), but its `Items` result is used as if complete: rows beyond the first "
                       "page are silently dropped; loop while the response has `NextToken`, passing "
                       "it back");
      else if (table) /* a boto3 Table resource has no paginator */
        ll_rule_report(ctx, m, ev->span,
                       "`%s` returns one page (at most 1 MB), but its `%s` result is used as if complete: "
                       "items beyond the first page are silently dropped; loop while the response has "
                       "`LastEvaluatedKey`, passing it as `ExclusiveStartKey`",
                       call->method, api->items);
      else
        ll_rule_report(ctx, m, ev->span,
                       "`%s` returns one page, but its `%s` result is used as if complete: data beyond the "
                       "first page is silently dropped; use `get_paginator(\"%s\")` or loop on the "
                       "continuation token",
                       call->method, api->items, call->method);
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  const { Contents } = await s3.send(\n"
     "    new ListObjectsV2Command({ Bucket: BUCKET, Prefix: event.prefix }));\n"
     "  return Contents.map((o) => o.Key);\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  const keys = [];\n"
     "  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: BUCKET, Prefix: event.prefix }))\n"
     "    keys.push(...(page.Contents ?? []).map((o) => o.Key));\n"
     "  return keys;\n"
     "};\n"},
    {LL_LANG_GO,
     "out, err := s3c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &bucket})\n"
     "if err != nil {\n"
     "	return err\n"
     "}\n"
     "for _, obj := range out.Contents { // the first 1,000 keys only\n"
     "	archive(ctx, obj)\n"
     "}\n",
     "p := s3.NewListObjectsV2Paginator(s3c, &s3.ListObjectsV2Input{Bucket: &bucket})\n"
     "for p.HasMorePages() {\n"
     "	page, err := p.NextPage(ctx)\n"
     "	if err != nil {\n"
     "		return err\n"
     "	}\n"
     "	for _, obj := range page.Contents {\n"
     "		archive(ctx, obj)\n"
     "	}\n"
     "}\n"},
    {LL_LANG_JAVA,
     "ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(bucket));\n"
     "for (S3Object o : r.contents()) process(o);\n",
     "for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) process(o);\n"},
    {LL_LANG_RUST,
     "async fn handler(db: &Client, event: LambdaEvent<Value>) -> Result<usize, Error> {\n"
     "    let out = db.scan().table_name(\"orders\").send().await?; // one 1 MB page\n"
     "    Ok(out.items().len())\n"
     "}\n",
     "async fn handler(db: &Client, event: LambdaEvent<Value>) -> Result<usize, Error> {\n"
     "    let items: Vec<_> = db.scan().table_name(\"orders\").into_paginator().items().send()\n"
     "        .try_collect().await?;\n"
     "    Ok(items.len())\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

/* The help line in the words of the languages that need their own (the others use `help`). */
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_RUST] = "use the SDK's paginator (`.into_paginator().send()`, then `while let Some(page) = "
                     "pages.next().await`), or loop on the continuation token",
    [LL_LANG_GO] = "use the SDK v2 paginator (`s3.NewListObjectsV2Paginator`, `dynamodb.NewScanPaginator`: loop on "
                   "`HasMorePages()`/`NextPage(ctx)`), v1 `…Pages` methods, or loop on the continuation token",
};

const ll_rule ll_rule_LL406 = {
    .id = "LL406",
    .name = "missing-pagination",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT) | LL_LANG_BIT(LL_LANG_GO) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "A paginated AWS list API is called once and its first page (or its count) used as the whole result.",
    .rationale =
        "List and scan APIs return one page at a time (1,000 S3 keys, 1 MB of DynamoDB items, 50 "
        "Lambda functions, …) plus a continuation token. Code that reads only the first page passes "
        "every test with small data and silently drops items once the bucket, table or account "
        "grows. Python: the paginated operations are those of botocore " BOTOCORE_VERSION "'s "
        "paginator definitions (Debian's python3-botocore; EC2 left out, see below), matched by the "
        "client's service when it is built in sight; beyond a hand-checked table, an operation "
        "from botocore alone is flagged only when it lists a whole account's collection (no "
        "arguments: `apigw.get_rest_apis()`), not a child collection a quota keeps small "
        "(`list_access_keys(UserName=…)`).",
    .example = "def lambda_handler(event, context):\n"
               "    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix=event[\"prefix\"])\n"
               "    return [o[\"Key\"] for o in resp.get(\"Contents\", [])]\n",
    .fix = "def lambda_handler(event, context):\n"
           "    pages = s3.get_paginator(\"list_objects_v2\").paginate(Bucket=BUCKET, Prefix=event[\"prefix\"])\n"
           "    return [o[\"Key\"] for page in pages for o in page.get(\"Contents\", [])]\n",
    .examples = examples,
    .help = "use the SDK's paginator (boto3 `client.get_paginator(operation).paginate(...)`, JS v3 "
            "`paginate…`), or loop on the continuation token",
    .help_by_language = help_by_language,
    .not_flagged = "Calls inside a continuation loop or in a function that reads the continuation "
                   "token; calls passing a token, a page size or limit (`MaxKeys=1`, `Limit=10`: "
                   "explicit single-page intent) or `**kwargs`; calls naming the resources they want "
                   "(`InstanceIds=[...]`); functions using a paginator; results "
                   "used only for an existence check (`\"Contents\" in r`, `if r[\"Items\"]:`) or for "
                   "their first element (`r[\"Items\"][0]`); DynamoDB `query` without a "
                   "FilterExpression (one item collection, usually well under a page) or whose key "
                   "condition, written in the call, bounds the sort key too (Python: `Key(\"pk\").eq(a) "
                   "& Key(\"sk\").begins_with(b)`, `\"pk = :p AND sk > :s\"`; JavaScript/TypeScript: "
                   "`KeyConditionExpression: \"pk = :p AND begins_with(sk, :s)\"`); EC2 "
                   "describe_instances / describe_snapshots / describe_volumes / "
                   "describe_security_groups, which return every result unless MaxResults is passed. "
                   "Python also: child collections an IAM quota keeps below one page "
                   "(`list_attached_role_policies(RoleName=…)`: at most 20 policies, pages of 100; a "
                   "user's access keys, groups, MFA devices; a policy's versions; role and user tags); "
                   "`Filters` naming resources by id (`{\"Key\": \"InstanceIds\", \"Values\": [id]}`, "
                   "`instance-id`); the project's own methods named like an SDK operation "
                   "(`self.list_objects()` defined by the class, or a project method of that name that "
                   "uses a paginator itself); an operation only another service pages, called on a receiver "
                   "whose name says its service (`self.client_ec2.describe_addresses()`: only "
                   "Snowball's `describe_addresses` pages).",
    .check_module = check,
};
