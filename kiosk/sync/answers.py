"""What an answer from the central API means for the kiosk: done, try again later, or refused.

The split decides whether an outbox event is retried on its own or kept for staff, so it
leans towards "try again" whenever the answer might not come from our server at all: only
a 4xx that carries the API's own error body (``{"error": {"code", "message"}}``) is a
refusal. A proxy's HTML error page, a captive portal or a half-written body is transient.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping


class Kind(str, Enum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    #: Network error, timeout, 5xx, 429, garbage, "still processing": retry with backoff.
    TRANSIENT = "transient"
    #: A domain refusal or validation error (400, 409, 413, 422, ...): kept, shown, never resent on its own.
    REFUSED = "refused"
    #: 410: the cursor cannot be resumed; the copy must be rebuilt.
    GONE = "gone"
    #: 401/403: the device token is missing, wrong or revoked; nothing will work until re-registered.
    UNAUTHORIZED = "unauthorized"
    #: 404 with the API's error body (no such order, no policy yet).
    NOT_FOUND = "not_found"


#: Error codes the server may use for "a request with this key is still being worked on".
STILL_PROCESSING_CODES = frozenset({"in_progress", "still_processing", "request_in_progress"})
#: 4xx statuses that say "later", not "no".
TRANSIENT_4XX = frozenset({408, 423, 425, 429})


@dataclass(frozen=True)
class Answer:
    """One HTTP exchange reduced to what the sync needs; never raised, always returned."""

    kind: Kind
    status: int | None
    code: str
    message: str
    body: Any = None
    retry_after_s: float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    #: The body as received, for callers that read a 2xx answer themselves (``parse=False``).
    text: str = ""

    @property
    def ok(self) -> bool:
        return self.kind in (Kind.OK, Kind.NOT_MODIFIED)

    def describe(self) -> str:
        """One line for logs and staff: the status, the code and the server's sentence."""
        status = f"HTTP {self.status}" if self.status is not None else "no answer"
        return f"{status} {self.code}: {self.message}"


def network_failure(code: str, message: str) -> Answer:
    """No HTTP answer at all: connection refused or reset, timeout, TLS or DNS failure."""
    return Answer(Kind.TRANSIENT, None, code, message)


def classify(status: int, body_text: str, headers: Mapping[str, str], *, parse: bool = True) -> Answer:
    """Classify a received HTTP answer by status and body.

    With ``parse=False`` a 2xx answer is handed back unread in ``text``: the caller parses it
    (an order page is read order by order, keeping each order's own JSON text).
    """
    retry_after = _retry_after(headers.get("Retry-After"))
    if status == 304:
        return Answer(Kind.NOT_MODIFIED, status, "not_modified", "unchanged", headers=headers)
    if not parse and 200 <= status < 300 and status != 202:
        return Answer(Kind.OK, status, "ok", "", None, None, headers, body_text)
    body, parsed = _json(body_text)
    if status == 202:
        return Answer(Kind.TRANSIENT, status, "still_processing", "the server is still processing this request",
                      body, retry_after, headers)
    if 200 <= status < 300:
        if not parsed:
            return Answer(Kind.TRANSIENT, status, "garbage", "the server's answer is not JSON", None, None, headers)
        return Answer(Kind.OK, status, "ok", "", body, None, headers)
    return _classify_error(status, body if parsed else None, retry_after, headers)


def _classify_error(status: int, body: Any, retry_after: float | None, headers: Mapping[str, str]) -> Answer:
    error = _api_error(body)
    code = error.get("code", f"http_{status}") if error else f"http_{status}"
    message = error.get("message", "") if error else _status_text(status)
    if status >= 500 or status in TRANSIENT_4XX or not 400 <= status < 500:
        return Answer(Kind.TRANSIENT, status, code, message, body, retry_after, headers)
    if error is None:
        return Answer(Kind.TRANSIENT, status, "not_the_api", f"HTTP {status} without the API's error body "
                      "(a proxy or another server answered)", body, retry_after, headers)
    if code in STILL_PROCESSING_CODES:
        return Answer(Kind.TRANSIENT, status, code, message, body, retry_after, headers)
    kind = {401: Kind.UNAUTHORIZED, 403: Kind.UNAUTHORIZED, 404: Kind.NOT_FOUND, 410: Kind.GONE}.get(status, Kind.REFUSED)
    return Answer(kind, status, code, message, body, retry_after, headers)


def _json(text: str) -> tuple[Any, bool]:
    if not text.strip():
        return None, False
    try:
        return json.loads(text), True
    except ValueError:
        return None, False


def _api_error(body: Any) -> dict[str, str] | None:
    """The API's error object when the body has the API's shape, else None."""
    if not isinstance(body, dict) or not isinstance(body.get("error"), dict):
        return None
    error = body["error"]
    if not isinstance(error.get("code"), str) or not isinstance(error.get("message"), str):
        return None
    return {"code": error["code"], "message": error["message"]}


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the HTTP-date form is ignored: our server sends seconds)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def _status_text(status: int) -> str:
    return {401: "not authorised", 403: "forbidden", 404: "not found", 410: "gone"}.get(status, f"HTTP {status}")
