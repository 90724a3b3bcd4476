"""HTTP routes, one module per resource; each is a thin layer over ``central.ops``."""

from __future__ import annotations

from typing import Any

from central.errors import ErrorBody


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the refusals a route can give, all with the common error body."""
    described = {
        400: "the request cannot be read",
        401: "no valid device bearer token",
        403: "the token may not use this route",
        404: "not found",
        409: "the case would return more than was bought (see `lines`)",
        410: "the cursor cannot be resumed: resync from scratch",
        413: "the body is larger than the server accepts",
        422: "the request is malformed (see `problems`) or refused (see `code`)",
        429: "too many lookups missed; wait `Retry-After` seconds",
        503: "the database is busy; retry after `Retry-After` seconds",
    }
    return {status: {"model": ErrorBody, "description": described[status]} for status in statuses}
