#!/usr/bin/env python3
"""Writes a tree of Java Lambda services (Maven layout) for benchmarking lambda-lint's Java front-end.

Each service is a package with a RequestHandler class and three helper classes it uses (a
repository, a model, a utility), ~4 KB of Java per file. A fixed seed makes the tree identical on
every run; about one service in six carries an anti-pattern (a client built per invocation, a
thread pool per invocation, a sleep), the rest are written the Lambda way.

    bench/gen_java_handlers.py OUT_DIR N_FILES [--seed 7]
"""
import argparse
import os
import random

HANDLER = '''package bench.svc{n};

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Service {n}: the {topic} API. */
public class {Topic}Handler implements RequestHandler<Map<String, Object>, Map<String, Object>> {{
    private static final DynamoDbClient DDB = DynamoDbClient.create();
    private static final String TABLE = System.getenv().getOrDefault("TABLE", "{topic}-table");
    private final {Topic}Repository repository = new {Topic}Repository(DDB, TABLE);

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {{
        String method = String.valueOf(event.getOrDefault("httpMethod", "GET"));
        Map<String, Object> response = new HashMap<>();
{extra}
        if ("POST".equals(method)) {{
            {Topic} item = {Topic}Util.parse(String.valueOf(event.get("body")));
            if (!item.isValid()) {{
                response.put("statusCode", 400);
                response.put("body", "invalid {topic}");
                return response;
            }}
            repository.save(item);
            response.put("statusCode", 201);
            response.put("body", {Topic}Util.render(item));
            return response;
        }}
        String id = String.valueOf(((Map<?, ?>) event.getOrDefault("pathParameters", Map.of())).get("id"));
        {Topic} found = repository.load(id);
        if (found == null) {{
            response.put("statusCode", 404);
            return response;
        }}
        for (int i = 0; i < 3 && !found.isValid(); i++) {{
            found = repository.load(id);
        }}
        response.put("statusCode", 200);
        response.put("body", {Topic}Util.render(found));
        return response;
    }}
}}
'''

EXTRAS = [
    '''        DynamoDbClient perCall = DynamoDbClient.builder().build();
        perCall.listTables();''',
    '''        ExecutorService pool = Executors.newFixedThreadPool(4);
        pool.submit(() -> System.out.println("{topic}"));''',
    '''        try {{
            Thread.sleep(250);
        }} catch (InterruptedException e) {{
            Thread.currentThread().interrupt();
        }}''',
]

REPOSITORY = '''package bench.svc{n};

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Reads and writes {topic} items. */
public class {Topic}Repository {{
    private final DynamoDbClient ddb;
    private final String table;

    public {Topic}Repository(DynamoDbClient ddb, String table) {{
        this.ddb = ddb;
        this.table = table;
    }}

    public {Topic} load(String id) {{
        Map<String, AttributeValue> key = new HashMap<>();
        key.put("id", AttributeValue.builder().s(id).build());
        GetItemResponse r = ddb.getItem(GetItemRequest.builder().tableName(table).key(key).build());
        if (!r.hasItem()) {{
            return null;
        }}
        Map<String, AttributeValue> item = r.item();
        return new {Topic}(item.get("id").s(), item.get("name").s(), Integer.parseInt(item.get("qty").n()));
    }}

    public void save({Topic} value) {{
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", AttributeValue.builder().s(value.getId()).build());
        item.put("name", AttributeValue.builder().s(value.getName()).build());
        item.put("qty", AttributeValue.builder().n(Integer.toString(value.getQty())).build());
        ddb.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }}
}}
'''

MODEL = '''package bench.svc{n};

/** A {topic}. */
public class {Topic} {{
    private final String id;
    private final String name;
    private final int qty;

    public {Topic}(String id, String name, int qty) {{
        this.id = id;
        this.name = name;
        this.qty = qty;
    }}

    public String getId() {{
        return id;
    }}

    public String getName() {{
        return name;
    }}

    public int getQty() {{
        return qty;
    }}

    public boolean isValid() {{
        return id != null && !id.isEmpty() && name != null && qty >= 0 && qty < 10_000;
    }}

    @Override
    public String toString() {{
        return "{Topic}[" + id + ", " + name + ", " + qty + "]";
    }}
}}
'''

UTIL = '''package bench.svc{n};

import java.util.LinkedHashMap;
import java.util.Map;

/** Parsing and rendering of {topic} bodies. */
public final class {Topic}Util {{
    private {Topic}Util() {{
    }}

    public static {Topic} parse(String body) {{
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : body.replace("{{", "").replace("}}", "").split(",")) {{
            String[] kv = part.split(":", 2);
            if (kv.length == 2) {{
                fields.put(kv[0].trim().replace("\\"", ""), kv[1].trim().replace("\\"", ""));
            }}
        }}
        int qty = 0;
        try {{
            qty = Integer.parseInt(fields.getOrDefault("qty", "0"));
        }} catch (NumberFormatException e) {{
            qty = -1;
        }}
        return new {Topic}(fields.get("id"), fields.get("name"), qty);
    }}

    public static String render({Topic} value) {{
        StringBuilder out = new StringBuilder("{{");
        out.append("\\"id\\":\\"").append(value.getId()).append("\\",");
        out.append("\\"name\\":\\"").append(value.getName()).append("\\",");
        out.append("\\"qty\\":").append(value.getQty());
        return out.append("}}").toString();
    }}
}}
'''

TOPICS = ["order", "invoice", "customer", "shipment", "product", "review", "ticket", "payment"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("n_files", type=int)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    written = 0
    n = 0
    while written < args.n_files:
        topic = rng.choice(TOPICS)
        ctx = {"n": n, "topic": topic, "Topic": topic.capitalize()}
        extra = rng.choice(EXTRAS).format(**ctx) if rng.random() < 1 / 6 else ""
        pkg = os.path.join(args.out, "svc%d" % n, "src", "main", "java", "bench", "svc%d" % n)
        os.makedirs(pkg, exist_ok=True)
        files = {
            "%sHandler.java" % ctx["Topic"]: HANDLER.format(extra=extra, **ctx),
            "%sRepository.java" % ctx["Topic"]: REPOSITORY.format(**ctx),
            "%s.java" % ctx["Topic"]: MODEL.format(**ctx),
            "%sUtil.java" % ctx["Topic"]: UTIL.format(**ctx),
        }
        for name, text in files.items():
            if written >= args.n_files:
                break
            with open(os.path.join(pkg, name), "w") as f:
                f.write(text)
            written += 1
        n += 1


if __name__ == "__main__":
    main()
