from chalice import Chalice

app = Chalice(app_name="orders")
seen_orders = []
audit_trail = []


@app.route("/orders", methods=["POST"])
def create_order():
    body = app.current_request.json_body
    seen_orders.append(body["id"])  # expect: LL201
    return {"known": len(seen_orders)}


@app.on_sqs_message(queue="order-events", batch_size=10)
def on_order_event(event):
    for record in event:
        audit_trail.append(record.body)  # expect: LL201
    return len(audit_trail)
