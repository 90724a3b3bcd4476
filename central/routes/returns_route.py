"""POST /v1/returns without FastAPI's per-request machinery, for posts it would accept as is.

Under load FastAPI's dependency solving and validation were about a fifth of the server's
CPU. A post whose headers are in order, whose JSON body the model accepts (parsed and
validated exactly as FastAPI does: ``json.loads``, then the model in Python mode) and whose
token finds its device is answered straight away. Anything else (a header missing, a body to
refuse, an unknown token) goes to FastAPI's own handler, which answers it as it always has,
so every refusal keeps its exact body. Both run inside the same exception handlers, and the
OpenAPI document is FastAPI's, unchanged.
"""

from __future__ import annotations

import json
from typing import Any, Awaitable, Callable

from fastapi import Request, Response
from fastapi.routing import APIRoute
from fastapi.security.utils import get_authorization_scheme_param

from central.auth import DeviceIdentity, device_of, is_device_token
from central.schemas import ReturnCaseIn

Handler = Callable[[Request], Awaitable[Response]]
#: What answers a checked post: (request, device, Idempotency-Key, case) -> the response.
Answerer = Callable[[Request, DeviceIdentity, str, ReturnCaseIn], Awaitable[Response]]


def post_route_class(answer: Answerer) -> type[APIRoute]:
    """An APIRoute class whose POST /v1/returns answers well-formed posts with ``answer``."""

    class ReturnsRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Any]:
            fastapi_handler: Handler = super().get_route_handler()
            if self.path != "/v1/returns" or self.methods != {"POST"}:
                return fastapi_handler

            async def post_or_hand_over(request: Request) -> Response:
                checked = await _checked(request)
                if checked is None:
                    return await fastapi_handler(request)
                return await answer(request, *checked)

            return post_or_hand_over

    return ReturnsRoute


async def _checked(request: Request) -> tuple[DeviceIdentity, str, ReturnCaseIn] | None:
    """The device, key and case of a post FastAPI would accept as is; None for any other."""
    headers = request.headers
    scheme, token = get_authorization_scheme_param(headers.get("authorization"))
    keys = headers.getlist("idempotency-key")
    if (scheme.lower() != "bearer" or not is_device_token(token)
            or len(keys) != 1 or not 1 <= len(keys[0]) <= 64
            or headers.get("content-type", "").split(";")[0].strip().lower() != "application/json"):
        return None
    try:
        case = ReturnCaseIn.model_validate(json.loads(await request.body()))
    except Exception:  # noqa: BLE001 - not JSON (or nested past recursion), not a case: FastAPI says which
        return None
    device = await device_of(request, token)
    if device is None:  # unknown or revoked: FastAPI answers 401
        return None
    return device, keys[0], case
