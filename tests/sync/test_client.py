"""The HTTP client: timeouts on every call, verified TLS, and every failure mode as an answer."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient, SyncConfigError, Timeouts, check_ca_bundle, check_server_url
from tests.sync.support import StandIn, free_port, make_certificates

QUICK = Timeouts(connect=1.0, read=0.5)


def test_the_token_and_the_idempotency_key_are_sent(stand_in: StandIn) -> None:
    stand_in.reply(201, {"id": "c1", "status": "accepted"})
    client = ApiClient(stand_in.url, "kc_secret", timeouts=QUICK)
    answer = client.post("/v1/returns", {"id": "c1"}, {"Idempotency-Key": "c1"})
    assert answer.kind is Kind.OK and answer.body["status"] == "accepted"
    _method, path, headers, body = stand_in.requests[-1]
    assert (path, headers["Authorization"], headers["Idempotency-Key"]) == ("/v1/returns", "Bearer kc_secret", "c1")
    assert body == b'{"id":"c1"}'


def test_a_server_that_does_not_answer_in_time_is_a_transient_timeout(stand_in: StandIn) -> None:
    stand_in.reply(200, {})
    stand_in.answer.hold = threading.Event()  # the handler waits until the fixture closes it
    answer = ApiClient(stand_in.url, "kc_t", timeouts=QUICK).get("/v1/policy")
    assert (answer.kind, answer.code, answer.status) == (Kind.TRANSIENT, "timeout", None)


def test_a_refused_connection_is_transient() -> None:
    answer = ApiClient(f"http://127.0.0.1:{free_port()}", "kc_t", timeouts=QUICK).get("/v1/policy")
    assert (answer.kind, answer.code) == (Kind.TRANSIENT, "connection_failed")


@pytest.mark.parametrize(("status", "raw"), [(500, b'{"error": {"code": "internal_error", "message": "x"}}'),
                                             (200, b"{not json"), (503, b"<html>maintenance</html>")])
def test_server_errors_and_garbage_are_transient(stand_in: StandIn, status: int, raw: bytes) -> None:
    stand_in.reply(status, raw=raw)
    assert ApiClient(stand_in.url, "kc_t", timeouts=QUICK).get("/v1/policy").kind is Kind.TRANSIENT


def test_redirects_are_not_followed(stand_in: StandIn) -> None:
    stand_in.reply(302, raw=b"", Location="http://127.0.0.1:9/elsewhere")
    assert ApiClient(stand_in.url, "kc_t", timeouts=QUICK).post("/v1/returns", {}).kind is Kind.TRANSIENT
    assert len(stand_in.requests) == 1


@pytest.mark.parametrize("url", ["http://shop-server.local:8080", "ftp://127.0.0.1", "central.example.com",
                                 "https://central.example.com/?x=1"])
def test_unusable_server_addresses_are_refused(url: str) -> None:
    with pytest.raises(SyncConfigError):
        check_server_url(url)


def test_tls_is_always_verified_with_the_system_cas_or_the_given_bundle(tmp_path: Path) -> None:
    assert check_ca_bundle(None) is True
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    assert ApiClient("https://central.example.com", "kc_t", ca_bundle=str(bundle)).verify == str(bundle)
    assert ApiClient("https://central.example.com", "kc_t").verify is True
    with pytest.raises(SyncConfigError, match="does not exist"):
        ApiClient("https://central.example.com", "kc_t", ca_bundle=str(tmp_path / "missing.pem"))


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to make a test CA")
def test_a_server_signed_by_the_custom_ca_is_trusted_and_others_are_not(tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path / "pki")
    server = StandIn(tls=(cert, key))
    try:
        server.reply(200, {"count": 3, "horizon": "2026-10-01T00:00:00Z"})
        trusted = ApiClient(server.url, "kc_t", ca_bundle=str(ca), timeouts=QUICK).get("/v1/orders/count")
        untrusted = ApiClient(server.url, "kc_t", timeouts=QUICK).get("/v1/orders/count")
    finally:
        server.close()
    assert trusted.kind is Kind.OK and trusted.body["count"] == 3
    assert (untrusted.kind, untrusted.code) == (Kind.TRANSIENT, "tls_error")
