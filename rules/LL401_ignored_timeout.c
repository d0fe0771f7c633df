/*
 * LL401 ignored-timeout
 *
 * What it does: finds unbounded or slow loops in handler code (while-true, pagination, polling or
 * retrying with sleep) when nothing the handler reaches reads the invocation's remaining time.
 * Why is this bad on Lambda: every invocation has a hard timeout (at most 900 s). When it hits, the
 * runtime is killed mid-iteration: no cleanup, no partial result, no checkpoint, and an async or
 * queue event is retried from the start, redoing the same work into the same timeout.
 * Not flagged: loops whose condition or body reads the remaining time, or whose handler reads it
 * anywhere it reaches; counted retries (`for i in range(n)`; in Python also `while attempts < 10:`
 * with `attempts += 1`); a for-each over the event's records (bounded by the batch size) without sleeping;
 * an endless loop that leaves at a local condition with no remote I/O and no sleep (a Thrift
 * `read()` up to the STOP field, a file read in chunks); pages capped by `PaginationConfig`'s
 * `MaxItems`.
 * CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, an event's `RequestType`) and the
 * sibling modules only they reach run
 * a few times per deployment, not per request: nothing there is reported.
 */
#include "rulekit.h"

static const char *const deadline_api[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = "context.get_remaining_time_in_millis()",
    [LL_LANG_JAVASCRIPT] = "context.getRemainingTimeInMillis()",
    [LL_LANG_TYPESCRIPT] = "context.getRemainingTimeInMillis()",
    [LL_LANG_GO] = "ctx.Deadline()",
    [LL_LANG_RUST] = "context.deadline",
    [LL_LANG_JAVA] = "context.getRemainingTimeInMillis()",
    [LL_LANG_C] = "req.get_time_remaining()",
    [LL_LANG_CPP] = "req.get_time_remaining()",
};

static bool is_paginated(const ll_loop *loop) {
  const char *c = loop->iter_callee;
  if (!c) return false;
  const char *method = strrchr(c, '.');
  /* boto3 `paginate`; SDK for JavaScript v3 `paginateListObjectsV2(…)` */
  size_t n = method ? strlen(method + 1) : 0;
  /* Java SDK v2: `s3.listObjectsV2Paginator(req)` and its `.contents()` / `.items()` */
  if (strstr(c, "Paginator()") || (n > 9 && ll_streq(method + 1 + n - 9, "Paginator"))) return true;
  return method && (ll_streq(method + 1, "paginate") || ll_streq(method + 1, "iterate_pages") ||
                    !strncmp(method + 1, "paginate", 8));
}

static bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/* Whether `text[0..n)` steps `name` by one: `name += 1`, `name -= 1`, `name++`, `--name`,
 * `name = name + 1`. */
static bool steps_by_one(const char *text, size_t n, const char *name, size_t len) {
  for (size_t i = 0; i + len <= n; i++) {
    if (strncmp(text + i, name, len) != 0 || (i > 0 && ident_char(text[i - 1])) ||
        (i + len < n && ident_char(text[i + len])))
      continue;
    if (i >= 2 && (!strncmp(text + i - 2, "++", 2) || !strncmp(text + i - 2, "--", 2))) return true;
    const char *p = text + i + len, *end = text + n;
    while (p < end && *p == ' ') p++;
    if (end - p >= 2 && (!strncmp(p, "++", 2) || !strncmp(p, "--", 2))) return true;
    if (end - p >= 2 && (!strncmp(p, "+=", 2) || !strncmp(p, "-=", 2))) {
      for (p += 2; p < end && *p == ' '; p++) {}
      if (p < end && *p == '1' && (p + 1 == end || !ident_char(p[1]))) return true;
    } else if (p < end && *p == '=' && (end - p < 2 || p[1] != '=')) {
      for (p++; p < end && *p == ' '; p++) {}
      size_t rest = (size_t)(end - p);
      if (rest > len + 3 && !strncmp(p, name, len) && !ident_char(p[len])) {
        for (p += len; p < end && *p == ' '; p++) {}
        if (p + 1 < end && (*p == '+' || *p == '-')) {
          for (p++; p < end && *p == ' '; p++) {}
          if (p < end && *p == '1' && (p + 1 == end || !ident_char(p[1]))) return true;
        }
      }
    }
  }
  return false;
}

/* Whether `text[from..to)` compares a counter that `body` steps by one: an operand of `<`, `>`,
 * `<=`, `>=` (and of `==` when `eq`) that is a name. */
static bool compares_counter(const char *text, size_t from, size_t to, const char *body, size_t body_n, bool eq) {
  for (size_t i = from; i < to; i++) {
    bool op = text[i] == '<' || text[i] == '>';
    if (eq && text[i] == '=' && i + 1 < to && text[i + 1] == '=' && (i == from || !strchr("<>!=", text[i - 1])))
      op = true;
    if (!op) continue;
    /* the operands either side of the comparison: a name is a counter candidate */
    size_t l = i;
    while (l > from && text[l - 1] == ' ') l--;
    size_t ls = l;
    while (ls > from && ident_char(text[ls - 1])) ls--;
    size_t r = i + 1 + (i + 1 < to && text[i + 1] == '=');
    while (r < to && text[r] == ' ') r++;
    size_t re = r;
    while (re < to && ident_char(text[re])) re++;
    if (l > ls && steps_by_one(body, body_n, text + ls, l - ls)) return true;
    if (re > r && steps_by_one(body, body_n, text + r, re - r)) return true;
    i = r > i ? r - 1 : i;
  }
  return false;
}

/* Whether the line `text[p..end)` (indentation stripped) leaves the loop: `raise`, `break`,
 * `return`, `sys.exit(…)` / `exit(…)`. */
static bool leaves_loop(const char *text, size_t p, size_t end) {
  static const char *const words[] = {"raise", "break", "return", "sys.exit(", "exit(", NULL};
  for (size_t w = 0; words[w]; w++) {
    size_t len = strlen(words[w]);
    if (end - p >= len && !strncmp(text + p, words[w], len) &&
        (words[w][len - 1] == '(' || p + len == end || !ident_char(text[p + len])))
      return true;
  }
  return false;
}

/* Python: whether the body leaves the loop once a counter it steps by one passes a bound
 * (`if retry >= MAX: raise …`, `if i == 10: sys.exit()`, `if x > 20: break`). */
static bool counter_exit(const char *text, size_t n, size_t head) {
  const char *body = text + head;
  size_t body_n = n - head;
  for (size_t i = head; i < n; i++) {
    if (text[i] != '\n') continue;
    size_t p = i + 1;
    while (p < n && text[p] == ' ') p++;
    size_t indent = p - (i + 1), eol = p;
    while (eol < n && text[eol] != '\n') eol++;
    size_t kw = eol - p > 3 && !strncmp(text + p, "if ", 3) ? 3 : eol - p > 5 && !strncmp(text + p, "elif ", 5) ? 5 : 0;
    if (!kw || !compares_counter(text, p + kw, eol, body, body_n, true)) continue;
    /* a one-line `if x > 20: break`, else the lines indented under the `if` */
    size_t colon = eol;
    while (colon > p && text[colon - 1] != ':') colon--;
    size_t q = colon;
    while (q < eol && text[q] == ' ') q++;
    if (colon > p && q < eol && leaves_loop(text, q, eol)) return true;
    for (size_t ls = eol + 1; ls < n;) {
      size_t lp = ls, le;
      while (lp < n && text[lp] == ' ') lp++;
      for (le = lp; le < n && text[le] != '\n'; le++) {}
      if (lp < le && text[lp] != '#') {
        if (lp - ls <= indent) break;
        if (leaves_loop(text, lp, le)) return true;
      }
      ls = le + 1;
    }
  }
  return false;
}

/* Whether a `while` loop is a counted retry: its condition compares a counter (`attempts < 10`,
 * `retries > 0`, `i <= MAX_TRIES`) or is a bare counter (`while tries:`) that its body steps by
 * one, or (Python) its body leaves once such a counter passes a bound. Read from the loop's source. */
static bool counted_while(const ll_module *m, ll_span span) {
  if (span.end_byte > m->source_len || span.start_byte >= span.end_byte) return false;
  const char *text = m->source + span.start_byte;
  size_t n = span.end_byte - span.start_byte, head = 0;
  while (head < n && head < 400 && text[head] != ':' && text[head] != '{' && text[head] != '\n') head++;
  if (compares_counter(text, 0, head, text + head, n - head, false)) return true;
  if (m->language != LL_LANG_PYTHON) return false;
  if (head > 6 && !strncmp(text, "while ", 6)) {
    size_t s = 6, e;
    while (s < head && text[s] == ' ') s++;
    for (e = s; e < head && ident_char(text[e]); e++) {}
    size_t t = e;
    while (t < head && text[t] == ' ') t++;
    if (e > s && t == head && steps_by_one(text + head, n - head, text + s, e - s)) return true;
  }
  return counter_exit(text, n, head);
}

/* Method prefixes of remote APIs (in snake case) that a front-end may not know as I/O when their
 * client is out of sight (`self.cloudwatch.get_metric_data(**params)`). */
static const char *const remote_verbs[] = {"get_", "list_", "describe_", "search_", "fetch", "receive",
                                           "poll", "query", "scan", NULL};

static const char *const continuation_keys[] = {"NextToken", "nextToken", "NextContinuationToken",
                                                "LastEvaluatedKey", "NextMarker", "IsTruncated",
                                                "NextPageToken", "Marker", NULL};

/* Java's classes of pure computation (argument checks, arithmetic, array copies). */
static const char *const java_computation[] = {"Objects", "java.util.Objects", "Math", "StrictMath", "Arrays",
                                               "java.util.Arrays", "System.arraycopy", "Integer", "Long",
                                               "Character", "String", NULL};

/* Whether a function calls anything but computation: one that does not (a byte search over a
 * buffer) ends with its input. */
static bool makes_calls(const ll_module *m, const ll_function *fn) {
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_CALL) continue;
    if (m->language == LL_LANG_JAVA && ll_qname_in_table(ev->as.call.callee, java_computation)) continue;
    return true;
  }
  return false;
}

/* Whether the body may depend on remote state the front-end did not mark as I/O: it calls a function
 * of this module that calls others, a method named like a remote API, or reads a continuation token. */
static bool body_may_be_remote(const ll_module *m, const ll_function *fn, uint32_t at) {
  for (uint32_t e = at + 1; e < fn->events[at].as.loop.body_end && e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind == LL_EV_KEY_READ && ev->name && ll_callee_is(ev->name, continuation_keys)) return true;
    if (ev->kind != LL_EV_CALL) continue;
    int local = ll_module_function_index(m, ev->as.call.callee);
    if (local > 0 && makes_calls(m, &m->functions[local])) return true;
    char method[128];
    ll_snake_case(ev->as.call.method, strlen(ev->as.call.method), method, sizeof method);
    for (size_t i = 0; remote_verbs[i] && strchr(ev->as.call.callee, '.'); i++)
      if (!strncmp(method, remote_verbs[i], strlen(remote_verbs[i]))) return true;
  }
  return false;
}

/* Whether paginating call `ev` asks for a bounded number of items (`PaginationConfig={"MaxItems": 50}`). */
static bool asks_max_items(const ll_module *m, const ll_event *ev) {
  if (!ev || !ll_call_keyword(&ev->as.call, "PaginationConfig") || ev->span.end_byte > m->source_len) return false;
  for (uint32_t i = ev->span.start_byte; i + 8 <= ev->span.end_byte; i++)
    if (!strncmp(m->source + i, "MaxItems", 8)) return true;
  return false;
}

/* Whether a paginated loop asks for a bounded number of items: the paginating call in the loop's
 * header, else (Python `pages = p.paginate(...)` then `for page in pages:`) the last one before it. */
static bool bounded_pages(const ll_module *m, const ll_function *fn, uint32_t at) {
  const ll_event *loop = &fn->events[at], *before = NULL;
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind != LL_EV_CALL || !ll_streq(ev->as.call.callee, loop->as.loop.iter_callee)) continue;
    if (ev->span.start_byte < loop->span.start_byte) before = ev;
    else if (ev->span.start_byte < loop->span.end_byte) return asks_max_items(m, ev);
  }
  return asks_max_items(m, before);
}

/* Whether a Python for-each loop at event `at` sleeps outside the counted retries nested in it: a
 * sleep in `while not ok: if retries > 10: return … time.sleep(…)` belongs to that bounded retry,
 * not to each item of the outer loop. */
static bool python_sleeps_per_item(const ll_module *m, const ll_function *fn, uint32_t at) {
  static const char *const sleeps[] = {"time.sleep", "asyncio.sleep", "gevent.sleep", NULL};
  for (uint32_t e = at + 1; e < fn->events[at].as.loop.body_end && e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    const char *lit = ev->kind == LL_EV_CALL ? ev->as.call.first_literal : NULL;
    if (ev->kind == LL_EV_LOOP && ev->as.loop.body_end > e && counted_while(m, ev->span))
      e = ev->as.loop.body_end - 1; /* nested loops are scanned through, counted retries skipped */
    else if (ev->kind == LL_EV_CALL && ll_callee_is(ev->as.call.callee, sleeps) &&
             !(lit && strspn(lit, "0._") == strlen(lit))) /* sleep(0) yields */
      return true;
  }
  return false;
}

/* Why the loop at event `at` of `fn` can outlast the invocation, or NULL when it cannot: only loops
 * whose iteration count depends on remote state (polling, pagination, unbounded retries). */
static const char *offence(const ll_module *m, const ll_function *fn, uint32_t at) {
  const ll_loop *loop = &fn->events[at].as.loop;
  if (loop->cond_reads_deadline || loop->body_reads_deadline) return NULL;
  switch (loop->kind) {
  case LL_LOOP_INFINITE:
    /* Python `while True:` that raises / breaks once its attempt counter passes a bound */
    if (m->language == LL_LANG_PYTHON && counted_while(m, fn->events[at].span)) return NULL;
    /* a loop that leaves at a local condition (a protocol's STOP field, the end of a file read in
     * chunks) with no remote I/O and no sleep ends with its input */
    if (loop->has_break && !loop->body_sleeps && !loop->body_io && !body_may_be_remote(m, fn, at))
      return NULL;
    return "an infinite loop";
  case LL_LOOP_WHILE:
    /* Python `while attempts < 10:`, `while tries:`, `if retry >= N: raise` in the body; other
     * languages' corpora still count such loops as unbounded */
    if (m->language == LL_LANG_PYTHON && counted_while(m, fn->events[at].span)) return NULL;
    if (loop->body_sleeps) return "a polling/retry loop that sleeps";
    return loop->body_io ? "a loop that repeats I/O until a condition changes" : NULL;
  case LL_LOOP_FOREACH:
    if (is_paginated(loop)) return bounded_pages(m, fn, at) ? NULL : "a loop over every page of a paginated API";
    if (loop->body_sleeps && m->language == LL_LANG_PYTHON && !python_sleeps_per_item(m, fn, at)) return NULL;
    return loop->body_sleeps ? "a loop that sleeps per item" : NULL;
  default:
    return NULL;
  }
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f) || ll_rule_deadline_read(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_LOOP) continue;
      const char *why = offence(m, fn, e);
      if (!why) continue;
      if (ll_custom_resource_code(ctx, m, (int)f)) break; /* runs a few times per deployment */
      const char *api = deadline_api[m->language] ? deadline_api[m->language] : "the remaining time";
      ll_rule_report(ctx, m, ev->span,
                     "%s with no check of the remaining time: at the function timeout Lambda kills it "
                     "mid-work; stop early when %s gets low",
                     why, api);
      e = ev->as.loop.body_end ? ev->as.loop.body_end - 1 : e; /* report the outermost loop only */
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  let ExclusiveStartKey;\n"
     "  do {\n"
     "    const page = await db.send(new ScanCommand({ TableName, ExclusiveStartKey }));\n"
     "    await archive(page.Items);\n"
     "    ExclusiveStartKey = page.LastEvaluatedKey;\n"
     "  } while (ExclusiveStartKey);\n"
     "};\n",
     "export const handler = async (event, context) => {\n"
     "  let ExclusiveStartKey = event.resumeFrom;\n"
     "  do {\n"
     "    if (context.getRemainingTimeInMillis() < 10000) return { resumeFrom: ExclusiveStartKey };\n"
     "    const page = await db.send(new ScanCommand({ TableName, ExclusiveStartKey }));\n"
     "    await archive(page.Items);\n"
     "    ExclusiveStartKey = page.LastEvaluatedKey;\n"
     "  } while (ExclusiveStartKey);\n"
     "};\n"},
    {LL_LANG_GO,
     "func handler(ctx context.Context, ev Event) error {\n"
     "	p := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &ev.Bucket})\n"
     "	for p.HasMorePages() {\n"
     "		page, err := p.NextPage(ctx)\n"
     "		if err != nil {\n"
     "			return err\n"
     "		}\n"
     "		archive(ctx, page.Contents)\n"
     "	}\n"
     "	return nil\n"
     "}\n",
     "func handler(ctx context.Context, ev Event) error {\n"
     "	deadline, _ := ctx.Deadline()\n"
     "	p := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &ev.Bucket})\n"
     "	for p.HasMorePages() && time.Until(deadline) > 10*time.Second {\n"
     "		page, err := p.NextPage(ctx)\n"
     "		if err != nil {\n"
     "			return err\n"
     "		}\n"
     "		archive(ctx, page.Contents)\n"
     "	}\n"
     "	return nil // re-queue the rest when the deadline gets close\n"
     "}\n"},
    {LL_LANG_JAVA,
     "public Void handleRequest(ScheduledEvent event, Context context) {\n"
     "  for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) archive(o);\n"
     "  return null;\n"
     "}\n",
     "public Void handleRequest(ScheduledEvent event, Context context) {\n"
     "  for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {\n"
     "    if (context.getRemainingTimeInMillis() < 10_000) { checkpoint(o.key()); break; }\n"
     "    archive(o);\n"
     "  }\n"
     "  return null;\n"
     "}\n"},
    {LL_LANG_RUST,
     "async fn handler(sqs: &Client, event: LambdaEvent<Value>) -> Result<(), Error> {\n"
     "    loop {\n"
     "        let out = sqs.receive_message().queue_url(QUEUE).send().await?;\n"
     "        if out.messages().is_empty() { break; }\n"
     "    }\n"
     "    Ok(())\n"
     "}\n",
     "async fn handler(sqs: &Client, event: LambdaEvent<Value>) -> Result<(), Error> {\n"
     "    let deadline = event.context.deadline; // ms since the epoch\n"
     "    while now_ms() + 5_000 < deadline {\n"
     "        let out = sqs.receive_message().queue_url(QUEUE).send().await?;\n"
     "        if out.messages().is_empty() { break; }\n"
     "    }\n"
     "    Ok(())\n"
     "}\n"},
    {LL_LANG_CPP,
     "static invocation_response handler(invocation_request const &req) {\n"
     "  while (!export_done(req.payload)) // killed mid-loop at the function timeout\n"
     "    std::this_thread::sleep_for(std::chrono::seconds(5));\n"
     "  return invocation_response::success(\"exported\", \"text/plain\");\n"
     "}\n",
     "static invocation_response handler(invocation_request const &req) {\n"
     "  while (!export_done(req.payload)) {\n"
     "    if (req.get_time_remaining() < std::chrono::seconds(10))\n"
     "      return invocation_response::failure(\"not yet\", \"Retry\"); // re-queued, not killed\n"
     "    std::this_thread::sleep_for(std::chrono::seconds(5));\n"
     "  }\n"
     "  return invocation_response::success(\"exported\", \"text/plain\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL401 = {
    .id = "LL401",
    .name = "ignored-timeout",
    .severity = LL_SEVERITY_WARNING,
    .languages = (1u << LL_LANG_COUNT) - 1,
    .summary = "An unbounded or polling loop runs without ever checking the invocation's remaining time.",
    .rationale =
        "Every Lambda invocation has a hard timeout (at most 900 seconds). When it is reached the "
        "runtime is stopped mid-iteration: no cleanup runs, no partial result is returned, and an "
        "asynchronous or queue-triggered event is retried from the beginning, repeating the same work "
        "into the same timeout. Loops that page through an API, poll, or retry should stop while "
        "there is still time left, and hand the rest over (a continuation token, a new message).",
    .example = "def lambda_handler(event, context):\n"
               "    for page in s3.get_paginator(\"list_objects_v2\").paginate(Bucket=BUCKET):\n"
               "        for obj in page.get(\"Contents\", []):\n"
               "            process(obj)\n",
    .fix = "def lambda_handler(event, context):\n"
           "    for page in s3.get_paginator(\"list_objects_v2\").paginate(Bucket=BUCKET):\n"
           "        if context.get_remaining_time_in_millis() < 10_000:\n"
           "            return {\"continue_after\": page.get(\"NextContinuationToken\")}\n"
           "        for obj in page.get(\"Contents\", []):\n"
           "            process(obj)\n",
    .examples = examples,
    .help = "check the remaining time in the loop and stop (or hand off) before the timeout",
    .not_flagged = "Loops that read the remaining time in their condition or body, or whose handler "
                   "reads it anywhere it reaches; counted retries (`for i in range(n)`; in Python also "
                   "`while attempts < 10:` stepping `attempts += 1`); a for-each over the event's records without "
                   "sleeping (bounded by the batch size); an endless loop that leaves at a local "
                   "condition with no remote I/O and no sleep (a Thrift `read()` up to its STOP field, "
                   "a file read in chunks); pages capped by `PaginationConfig={\"MaxItems\": n}`. "
                   "CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, code reading "
                   "the event's `RequestType`, and what only they reach in sibling modules): they run a "
                   "few times per deployment, not per request.",
    .check_module = check,
};
