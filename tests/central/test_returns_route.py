"""POST /v1/returns answers a well-formed post itself and hands every other to FastAPI
(central.routes.returns_route): either way the answer is the one FastAPI alone gives."""

from __future__ import annotations

import json
from typing import Any

import pytest

from central.routes import returns_route
from tests.central.support import Pick, honest_case, order_document


@pytest.fixture
def routes_taken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """"direct" or "fastapi" for each post, in order."""
    taken: list[str] = []
    checked = returns_route._checked

    async def recording(request: Any) -> Any:
        result = await checked(request)
        taken.append("fastapi" if result is None else "direct")
        return result

    monkeypatch.setattr(returns_route, "_checked", recording)
    return taken


def test_a_well_formed_post_is_answered_directly_and_its_replay_too(central, routes_taken):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    first = kiosk.post_case(case)
    again = kiosk.post_case(case)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.content == first.content and again.headers["Idempotent-Replayed"] == "true"
    assert routes_taken == ["direct", "direct"]


def test_any_other_post_gets_fastapis_own_answer(central, routes_taken):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[{**order_document("x")["lines"][0], "quantity": 3}])
    central.load(order)

    def post(case: dict[str, Any], **headers: str) -> Any:
        sent = {"Authorization": f"Bearer {kiosk.token}", "Idempotency-Key": case["id"],
                "Content-Type": "application/json", **headers}
        return kiosk.http.post("/v1/returns", json=case, headers=sent)

    no_type = honest_case(order, [Pick("L1")])
    untyped = kiosk.http.post("/v1/returns", content=json.dumps(no_type).encode(),
                              headers={"Idempotency-Key": no_type["id"]})  # no Content-Type: FastAPI reads no JSON
    assert untyped.status_code == 422 and untyped.json()["error"]["problems"][0]["path"] == "body"
    lower = honest_case(order, [Pick("L1")])
    assert post(lower, Authorization=f"bearer {kiosk.token}").status_code == 201  # the scheme is case-blind
    charset = honest_case(order, [Pick("L1")])
    assert post(charset, **{"Content-Type": "application/json; charset=utf-8"}).status_code == 201
    float_quantity = honest_case(order, [Pick("L1")])
    float_quantity["lines"][0]["quantity"] = 1.0
    refused = post(float_quantity)
    assert refused.status_code == 422 and refused.json()["error"]["problems"][0]["path"] == "body.lines.0.quantity"
    unknown = post(honest_case(order, [Pick("L1")]), Authorization="Bearer kc_unknown")
    assert unknown.status_code == 401
    long_key = honest_case(order, [Pick("L1")])
    assert post(long_key, **{"Idempotency-Key": "k" * 65}).status_code == 422
    assert routes_taken == ["fastapi", "direct", "direct", "fastapi", "fastapi", "fastapi"]
