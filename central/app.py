"""The app factory: settings and a database in, a FastAPI application out."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, FastAPI
from sqlalchemy import text

from central.auth import TokenFirst
from central.body_limit import BodyLimit
from central.context import Context, ServerContext
from central.database import Database
from central.errors import install_error_handlers
from central.openapi_answers import complete_answers
from central.routes import audit, authorisations, errors, fleet, managers, orders, policy, returns, shoppers
from central.routes import refunds as refund_routes
from central.routes import stock as stock_routes
from central.routes import vouchers as voucher_routes
from central.schemas import Health
from central.settings import Settings, default_db_url
from central.web import backoffice, shopper
from central.web import base as web_base
from kiosk.resources import resource
from kiosk.workflow.clock import Clock, system_clock

API_VERSION = "1.0.0"

DESCRIPTION = """\
What Intake kiosks sync with. Every call but `/v1/health` needs a device bearer token
(`kiosk-central add-device STORE` prints one, once); the token binds the device to a store.

* **Errors** are always `{"error": {"code", "message", ...}}`.
* **Feeds** (`/v1/orders/changes`, `/v1/returns/changes`) take an opaque `cursor` and answer
  oldest change first with `next_cursor` and `has_more`. A cursor the server cannot resume is
  410: drop the local copy and resync without a cursor. A sync cycle ends by comparing the
  local order count with `total` (or `/v1/orders/count`).
* **Orders** are the JSON of resources/schemas/order.schema.json; `quantity_returned` counts
  returns taken by every device.
* **Manager PINs** are sent only as hashes: `pepper:<pepper id>$argon2id$v=19$m=..,t=..,p=..$<salt>$<hash>`,
  argon2id over HMAC-SHA256(pepper, PIN); `/v1/managers` hands the device the pepper to keep
  outside its database (see kiosk.workflow.pins). Hashes from older servers
  (`pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`) may remain until the PIN is set again.
  Wrong PINs are posted to `/v1/managers/pin-attempts` and counted across every device.
* **Returns** are posted with `Idempotency-Key` equal to the case id. The server keeps the
  id for ever: the same key and body always get the first answer (status and body), the same
  key with another body is 422, and a case that would take a line past what was bought,
  counting every device, is 409 with the units left per line. Each case is re-checked under
  the policy version it names; disagreements are stored and the return's status is `review`.
  A case is the JSON of resources/schemas/return_case.schema.json (`ReturnCase`) in any of its
  versions (`schema_version`; none: 1); fields of a newer version are stored with the case.
* **Audit** entries of each device's hash-chained log are posted to `/v1/audit` and kept once
  per (device, entry id): a replay is counted as held, another hash for a held id is 409, a
  `prev_hash` that does not match the known entry before it is 422, and so is an entry whose
  hash its content does not give.
* **Vouchers** a kiosk minted are known once their case has synced: `GET /v1/vouchers/{code}`
  (404 `voucher_not_synced_yet` for a valid code whose kiosk has not synced yet), redemptions
  idempotent by `Idempotency-Key` that never take the balance below zero (409
  `voucher_insufficient`), void.
* **Refund instructions** for card and gift card refunds are pulled by the payment side with a
  service token (`kiosk-central add-service NAME`; device tokens get 403) from
  `/v1/refunds/instructions` and answered `paid` or `failed` (final; the same answer again is a
  replay). The return becomes `refunded`, or `refund_failed` for staff.
* **Stock** of the device's store: `/v1/stock/changes`, a feed like the orders'.
"""


def create_app(settings: Settings | None = None, *, db: Database | None = None, clock: Clock = system_clock) -> FastAPI:
    """Build the API over ``db`` (opened from ``settings.db_url`` when not given).

    Migrations are not run here: ``kiosk-central serve`` runs them before serving, and tests
    run them on their own databases.
    """
    settings = settings or Settings()
    database = db or Database.open(settings.db_url)
    app = FastAPI(title="Intake central store API", version=API_VERSION, description=DESCRIPTION,
                  docs_url=None, redoc_url=None)
    app.state.context = ServerContext(database, settings, clock)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(TokenFirst)  # outside the body limit: the token before any byte of the body
    for router in (returns.router, _health_router(), policy.router, orders.router, managers.router,
                   audit.router):
        app.include_router(router)
    app.include_router(fleet.router)
    app.include_router(shoppers.router)
    app.include_router(authorisations.router)
    app.include_router(voucher_routes.router)
    app.include_router(refund_routes.router)
    app.include_router(stock_routes.router)
    web_base.install(app)
    app.include_router(shopper.router)
    backoffice.install(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory central.app:app_from_env`` with several workers (``CENTRAL_DB``)."""
    return create_app(Settings(db_url=default_db_url()))


def _health_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/v1/health", response_model=Health, summary="Liveness and database reachability",
                responses=errors(503))
    def health(context: Context) -> dict[str, Any]:
        context.db.read_one(text("SELECT 1"))
        return {"status": "ok"}

    return router


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document plus the order and return case schemas shared with the kiosk, built once."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        document["components"]["schemas"]["Order"] = _shared_schema("order.schema.json")
        document["components"]["schemas"]["ReturnCase"] = _shared_schema("return_case.schema.json")
        app.openapi_schema = complete_answers(document)
    return app.openapi_schema


def _shared_schema(name: str) -> dict[str, Any]:
    schema = json.loads(resource("schemas", name).read_text(encoding="utf-8"))
    return {k: v for k, v in schema.items() if k not in ("$schema", "$id")}


def openapi_text(app: FastAPI | None = None) -> str:
    """The OpenAPI document exactly as committed in resources/api/openapi.json."""
    app = app or create_app(Settings(db_url="sqlite:///never-opened.sqlite3"))  # engines connect lazily
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
