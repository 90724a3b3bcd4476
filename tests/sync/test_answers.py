"""Classifying answers: only the API's own refusals are terminal; everything doubtful is retried."""

from __future__ import annotations

import json

import pytest

from kiosk.sync.answers import Kind, classify


def api_error(code: str, message: str = "no") -> str:
    return json.dumps({"error": {"code": code, "message": message}})


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, '{"ok": true}', Kind.OK),
        (201, '{"id": "x"}', Kind.OK),
        (304, "", Kind.NOT_MODIFIED),
        (200, "<html>captive portal</html>", Kind.TRANSIENT),
        (200, '{"id": "x"', Kind.TRANSIENT),
        (202, '{"status": "processing"}', Kind.TRANSIENT),
        (500, api_error("internal_error"), Kind.TRANSIENT),
        (502, "<html>bad gateway</html>", Kind.TRANSIENT),
        (503, api_error("database_busy"), Kind.TRANSIENT),
        (429, api_error("too_many_misses"), Kind.TRANSIENT),
        (408, "", Kind.TRANSIENT),
        (409, api_error("over_return"), Kind.REFUSED),
        (409, api_error("in_progress"), Kind.TRANSIENT),
        (422, api_error("idempotency_key_reused"), Kind.REFUSED),
        (400, api_error("bad_request"), Kind.REFUSED),
        (413, api_error("body_too_large"), Kind.REFUSED),
        (409, "<html>conflict from a proxy</html>", Kind.TRANSIENT),
        (401, api_error("unauthorized"), Kind.UNAUTHORIZED),
        (404, api_error("order_not_found"), Kind.NOT_FOUND),
        (410, api_error("cursor_gone"), Kind.GONE),
        (302, "", Kind.TRANSIENT),
    ],
)
def test_answers_are_classified_by_status_and_body(status: int, body: str, kind: Kind) -> None:
    assert classify(status, body, {}).kind is kind


def test_a_refusal_keeps_the_servers_reason() -> None:
    answer = classify(409, api_error("over_return", "line L1 has 0 unit(s) left to return"), {})
    assert (answer.code, answer.message) == ("over_return", "line L1 has 0 unit(s) left to return")


def test_retry_after_is_read_in_seconds() -> None:
    assert classify(503, api_error("database_busy"), {"Retry-After": "7"}).retry_after_s == 7.0
    assert classify(503, api_error("database_busy"), {"Retry-After": "Fri, 31 Dec 1999"}).retry_after_s is None
