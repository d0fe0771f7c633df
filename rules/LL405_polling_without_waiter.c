/*
 * LL405 polling-without-waiter
 *
 * What it does: finds a loop that calls an AWS describe/get API and sleeps between calls, waiting
 * for a resource to change state, when the SDK has a waiter for exactly that API.
 * Why is this bad on Lambda: hand-written polling gets the interval, the attempt limit and the
 * failure states wrong (Sonar S7621), and it sleeps billed time. A waiter encodes the service's
 * success and failure states, delays and a bounded number of attempts.
 * Not flagged: polling APIs with no waiter (Athena `get_query_execution`, Step Functions
 * `describe_execution`, Glue `get_job_run`, Textract, …: LL401/LL403 still apply); loops that do not
 * sleep (pagination); loops over items (`for x in xs`, paced by a sleep: one call per item, no
 * resource waited on); loops that already use a waiter; code no handler reaches.
 * Python: a retry loop that sleeps only in `except` (it retries a failed call, it waits for no state)
 * is not flagged.
 * Python: the polled call is also found in a function of the module that the loop calls (and what
 * that function reaches), unless it uses a waiter itself.
 * JavaScript/TypeScript: v3 commands (`DescribeInstancesCommand` → `waitUntilInstanceRunning`) and v2
 * client methods (`ec2.describeInstances`), matched to the same waiter table once snake-cased.
 */
#include "rulekit.h"

typedef struct {
  const char *service, *operation, *waiter;
} waiter_api;

/* Operations of boto3 clients that a waiter polls (botocore's waiters-2.json), with one waiter. */
static const waiter_api python_waiters[] = {
    {"ec2", "describe_bundle_tasks", "bundle_task_complete"},
    {"ec2", "describe_conversion_tasks", "conversion_task_completed"},
    {"ec2", "describe_customer_gateways", "customer_gateway_available"},
    {"ec2", "describe_export_tasks", "export_task_completed"},
    {"ec2", "describe_images", "image_available"},
    {"ec2", "describe_instance_status", "instance_status_ok"},
    {"ec2", "describe_instances", "instance_running"},
    {"ec2", "describe_internet_gateways", "internet_gateway_exists"},
    {"ec2", "describe_key_pairs", "key_pair_exists"},
    {"ec2", "describe_nat_gateways", "nat_gateway_available"},
    {"ec2", "describe_network_interfaces", "network_interface_available"},
    {"ec2", "describe_security_groups", "security_group_exists"},
    {"ec2", "describe_snapshots", "snapshot_completed"},
    {"ec2", "describe_spot_instance_requests", "spot_instance_request_fulfilled"},
    {"ec2", "describe_subnets", "subnet_available"},
    {"ec2", "describe_volumes", "volume_available"},
    {"ec2", "describe_vpc_peering_connections", "vpc_peering_connection_exists"},
    {"ec2", "describe_vpcs", "vpc_available"},
    {"ec2", "describe_vpn_connections", "vpn_connection_available"},
    {"ec2", "get_password_data", "password_data_available"},
    {"rds", "describe_db_cluster_snapshots", "db_cluster_snapshot_available"},
    {"rds", "describe_db_clusters", "db_cluster_available"},
    {"rds", "describe_db_instances", "db_instance_available"},
    {"rds", "describe_db_snapshots", "db_snapshot_available"},
    {"cloudformation", "describe_change_set", "change_set_create_complete"},
    {"cloudformation", "describe_stacks", "stack_create_complete"},
    {"cloudformation", "describe_type_registration", "type_registration_complete"},
    {"dynamodb", "describe_export", "export_completed"},
    {"dynamodb", "describe_import", "import_completed"},
    {"dynamodb", "describe_table", "table_exists"},
    {"ecs", "describe_services", "services_stable"},
    {"ecs", "describe_tasks", "tasks_running"},
    {"eks", "describe_addon", "addon_active"},
    {"eks", "describe_cluster", "cluster_active"},
    {"eks", "describe_fargate_profile", "fargate_profile_active"},
    {"eks", "describe_nodegroup", "nodegroup_active"},
    {"emr", "describe_cluster", "cluster_running"},
    {"emr", "describe_step", "step_complete"},
    {"lambda", "get_function", "function_active_v2"},
    {"lambda", "get_function_configuration", "function_active"},
    {"s3", "head_bucket", "bucket_exists"},
    {"s3", "head_object", "object_exists"},
    {"ssm", "get_command_invocation", "command_executed"},
    {"redshift", "describe_cluster_snapshots", "snapshot_available"},
    {"redshift", "describe_clusters", "cluster_available"},
    {"elbv2", "describe_load_balancers", "load_balancer_available"},
    {"elbv2", "describe_target_health", "target_in_service"},
    {"elb", "describe_instance_health", "instance_in_service"},
    {"acm", "describe_certificate", "certificate_validated"},
    {"kinesis", "describe_stream", "stream_exists"},
    {"cloudfront", "get_distribution", "distribution_deployed"},
    {"cloudfront", "get_invalidation", "invalidation_completed"},
    {"route53", "get_change", "resource_record_sets_changed"},
    {"sagemaker", "describe_endpoint", "endpoint_in_service"},
    {"sagemaker", "describe_notebook_instance", "notebook_instance_in_service"},
    {"sagemaker", "describe_processing_job", "processing_job_completed_or_stopped"},
    {"sagemaker", "describe_training_job", "training_job_completed_or_stopped"},
    {"sagemaker", "describe_transform_job", "transform_job_completed_or_stopped"},
    {"elasticache", "describe_cache_clusters", "cache_cluster_available"},
    {"elasticache", "describe_replication_groups", "replication_group_available"},
    {"iam", "get_instance_profile", "instance_profile_exists"},
    {"iam", "get_policy", "policy_exists"},
    {"iam", "get_role", "role_exists"},
    {"iam", "get_user", "user_exists"},
    {"codedeploy", "get_deployment", "deployment_successful"},
    {"ecr", "describe_image_scan_findings", "image_scan_complete"},
    {"ecr", "get_lifecycle_policy_preview", "lifecycle_policy_preview_complete"},
    {"transcribe", "describe_language_model", "language_model_completed"},
    {"transcribe", "get_call_analytics_job", "call_analytics_job_completed"},
    {"transcribe", "get_transcription_job", "transcription_job_completed"},
    {"transcribe", "get_vocabulary", "vocabulary_ready"},
    {"neptune", "describe_db_instances", "db_instance_available"},
    {"docdb", "describe_db_instances", "db_instance_available"},
    {NULL, NULL, NULL}};

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && ll_streq(s + n - k, suffix);
}

/* The waiter for a client call, or NULL. With the client's service unknown, only an operation
 * name that exactly one service has. */
static const waiter_api *waiter_for(const ll_call *call) {
  if (!strchr(call->callee, '.')) return NULL;
  const char *service = NULL;
  if (call->receiver_ctor && ends_with(call->receiver_ctor, "client")) service = call->receiver_arg;
  const waiter_api *found = NULL;
  int matches = 0;
  for (size_t i = 0; python_waiters[i].service; i++) {
    if (strcmp(python_waiters[i].operation, call->method)) continue;
    if (service && ll_streq(service, python_waiters[i].service)) return &python_waiters[i];
    found = &python_waiters[i];
    matches++;
  }
  if (service) return NULL;
  if (call->receiver_ctor && !ends_with(call->receiver_ctor, "client")) return NULL;
  return matches == 1 ? found : NULL;
}

/* ---- JavaScript / TypeScript ------------------------------------------------------------------ */

/* The waiter for a JS call: a v3 `new DescribeInstancesCommand(…)` of `@aws-sdk/client-ec2`, or a
 * v2 `ec2.describeInstances(…)` on an `aws-sdk` client; NULL otherwise. */
static const waiter_api *js_waiter_for(const ll_call *call) {
  static const char suffix[] = "Command", v3[] = "@aws-sdk/client-";
  char op[128], service[64] = "";
  size_t n = strlen(call->method), k = sizeof(suffix) - 1;
  if (!strncmp(call->callee, v3, sizeof(v3) - 1) && n > k && ll_streq(call->method + n - k, suffix)) {
    ll_snake_case(call->method, n - k, op, sizeof op);
    size_t len = strcspn(call->callee + sizeof(v3) - 1, ".");
    if (len < sizeof service) memcpy(service, call->callee + sizeof(v3) - 1, len), service[len] = '\0';
  } else if (call->receiver_ctor && !strncmp(call->receiver_ctor, "aws-sdk.", 8)) {
    ll_snake_case(call->method, n, op, sizeof op);
    const char *svc = call->receiver_ctor + 8;
    size_t i = 0;
    for (; svc[i] && svc[i] != '.' && i + 1 < sizeof service; i++)
      service[i] = (char)(svc[i] >= 'A' && svc[i] <= 'Z' ? svc[i] - 'A' + 'a' : svc[i]);
    service[i] = '\0';
  } else {
    return NULL;
  }
  const waiter_api *found = NULL;
  int matches = 0;
  for (size_t i = 0; python_waiters[i].service; i++) {
    if (strcmp(python_waiters[i].operation, op)) continue;
    if (ll_streq(service, python_waiters[i].service)) return &python_waiters[i];
    found = &python_waiters[i];
    matches++;
  }
  return matches == 1 ? found : NULL;
}

/* ---- Go --------------------------------------------------------------------------------------- */

/* The waiter for a Go call `client.DescribeInstances(ctx, &ec2.DescribeInstancesInput{…})`: its SDK
 * input struct, written in the call, names the service ("…/service/ec2.DescribeInstancesInput"). */
static const waiter_api *go_waiter_for(const ll_function *fn, uint32_t at) {
  const ll_event *ev = &fn->events[at];
  const char *method = ev->as.call.method;
  size_t n = strlen(method);
  for (uint32_t e = at + 1; e < fn->n_events && fn->events[e].span.start_byte < ev->span.end_byte; e++) {
    const ll_call *in = &fn->events[e].as.call;
    const char *svc = fn->events[e].kind == LL_EV_CALL ? strstr(in->callee, "/service/") : NULL;
    if (!svc || strncmp(in->callee, "github.com/aws/aws-sdk-go", 25) || strncmp(in->method, method, n) ||
        !ll_streq(in->method + n, "Input"))
      continue;
    char op[128], service[64];
    size_t len = strcspn(svc + 9, ".");
    if (len >= sizeof service) return NULL;
    memcpy(service, svc + 9, len);
    service[len] = '\0';
    ll_snake_case(method, n, op, sizeof op);
    for (size_t i = 0; python_waiters[i].service; i++)
      if (ll_streq(python_waiters[i].operation, op) && ll_streq(python_waiters[i].service, service))
        return &python_waiters[i];
    return NULL;
  }
  return NULL;
}

/* ---- Java ------------------------------------------------------------------------------------ */

/* Java: a method of an AWS SDK client (`ec2.describeInstances(req)` with `ec2` built by
 * `Ec2Client.create()`, v1 `AmazonEC2ClientBuilder.defaultClient()`); the service is the package
 * name, which is boto3's for the services with waiters. */
static const waiter_api *java_waiter_for(const ll_call *call) {
  static const char *const prefixes[] = {"software.amazon.awssdk.services.", "com.amazonaws.services.", NULL};
  const char *r = call->receiver_ctor;
  for (size_t p = 0; r && prefixes[p]; p++) {
    size_t k = strlen(prefixes[p]), len = strcspn(r + k, ".");
    char op[128];
    if (strncmp(r, prefixes[p], k)) continue;
    ll_snake_case(call->method, strlen(call->method), op, sizeof op);
    for (size_t i = 0; python_waiters[i].service; i++)
      if (ll_streq(python_waiters[i].operation, op) && strlen(python_waiters[i].service) == len &&
          !strncmp(python_waiters[i].service, r + k, len))
        return &python_waiters[i];
  }
  return NULL;
}

/* "instance_running" → "InstanceRunning" */
static void pascal_case(const char *snake, char *out, size_t size) {
  size_t k = 0;
  bool up = true;
  for (const char *c = snake; *c && k + 1 < size; c++) {
    if (*c == '_') {
      up = true;
      continue;
    }
    out[k++] = up && *c >= 'a' && *c <= 'z' ? (char)(*c - 'a' + 'A') : *c;
    up = false;
  }
  out[k] = '\0';
}

/* The waiter-backed call a project helper makes (Python), found by walking what it reaches. */
typedef struct {
  const waiter_api *waiter;
  const char *op;
  bool uses_waiter;
} helper_poll;

static bool helper_polls(const ll_module *module, int fn, void *user) {
  helper_poll *h = (helper_poll *)user;
  if (module->language != LL_LANG_PYTHON || fn <= 0) return false;
  const ll_function *f = &module->functions[fn];
  for (uint32_t e = 0; e < f->n_events; e++) {
    const ll_event *ev = &f->events[e];
    if (ev->kind != LL_EV_CALL) continue;
    if (ll_streq(ev->as.call.method, "get_waiter")) h->uses_waiter = true; /* it waits properly */
    const waiter_api *w = waiter_for(&ev->as.call);
    if (w && !h->waiter) {
      h->waiter = w;
      h->op = ev->as.call.method;
    }
  }
  return false;
}

/* Python: the polled API is called by a function of this module the loop calls
 * (`while get_status(arn) != "ACTIVE": time.sleep(5)`, `get_status` calling `describe_stream`). */
static const waiter_api *waiter_through_helper(const ll_rule_ctx *ctx, const ll_module *m, const ll_call *call,
                                               const char **op) {
  int helper = ll_module_function_index(m, call->callee);
  if (m->language != LL_LANG_PYTHON || helper <= 0) return NULL;
  helper_poll h = {NULL, NULL, false};
  (void)ll_rule_visit_reached(ctx, m, helper, helper_polls, &h);
  *op = h.op;
  return h.uses_waiter ? NULL : h.waiter;
}

/* Whether every sleep in the body of the loop at event `at` (up to `end`) is in an exception handler. */
static bool sleeps_only_on_error(const ll_function *fn, uint32_t at, uint32_t end) {
  bool any = false;
  for (uint32_t i = at + 1; i < end && i < fn->n_events; i++) {
    const ll_event *in = &fn->events[i];
    if (in->kind != LL_EV_CALL || !ll_streq(in->as.call.method, "sleep")) continue;
    if (!in->in_except) return false;
    any = true;
  }
  return any;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  bool js = ll_is_js(m), go = m->language == LL_LANG_GO, java = m->language == LL_LANG_JAVA;
  if (m->language != LL_LANG_PYTHON && !js && !go && !java) return;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_LOOP || !ev->as.loop.body_sleeps) continue;
      uint32_t end = ev->as.loop.body_end ? ev->as.loop.body_end : fn->n_events;
      /* a loop over items calls the API once per item: it does not wait for one resource's state */
      if (ev->as.loop.kind == LL_LOOP_FOREACH) continue;
      const waiter_api *w = NULL;
      const char *op = NULL;
      bool uses_waiter = false;
      for (uint32_t i = e + 1; i < end && i < fn->n_events; i++) {
        const ll_event *in = &fn->events[i];
        if (in->kind != LL_EV_CALL) continue;
        if (ll_streq(in->as.call.method, "get_waiter") || ll_streq(in->as.call.method, "wait") ||
            !strncmp(in->as.call.method, "waitUntil", 9) || ll_streq(in->as.call.method, "waitFor") ||
            (go && ends_with(in->as.call.method, "Waiter")))
          uses_waiter = true;
        const waiter_api *found = go     ? go_waiter_for(fn, i)
                                  : js   ? js_waiter_for(&in->as.call)
                                  : java ? java_waiter_for(&in->as.call)
                                         : waiter_for(&in->as.call);
        if (found && !w) {
          w = found;
          op = in->as.call.method;
        }
        if (!found && !w) w = waiter_through_helper(ctx, m, &in->as.call, &op);
      }
      if (!w || uses_waiter) continue;
      /* Python: a loop that sleeps only in `except` retries a failed call; it does not wait for a
       * state, and a waiter would not replace it */
      if (m->language == LL_LANG_PYTHON && sleeps_only_on_error(fn, e, end)) continue;
      if (java) {
        char waiter[96];
        pascal_case(w->waiter, waiter, sizeof waiter);
        ll_rule_report(ctx, m, ev->span,
                       "polls `%s` in a sleep loop: the SDK has a waiter for it (`client.waiter()."
                       "waitUntil%s(…)`), with the service's success and failure states and a bounded wait",
                       op, waiter);
        e = end - 1;
        continue;
      }
      if (go) {
        char waiter[96];
        pascal_case(w->waiter, waiter, sizeof waiter);
        ll_rule_report(ctx, m, ev->span,
                       "polls `%s` in a sleep loop: the SDK has a waiter for it (`%s.New%sWaiter(client)"
                       ".Wait(ctx, input, maxWait)`), with the service's success and failure states and "
                       "a bounded wait",
                       op, w->service, waiter);
        e = end - 1;
        continue;
      }
      if (js) {
        char waiter[96];
        pascal_case(w->waiter, waiter, sizeof waiter);
        ll_rule_report(ctx, m, ev->span,
                       "polls `%s` in a sleep loop: the SDK has a waiter for it (`waitUntil%s` from "
                       "@aws-sdk/client-%s), with the service's success and failure states and a "
                       "bounded wait",
                       op, waiter, w->service);
        e = end - 1;
        continue;
      }
      ll_rule_report(ctx, m, ev->span,
                     "polls `%s` in a sleep loop: boto3 has a waiter for it (e.g. "
                     "`%s.get_waiter(\"%s\").wait(...)`), with the service's success and failure "
                     "states and a bounded number of attempts",
                     op, w->service, w->waiter);
      e = end - 1; /* report the outermost polling loop only */
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  await ec2.send(new StartInstancesCommand({ InstanceIds: [event.id] }));\n"
     "  for (;;) {\n"
     "    const r = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [event.id] }));\n"
     "    if (r.Reservations[0].Instances[0].State.Name === \"running\") break;\n"
     "    await setTimeout(5000);\n"
     "  }\n"
     "};\n",
     "import { waitUntilInstanceRunning } from \"@aws-sdk/client-ec2\";\n"
     "\n"
     "export const handler = async (event) => {\n"
     "  await ec2.send(new StartInstancesCommand({ InstanceIds: [event.id] }));\n"
     "  await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 120 }, { InstanceIds: [event.id] });\n"
     "};\n"},
    {LL_LANG_GO,
     "for {\n"
     "	out, err := ec2c.DescribeInstances(ctx, &ec2.DescribeInstancesInput{InstanceIds: ids})\n"
     "	if err != nil {\n"
     "		return err\n"
     "	}\n"
     "	if out.Reservations[0].Instances[0].State.Name == types.InstanceStateNameRunning {\n"
     "		break\n"
     "	}\n"
     "	time.Sleep(5 * time.Second)\n"
     "}\n",
     "w := ec2.NewInstanceRunningWaiter(ec2c)\n"
     "err := w.Wait(ctx, &ec2.DescribeInstancesInput{InstanceIds: ids}, 2*time.Minute)\n"},
    {LL_LANG_JAVA,
     "ec2.startInstances(b -> b.instanceIds(id));\n"
     "while (true) {\n"
     "  DescribeInstancesResponse r = ec2.describeInstances(b -> b.instanceIds(id));\n"
     "  if (r.reservations().get(0).instances().get(0).state().name() == InstanceStateName.RUNNING) break;\n"
     "  Thread.sleep(5000);\n"
     "}\n",
     "ec2.startInstances(b -> b.instanceIds(id));\n"
     "ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));\n"},
    {LL_LANG_COUNT, NULL, NULL}};

/* The help line in Go's words (the other languages use `help`). */
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_GO] = "use the SDK v2 waiter (`NewXxxWaiter(client).Wait(ctx, input, maxWait)`) or v1 `WaitUntil…WithContext`, "
                   "or Step Functions for long waits",
};

const ll_rule ll_rule_LL405 = {
    .id = "LL405",
    .name = "polling-without-waiter",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT) | LL_LANG_BIT(LL_LANG_GO),
    .summary = "A sleep loop polls an AWS API for which the SDK has a waiter.",
    .rationale =
        "Hand-written polling loops get the interval, the maximum number of attempts and the "
        "failure states wrong: they spin forever on a resource that went to a failed state, or give "
        "up too early. SDK waiters encode the service's success and failure states, sensible delays "
        "and a bounded number of attempts. In Lambda, every second of polling is billed time and "
        "brings the invocation closer to its timeout.",
    .example = "def lambda_handler(event, context):\n"
               "    ec2.start_instances(InstanceIds=[event[\"id\"]])\n"
               "    while True:\n"
               "        r = ec2.describe_instances(InstanceIds=[event[\"id\"]])\n"
               "        if r[\"Reservations\"][0][\"Instances\"][0][\"State\"][\"Name\"] == \"running\":\n"
               "            break\n"
               "        time.sleep(5)\n",
    .fix = "def lambda_handler(event, context):\n"
           "    ec2.start_instances(InstanceIds=[event[\"id\"]])\n"
           "    ec2.get_waiter(\"instance_running\").wait(\n"
           "        InstanceIds=[event[\"id\"]], WaiterConfig={\"Delay\": 5, \"MaxAttempts\": 24})\n",
    .examples = examples,
    .help = "use the SDK waiter (boto3 `client.get_waiter(name).wait(...)`, JS v3 `waitUntil…`), or Step "
            "Functions for long waits",
    .help_by_language = help_by_language,
    .not_flagged = "Polling APIs that have no waiter (Athena get_query_execution, Step Functions "
                   "describe_execution, Glue get_job_run, Textract, …; LL401/LL403 still apply); loops "
                   "that do not sleep (pagination); loops over items (`for x in xs`: one call per item, "
                   "no resource waited on); loops that already use a waiter; code no handler "
                   "reaches. Python: a retry loop whose only sleep is in `except` (it retries a failed "
                   "call and waits for no state change; a waiter would not replace it).",
    .check_module = check,
};
