"""Bad input gets a 4xx with a JSON error body, never a 500, and never writes anything."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from central.models import Return
from tests.central.support import Pick, honest_case, order_document


@pytest.fixture
def setting(central):
    """A kiosk, an order and an honest case for it; checks at the end that nothing was stored."""
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    yield kiosk, case
    with central.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Return).where(Return.store_id == kiosk.store_id)) == 0


def post_raw(kiosk, content, key="k-1", **headers):
    return kiosk.http.post("/v1/returns", content=content,
                           headers={"Idempotency-Key": key, "Content-Type": "application/json", **headers})


def assert_error(response, status, code=None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["message"]
    if code:
        assert error["code"] == code
    return error


def test_an_oversized_body_is_refused_before_it_is_read(setting):
    kiosk, case = setting
    case["extras"] = {"padding": "x" * 300_000}
    assert_error(kiosk.post_case(case), 413, "body_too_large")


def test_an_oversized_body_without_a_length_is_refused_too(setting):
    kiosk, case = setting
    chunks = (b"x" * 65536 for _ in range(8))
    response = kiosk.http.post("/v1/returns", content=chunks, headers={"Idempotency-Key": case["id"]})
    assert_error(response, 413, "body_too_large")


@pytest.mark.parametrize("content", [b"{not json", b"", b"\xff\xfe\x00", b"[1, 2", b'{"id": }', b"null", b"[]", b'"case"'])
def test_garbage_is_refused_with_a_json_error(setting, content):
    kiosk, case = setting
    response = post_raw(kiosk, content, key=case["id"])
    assert response.status_code in (400, 422), response.text
    assert "error" in response.json()


def test_deeply_nested_json_is_refused(setting):
    kiosk, case = setting
    response = post_raw(kiosk, b"[" * 100_000 + b"]" * 100_000, key=case["id"])
    assert response.status_code in (400, 413, 422) and "error" in response.json()


@pytest.mark.parametrize(("path", "value"), [
    (("lines", 0, "quantity"), "1"),
    (("lines", 0, "quantity"), 1.0),
    (("lines", 0, "quantity"), True),
    (("lines", 0, "quantity"), 0),
    (("lines", 0, "refund_amount"), -5),
    (("lines", 0, "refund_amount"), 10**30),
    (("refund_total"), None),
    (("lines",), []),
    (("lines",), "L1"),
    (("created_at",), "yesterday"),
    (("created_at",), "2026-11-27T15:00:00"),
    (("currency",), "usd"),
    (("resolution",), "cash_back"),
    (("code",), "K7QM-4TZ9-XH3"),
    (("order_number",), "A 1; DROP TABLE"),
    (("lines", 0, "verdict"), "probably"),
    (("approvals",), [{"manager_id": "M"}]),
    (("lines", 0, "line_id"), "L\x001"),
    (("policy_version",), "v\x00"),
    (("store_id",), "S\n1"),
])
def test_wrong_types_and_values_are_refused_naming_the_field(setting, path, value):
    kiosk, case = setting
    target = case
    path = path if isinstance(path, tuple) else (path,)
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    error = assert_error(kiosk.post_case(case), 422, "invalid_request")
    assert any(p["path"].startswith("body." + str(path[0])) for p in error["problems"]), error


def test_a_post_without_an_idempotency_key_is_refused(setting):
    kiosk, case = setting
    response = kiosk.http.post("/v1/returns", json=case)
    error = assert_error(response, 422, "invalid_request")
    assert error["problems"][0]["path"] == "header.Idempotency-Key"


def test_a_body_that_is_not_json_typed_is_refused(setting):
    kiosk, case = setting
    response = post_raw(kiosk, json.dumps(case).encode(), key=case["id"], **{"Content-Type": "text/plain"})
    assert response.status_code in (415, 422) and "error" in response.json()


def test_unknown_routes_and_methods_answer_in_json(central):
    kiosk = central.kiosk()
    assert_error(kiosk.get("/v1/nothing-here"), 404, "not_found")
    assert_error(kiosk.http.delete("/v1/policy"), 405, "method_not_allowed")
    assert_error(kiosk.http.put("/v1/returns", json={}), 405, "method_not_allowed")


@pytest.mark.parametrize("params", [{"cursor": "x" * 201}, {"limit": "1e3"}, {"limit": ""}])
def test_bad_query_parameters_are_refused(central, params):
    assert_error(central.kiosk().get("/v1/returns/changes", params=params), 422, "invalid_request")


def test_control_characters_never_reach_the_database(central):
    kiosk = central.kiosk()
    response = kiosk.get("/v1/orders/lookup", params={"number": "A-1", "email": "a\x00@example.com"})
    assert_error(response, 422, "invalid_request")
    case_id = "case\x00id"
    response = kiosk.http.post("/v1/returns", json={"id": case_id}, headers={"Idempotency-Key": "k"})
    assert_error(response, 422, "invalid_request")
