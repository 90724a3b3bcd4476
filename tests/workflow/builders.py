"""Small orders and policies for the policy engine's tests, built from the demo policy."""

from __future__ import annotations

import json
from typing import Any, Sequence

from kiosk.resources import resource
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy, parse_policy


def demo_document() -> dict[str, Any]:
    return json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))


POLICY = parse_policy(demo_document())


def policy_with(**approval: Any) -> Policy:
    document = demo_document()
    document["approval"] = approval
    return parse_policy(document)


def line(line_id: str = "L1", category: str = "apparel", **extra: Any) -> dict[str, Any]:
    data = {"id": line_id, "sku": f"SKU-{line_id}", "title": f"Item {line_id}", "product_id": f"P-{line_id}",
            "category": category, "unit_price": 2000, "tax": 0, "quantity": 1}
    data.update(extra)
    return data


def order(*lines: dict[str, Any], placed: str = "2026-05-28T15:00:00Z", delivered: str | None = "2026-06-01T16:00:00Z",
          tenders: Sequence[dict[str, Any]] | None = None, **extra: Any) -> Order:
    """An order paid exactly by card unless ``tenders`` says otherwise."""
    data = {
        "number": "A-1", "store_id": "S1", "customer": {"email": "a@example.com"},
        "placed_at": placed, "delivered_at": delivered, "currency": "USD",
        "lines": list(lines) or [line()], "tenders": [],
    }
    data.update(extra)
    built = Order.from_dict(data)
    paid = tenders if tenders is not None else [{"kind": "card", "amount": built.total_paid, "reference": "visa-1"}]
    return Order.from_dict({**data, "tenders": list(paid)})
