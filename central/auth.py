"""Device bearer tokens: minted once, shown once, kept only as a hash.

A token carries 256 bits from ``secrets``, so a plain sha256 is enough to keep a stolen
database from yielding usable tokens (slow hashing guards guessable secrets, which these are
not), and lets the server find the device with one indexed lookup per request.

The token is checked before the body is read (``TokenFirst``): a request without a valid
token is 401 whatever its body, and the server never parses a stranger's JSON.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
from dataclasses import dataclass
from typing import Annotated, Any, Awaitable, Callable, Sequence

import anyio.to_thread
from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select
from starlette.routing import BaseRoute, compile_path

from central.context import Context, ServerContext
from central.errors import Unauthorized
from central.models import Device

log = logging.getLogger("central")

TOKEN_PREFIX = "kc_"

_DEVICE_BY_TOKEN = select(Device.id, Device.store_id).where(Device.token_hash == bindparam("token_hash"),
                                                           Device.revoked_at.is_(None))

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="DeviceToken",
    description="Per-device token printed once by `kiosk-central add-device STORE`; bound to that store.",
)


@dataclass(frozen=True)
class DeviceIdentity:
    """The device making a request and the store its token is bound to."""

    id: str
    store_id: str


def mint_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def current_device(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    context: Context,
) -> DeviceIdentity:
    """FastAPI dependency: the authenticated device, or 401 (one indexed read, on a worker thread).

    ``TokenFirst`` has usually identified the device already, before the body was read.
    """
    early = request.scope.get(_SCOPE_KEY)
    if isinstance(early, DeviceIdentity):
        return early
    return identify(context, credentials.credentials if credentials is not None else None)


def identify(context: ServerContext, token: str | None) -> DeviceIdentity:
    """The device holding ``token``, or Unauthorized."""
    if not token:
        raise Unauthorized()
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        raise Unauthorized("the bearer token is not a device token")
    row = context.db.read_one(_DEVICE_BY_TOKEN, {"token_hash": hash_token(token)})
    if row is None:
        raise Unauthorized("the bearer token is unknown or revoked")
    return DeviceIdentity(row.id, row.store_id)


#: Handler parameter type for the authenticated device.
CurrentDevice = Annotated[DeviceIdentity, Depends(current_device)]


# --- the token before the body -------------------------------------------------------------

_SCOPE_KEY = "intake.device"
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class TokenFirst:
    """ASGI middleware: for routes that take a bearer token, check it before anything reads
    the body (the body limit, FastAPI's parsing); refuse with 401 at once when it fails.

    Which routes those are is read from each route's own dependencies, so a route added later
    is covered without a list to keep: a device token (``CurrentDevice``) is checked whole
    here; for other bearer tokens (a payment service's) a request without one is refused here
    and the route's own dependency checks the rest. A database that cannot answer is left to
    the route's dependency, which answers 503 the usual way.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._guarded: list[_Guarded] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        guard = self._guard(scope) if scope["type"] == "http" else None
        if guard is not None:
            token = _bearer_token(scope)
            try:
                if not guard.device:
                    if not token:
                        raise Unauthorized("a bearer token is required")
                else:
                    scope[_SCOPE_KEY] = await anyio.to_thread.run_sync(identify, scope["app"].state.context, token)
            except Unauthorized as refused:
                await _send_refusal(send, refused)
                return
            except Exception:  # noqa: BLE001 - the route's dependency answers it with the usual handlers
                log.debug("token check deferred to the route", exc_info=True)
        await self.app(scope, receive, send)

    def _guard(self, scope: Scope) -> _Guarded | None:
        if self._guarded is None:
            self._guarded = _guarded_routes(scope["app"].routes)
        path, method = scope.get("path", ""), scope.get("method", "")
        return next((g for g in self._guarded if method in g.methods and g.pattern.match(path)), None)


@dataclass(frozen=True)
class _Guarded:
    pattern: re.Pattern[str]
    methods: frozenset[str]
    #: a device token (checked whole here); else another bearer token (its presence checked here)
    device: bool


def _guarded_routes(routes: Sequence[BaseRoute]) -> list[_Guarded]:
    """Every route that takes a bearer token: its path pattern, its methods, and whose token."""
    guarded = []
    for context in iter_route_contexts(routes):
        route = context.original_route
        if not isinstance(route, APIRoute):
            continue
        device = _depends_on(route.dependant, lambda call: call is current_device)
        if device or _depends_on(route.dependant, lambda call: isinstance(call, HTTPBearer)):
            pattern, _, _ = compile_path(context.path or route.path)
            guarded.append(_Guarded(pattern, frozenset(route.methods or ()), device))
    return guarded


def _depends_on(dependant: Dependant, matches: Callable[[Any], bool]) -> bool:
    return any(matches(d.call) or _depends_on(d, matches) for d in dependant.dependencies)


def _bearer_token(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" else None
    return None


async def _send_refusal(send: Send, refused: Unauthorized) -> None:
    payload = json.dumps(refused.body()).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
               (b"connection", b"close")]
    headers += [(k.lower().encode(), v.encode()) for k, v in refused.headers.items()]
    await send({"type": "http.response.start", "status": refused.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
