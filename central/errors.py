"""One error shape for every refusal, and the handlers that guarantee it.

Every non-2xx answer is ``{"error": {"code": ..., "message": ..., ...}}``: the kiosk's sync
worker classifies on ``code`` and shows ``message`` to staff. Nothing reaches the client as
a bare 500 page: a busy database is a transient 503 with ``Retry-After``, anything
unforeseen a JSON 500 that is logged here.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("central")


class ApiError(Exception):
    """A refusal with an HTTP status, a stable machine code and a sentence for people."""

    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None,
                 **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.details = details

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, **self.details}}


class AdminError(ValueError):
    """An operator command that cannot be carried out (unknown store, duplicate id, bad file)."""


class Unauthorized(ApiError):
    def __init__(self, message: str = "a valid device bearer token is required") -> None:
        super().__init__(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")

    code: str
    message: str


class ErrorBody(BaseModel):
    """The body of every refusal; some codes add fields (``lines``, ``problems``)."""

    error: ErrorDetail


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None,
                   **details: Any) -> JSONResponse:
    return JSONResponse(ApiError(status, code, message, **details).body(), status_code=status, headers=headers)


_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
               413: "body_too_large", 415: "unsupported_media_type"}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(OperationalError, _database_busy)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(Exception, _unexpected)


async def _api_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ApiError)
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


async def _validation_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = [_problem(e) for e in error.errors()]
    if any(p["type"] == "json_invalid" for p in problems):
        return error_response(422, "invalid_json", "the body is not valid JSON", problems=problems)
    return error_response(422, "invalid_request", _summary(problems), problems=problems)


def _problem(error: Any) -> dict[str, str]:
    path = ".".join(str(part) for part in error.get("loc", ()))
    return {"path": path, "type": str(error.get("type", "")), "message": str(error.get("msg", ""))}


def _summary(problems: list[dict[str, str]]) -> str:
    first = problems[0] if problems else {"path": "", "message": "invalid request"}
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{first['path']}: {first['message']}{more}"


async def _http_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    code = _HTTP_CODES.get(error.status_code, "http_error")
    message = error.detail if isinstance(error.detail, str) else json.dumps(error.detail)
    return error_response(error.status_code, code, message, headers=dict(error.headers or {}))


async def _database_busy(_request: Request, error: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", error)
    return error_response(503, "database_busy", "the database is busy or unavailable; retry shortly",
                          headers={"Retry-After": "1"})


async def _database_error(_request: Request, error: Exception) -> JSONResponse:
    log.exception("database error", exc_info=error)
    return error_response(503, "database_error", "the database refused the operation; retry shortly",
                          headers={"Retry-After": "1"})


async def _unexpected(_request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=error)
    return error_response(500, "internal_error", "the server failed unexpectedly; nothing was stored")
