"""The token is checked before the body is read, and the OpenAPI document lists every answer."""

from __future__ import annotations

import httpx
import pytest

from central.app import create_app
from central.settings import Settings

BAD_BODIES = [b"{not json", b'{"id": 5}', b"[]" * 10]


@pytest.mark.parametrize("path", ["/v1/returns", "/v1/audit", "/v1/devices/health"])
@pytest.mark.parametrize("body", BAD_BODIES)
@pytest.mark.parametrize("token", [None, "kc_unknown-token", "not-a-device-token"])
def test_an_unauthenticated_bad_body_is_401_not_a_parse_error(central, path, body, token):
    headers = {"Content-Type": "application/json", "Idempotency-Key": "k-1"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    answer = httpx.post(central.url + path, content=body, headers=headers)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_an_unauthenticated_oversized_body_is_401_too(central):
    answer = httpx.post(central.url + "/v1/returns", content=b"x" * (4 * 1024 * 1024),
                        headers={"Content-Type": "application/json", "Idempotency-Key": "k-1"})
    assert answer.status_code == 401


def test_with_a_valid_token_a_bad_body_is_still_a_clear_422(central):
    kiosk = central.kiosk()
    answer = kiosk.http.post("/v1/returns", content=b"{not json",
                             headers={"Content-Type": "application/json", "Idempotency-Key": "k-1"})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "invalid_json"
    assert kiosk.get("/v1/managers").status_code == 200  # the early check hands the device on


def _document() -> dict:
    return create_app(Settings(db_url="sqlite:///never-opened.sqlite3")).openapi()


def test_every_operation_lists_the_answers_of_the_layers_around_it():
    document = _document()
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            answers = set(operation["responses"])
            assert {"400", "500", "503"} <= answers, (method, path)
            if operation.get("security"):
                assert "401" in answers, (method, path)
            if "requestBody" in operation:
                assert {"413", "422"} <= answers, (method, path)
    post = document["paths"]["/v1/returns"]["post"]
    assert post["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")


def test_timestamps_are_described_as_utc_date_times():
    document = _document()
    horizon = document["components"]["schemas"]["OrderPage"]["properties"]["horizon"]
    assert horizon["format"] == "date-time" and "UTC" in horizon["description"]
    assert "Timestamps" in document["info"]["description"]


def test_a_service_route_without_a_token_is_401_before_its_body_is_read(central):
    answer = httpx.post(central.url + "/v1/refunds/1/result", content=b"{not json",
                        headers={"Content-Type": "application/json"})
    assert answer.status_code == 401
