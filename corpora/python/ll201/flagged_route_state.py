from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()
carts = {}


@app.get("/carts/<cart_id>")
def get_cart(cart_id: str):
    return carts.get(cart_id, {"items": []})


@app.post("/carts/<cart_id>/items")
def add_item(cart_id: str):
    item = app.current_event.json_body
    carts.setdefault(cart_id, {"items": []})["items"].append(item)  # expect: LL201
    return carts[cart_id]


def lambda_handler(event, context):
    return app.resolve(event, context)
