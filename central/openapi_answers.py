"""The OpenAPI document says every answer a route can give, and what a timestamp looks like.

Routes list their own refusals (``central.routes.errors``); the answers that come from the
layers around them are added here for every operation, so a route added later cannot forget
them: 400 (a request the server cannot read: a bad Content-Length, say) and 500 everywhere,
401 where a token is needed (checked before the body, central.auth.TokenFirst), 413 where
there is a body, 422 where there are parameters or a body, 503 wherever the database is
read. Every timestamp is named as one: RFC 3339 in UTC with a ``Z`` (kiosk.workflow.clock).
"""

from __future__ import annotations

from typing import Any

TIMESTAMP_FORMAT = "RFC 3339 date-time in UTC with a `Z` suffix, e.g. `2026-11-27T15:00:00Z`"
DATE_FORMAT = "a store-local calendar day, `YYYY-MM-DD`"
#: Schemas copied from resources/schemas, which must stay equal to those files.
SHARED = frozenset({"Order", "ReturnCase"})
_ERROR_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
_AROUND = {
    "400": "the request cannot be read (for example a Content-Length that is not a number)",
    "401": "no valid bearer token (checked before the body is read)",
    "413": "the body is larger than the server accepts",
    "422": "the request is malformed (see `problems`) or refused (see `code`)",
    "500": "the server failed unexpectedly; nothing was stored",
    "503": "the database is busy; retry after `Retry-After` seconds",
}
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def complete_answers(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the surrounding answers and the timestamp format filled in (in place)."""
    for methods in document.get("paths", {}).values():
        for method, operation in methods.items():
            if method in _METHODS:
                _add_answers(operation)
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if name not in SHARED:
            _mark_timestamps(schema)
    info = document.setdefault("info", {})
    note = f"\n* **Timestamps** are {TIMESTAMP_FORMAT}; days (`*_on`) are {DATE_FORMAT}.\n"
    if note.strip() not in info.get("description", ""):
        info["description"] = info.get("description", "").rstrip("\n") + "\n" + note
    return document


def _add_answers(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    wanted = ["400", "500", "503"]
    if operation.get("security"):
        wanted.append("401")
    if "requestBody" in operation:
        wanted.append("413")
    if "requestBody" in operation or operation.get("parameters"):
        wanted.append("422")
    for status in wanted:
        responses.setdefault(status, {"description": _AROUND[status], "content": _ERROR_BODY})
    for parameter in operation.get("parameters", ()):
        if _is_timestamp_name(str(parameter.get("name", ""))):
            _mark(parameter.get("schema", {}))


def _mark_timestamps(schema: Any) -> None:
    """Every string property named like a moment (``*_at``, ``*_until``, ``at``, ``horizon``) becomes a date-time."""
    if isinstance(schema, list):
        for item in schema:
            _mark_timestamps(item)
        return
    if not isinstance(schema, dict):
        return
    for name, value in (schema.get("properties") or {}).items():
        if _is_timestamp_name(name):
            _mark(value)
        elif name.endswith("_on"):
            _mark(value, "date")
    for key, value in schema.items():
        if key != "properties" and isinstance(value, (dict, list)):
            _mark_timestamps(value)
    for value in (schema.get("properties") or {}).values():
        _mark_timestamps(value)


def _mark(schema: dict[str, Any], kind: str = "date-time") -> None:
    if schema.get("type") == "string" and "format" not in schema:
        schema["format"] = kind
        said = DATE_FORMAT if kind == "date" else TIMESTAMP_FORMAT
        schema["description"] = (schema.get("description", "") + " " if schema.get("description") else "") + f"{said}."
    for branch in [*schema.get("anyOf", ()), *schema.get("oneOf", ())]:
        if isinstance(branch, dict):
            _mark(branch, kind)


def _is_timestamp_name(name: str) -> bool:
    return name.endswith(("_at", "_until")) or name in ("at", "horizon", "since", "until")
