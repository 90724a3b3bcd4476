"""The committed OpenAPI document is the one the server serves."""

from __future__ import annotations

import json

import httpx

from central.app import openapi_text
from kiosk.resources import resource

COMMITTED = resource("api", "openapi.json")
REGENERATE = "regenerate it with: kiosk-central openapi > resources/api/openapi.json"


def test_the_committed_document_matches_the_code():
    assert COMMITTED.read_text(encoding="utf-8") == openapi_text(), f"resources/api/openapi.json is stale; {REGENERATE}"


def test_the_server_serves_the_committed_document(central):
    served = httpx.get(central.url + "/openapi.json")
    assert served.status_code == 200
    assert served.json() == json.loads(COMMITTED.read_text(encoding="utf-8")), REGENERATE


def test_the_document_describes_the_whole_contract():
    document = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert set(document["paths"]) >= {"/v1/policy", "/v1/orders/changes", "/v1/orders/count", "/v1/orders/lookup",
                                      "/v1/managers", "/v1/returns", "/v1/returns/changes"}
    post = document["paths"]["/v1/returns"]["post"]
    assert {p["name"] for p in post["parameters"]} == {"Idempotency-Key"}
    assert {"201", "401", "409", "413", "422"} <= set(post["responses"])
    assert {"Order", "ReturnCase"} <= set(document["components"]["schemas"])
    assert document["components"]["securitySchemes"]["DeviceToken"]["scheme"] == "bearer"
