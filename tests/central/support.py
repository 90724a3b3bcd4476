"""Test support for the central API: a live server on loopback, kiosk clients, orders and honest cases.

Cases are built the way the kiosk's wizard builds them (``evaluate`` then ``quote`` from
``kiosk.workflow``), so a test that expects agreement proves the server and kiosk agree, and a
test that expects a disagreement tampers with an honest case.
"""

from __future__ import annotations

import copy
import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Sequence

import httpx
import uvicorn

from central.app import create_app
from central.database import Database
from central.ops import devices, orders, policies
from central.settings import Settings
from kiosk.resources import resource
from kiosk.workflow.cases import Approval, CaseLine, Resolution, ReturnCase
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.eligibility import Selection, Verdict, evaluate
from kiosk.workflow.ids import CaseId, LineId, OrderNumber, mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import parse_policy
from kiosk.workflow.quotes import quote

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=timezone.utc)
POLICY_VERSION = "central-test-1"


class MutableClock:
    """The server's clock in tests: fixed, and moved only when a test says so."""

    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def policy_document(version: str = POLICY_VERSION, **changes: Any) -> dict[str, Any]:
    """The demo policy under another version (30 days, swimwear 14, 3 grace days, New York)."""
    document = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    document["version"] = version
    document.update(changes)
    return document


class LiveServer:
    """uvicorn serving an app in a thread on a free loopback port."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:  # waiting for readiness, not asserting on time
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)
        self._socket.close()


class Kiosk:
    """A device's view of the API: its token, its store, an HTTP client on loopback."""

    def __init__(self, base_url: str, device_id: str, store_id: str, token: str) -> None:
        self.device_id, self.store_id, self.token = device_id, store_id, token
        self.http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def post_case(self, case: dict[str, Any], key: str | None = None) -> httpx.Response:
        return self.http.post("/v1/returns", json=case, headers={"Idempotency-Key": key or case["id"]})

    def pull_orders(self, cursor: str | None = None, limit: int = 100) -> tuple[list[dict[str, Any]], str, int]:
        """Every page of the order feed from ``cursor``: (orders, last cursor, total)."""
        got: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            page = self.get("/v1/orders/changes", params=params)
            assert page.status_code == 200, page.text
            body = page.json()
            got += body["orders"]
            cursor = body["next_cursor"]
            if not body["has_more"]:
                return got, cursor, body["total"]

    def close(self) -> None:
        self.http.close()


@dataclass
class Central:
    """A migrated database with a live server over it, and the operator's tools."""

    db: Database
    clock: MutableClock
    server: LiveServer
    backend: str
    kiosks: list[Kiosk] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def new_store(self) -> str:
        store_id = f"S-{uuid.uuid4().hex[:8]}"
        devices.add_store(self.db, store_id, f"Store {store_id}", "America/New_York", self.clock())
        return store_id

    def kiosk(self, store_id: str | None = None) -> Kiosk:
        """A new device, in a new store unless one is given."""
        device = devices.add_device(self.db, store_id or self.new_store(), "", self.clock())
        kiosk = Kiosk(self.url, device.id, device.store_id, device.token)
        self.kiosks.append(kiosk)
        return kiosk

    def load(self, *documents: dict[str, Any]) -> None:
        orders.load_orders(self.db, documents, self.clock())

    def set_policy(self, document: dict[str, Any]) -> None:
        policies.set_policy(self.db, document, self.clock())

    def close(self) -> None:
        for kiosk in self.kiosks:
            kiosk.close()
        self.server.stop()
        self.db.dispose()


def start_central(db_url: str, backend: str, clock: MutableClock | None = None, **settings: Any) -> Central:
    db = Database.open(db_url)
    db.migrate()
    clock = clock or MutableClock()
    server = LiveServer(create_app(Settings(db_url=db_url, **settings), db=db, clock=clock)).start()
    return Central(db, clock, server, backend)


def order_document(store_id: str, *, number: str | None = None, email: str | None = None,
                   lines: Sequence[dict[str, Any]] | None = None, placed: str = "2026-11-18T15:00:00Z",
                   delivered: str | None = "2026-11-20T16:00:00Z", **extra: Any) -> dict[str, Any]:
    """An order of the given store, delivered a week before NOW, paid by card, by a shopper of its own."""
    email = email or f"Shopper.{uuid.uuid4().hex[:8]}@Example.com"
    lines = list(lines or [order_line("L1", quantity=2)])
    total = sum(line["unit_price"] * line["quantity"] + line.get("tax", 0) for line in lines)
    document = {
        "number": number or f"A-{uuid.uuid4().hex[:10].upper()}",
        "store_id": store_id,
        "customer": {"email": email, "name": "Sam Shopper", "phone": ""},
        "placed_at": placed,
        "delivered_at": delivered,
        "currency": "USD",
        "tenders": [{"kind": "card", "amount": total, "reference": "visa-4242"}],
        "discounts": [],
        "shipping": {"amount": 0, "tax": 0},
        "lines": lines,
    }
    document.update(extra)
    return document


def order_line(line_id: str, *, category: str = "apparel", quantity: int = 1, unit_price: int = 2500,
               tax: int = 200, **extra: Any) -> dict[str, Any]:
    line = {"id": line_id, "sku": f"SKU-{line_id}", "title": f"Item {line_id}", "product_id": f"P-{line_id}",
            "category": category, "variant": {"size": "M"}, "unit_price": unit_price, "tax": tax,
            "quantity": quantity, "quantity_returned": 0, "final_sale": False, "tags": []}
    line.update(extra)
    return line


@dataclass(frozen=True)
class Pick:
    line_id: str
    quantity: int = 1
    reason_code: str = "changed_mind"
    condition: str | None = "unopened"


def honest_case(order_doc: dict[str, Any], picks: Iterable[Pick], *, device_id: str = "kiosk-1",
                policy_doc: dict[str, Any] | None = None, at: datetime = NOW,
                resolution: Resolution = Resolution.REFUND, approvals: Sequence[Approval] = (),
                case_id: str | None = None) -> dict[str, Any]:
    """The case a kiosk's wizard would post for these picks: evaluated and priced by kiosk.workflow."""
    order = Order.from_dict(order_doc)
    policy = parse_policy(policy_doc or policy_document())
    selections = [Selection(p.line_id, p.quantity, p.reason_code, p.condition) for p in picks]
    approved = [a.line_id for a in approvals if a.line_id]
    evaluation = evaluate(order, selections, policy, at, approved_line_ids=approved)
    option = quote(order, evaluation, selections, policy).option(resolution)
    lines = tuple(
        CaseLine(line_id=LineId(d.line_id), sku=order.line(d.line_id).sku, title=order.line(d.line_id).title,
                 quantity=d.quantity, reason_code=s.reason_code, condition=s.condition, verdict=d.verdict.value,
                 rule=d.rule, message_key=d.message_key, refund_amount=option.per_line.get(d.line_id, 0))
        for d, s in zip(evaluation.decisions, selections, strict=True) if d.verdict is Verdict.ELIGIBLE
    )
    return ReturnCase(
        id=CaseId(case_id or str(uuid.uuid4())), code=mint_return_code(), order_number=OrderNumber(order.number),
        store_id=order.store_id, device_id=device_id, created_at=at, currency=order.currency,
        resolution=resolution, lines=lines, policy_version=policy.version,
        refund_total=option.total if resolution in (Resolution.REFUND, Resolution.KEEP_ITEM) else 0,
        credit_total=option.total if resolution is Resolution.STORE_CREDIT else 0,
        tender_refunds=option.tender_refunds if resolution is Resolution.REFUND else (),
        approvals=tuple(approvals),
    ).to_dict()


def approval(line_id: str, overridden: str = "needs_approval", at: datetime = NOW) -> Approval:
    return Approval(manager_id="M-1", reason_code="goodwill", at=at, overridden_verdict=overridden,
                    line_id=LineId(line_id))


def tampered(case: dict[str, Any], **changes: Any) -> dict[str, Any]:
    copied = copy.deepcopy(case)
    copied.update(changes)
    return copied


def iso(moment: datetime) -> str:
    return format_utc(moment)


def at(text: str) -> datetime:
    return parse_utc(text)
