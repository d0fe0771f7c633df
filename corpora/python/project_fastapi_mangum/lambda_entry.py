# Deployed as lambda_entry.handler: Mangum turns each API Gateway event into an ASGI request, so
# every route of the app (and of the routers it includes) runs per invocation.
from mangum import Mangum

from api.main import app

handler = Mangum(app, lifespan="off")
