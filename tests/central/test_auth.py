"""Device authentication: per-device bearer tokens, bound to a store, stored only as hashes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import select

from central.models import Device
from central.ops import devices
from tests.central.support import Pick, honest_case, order_document, policy_document

PROTECTED = [
    ("GET", "/v1/policy"),
    ("GET", "/v1/orders/changes"),
    ("GET", "/v1/orders/count"),
    ("GET", "/v1/orders/lookup?number=A-1&email=a@example.com"),
    ("GET", "/v1/managers"),
    ("GET", "/v1/returns/changes"),
    ("GET", "/v1/shoppers/returns?number=A-1&email=a@example.com&days=30"),
    ("POST", "/v1/managers/pin-attempts"),
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_every_route_refuses_a_request_without_a_token(central, method, path):
    response = httpx.request(method, central.url + path)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("authorization", ["Bearer kc_not-a-real-token", "Bearer", "Basic dXNlcjpwdw==",
                                           "Bearer something-else", "bearer " + "x" * 300])
def test_a_wrong_token_is_refused(central, authorization):
    response = httpx.get(central.url + "/v1/managers", headers={"Authorization": authorization})
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


def test_every_route_that_declares_a_token_refuses_a_request_without_one_whatever_its_body(central):
    document = httpx.get(central.url + "/openapi.json").json()
    checked = 0
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if not operation.get("security"):
                continue
            concrete = path.replace("{", "").replace("}", "")  # a path parameter's name as its value
            response = httpx.request(method.upper(), central.url + concrete, content=b"{not json",
                                     headers={"Content-Type": "application/json"})
            assert response.status_code == 401, (method, path, response.status_code)
            checked += 1
    assert checked >= 10


def test_posting_a_return_needs_a_token_too(central):
    response = httpx.post(central.url + "/v1/returns", json={}, headers={"Idempotency-Key": "x"})
    assert response.status_code == 401


def test_a_revoked_token_stops_working(central):
    kiosk = central.kiosk()
    assert kiosk.get("/v1/managers").status_code == 200
    devices.revoke_device(central.db, kiosk.device_id, central.clock())
    assert kiosk.get("/v1/managers").status_code == 401


def test_tokens_are_stored_only_as_their_hash(central):
    kiosk = central.kiosk()
    with central.db.reading() as session:
        stored = session.scalar(select(Device.token_hash).where(Device.id == kiosk.device_id))
    assert stored is not None and kiosk.token not in stored and len(stored) == 64


def test_a_token_binds_the_device_to_its_store(central):
    ours, theirs = central.kiosk(), central.kiosk()
    central.load(order_document(theirs.store_id))
    orders, _cursor, total = ours.pull_orders()
    assert orders == [] and total == 0
    assert len(theirs.pull_orders()[0]) == 1


def test_health_answers_without_a_token(central):
    response = httpx.get(central.url + "/v1/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_tokens_checked_at_the_same_moment_each_find_their_own_device(central):
    """Each request gets its own device, and a revoked token in the same crowd does not pass."""
    kiosks = [central.kiosk() for _ in range(12)]
    for kiosk in kiosks:
        central.load(order_document(kiosk.store_id))
    revoked = kiosks[5]
    devices.revoke_device(central.db, revoked.device_id, central.clock())
    with ThreadPoolExecutor(len(kiosks)) as pool:
        responses = list(pool.map(lambda k: k.get("/v1/orders/changes"), kiosks))
    for kiosk, response in zip(kiosks, responses):
        if kiosk is revoked:
            assert response.status_code == 401
            continue
        assert response.status_code == 200
        assert [o["store_id"] for o in response.json()["orders"]] == [kiosk.store_id]


def test_the_api_outlives_its_database_connections_being_dropped(backend, fresh_central):
    """A PostgreSQL restart drops every connection: token checks, posted returns and the rest
    each get a new one and lose nothing."""
    if backend != "postgresql":
        pytest.skip("about PostgreSQL connections")
    central = fresh_central()
    central.set_policy(policy_document())
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    assert kiosk.post_case(honest_case(order, [Pick("L1")])).status_code == 201  # every connection in use
    with central.db.engine.connect() as connection:
        killed = connection.exec_driver_sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()").scalar()
    assert killed and killed >= 2
    assert kiosk.get("/v1/managers").status_code == 200
    response = kiosk.post_case(honest_case(order, [Pick("L1")]))
    assert response.status_code == 201 and response.json()["lines"] == [{"line_id": "L1", "quantity_left": 0}]
