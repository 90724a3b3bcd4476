"""What every request handler needs, built once by the app factory and kept on app.state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from central.database import Database
from central.policy_cache import PolicyCache
from central.settings import Settings
from kiosk.workflow.clock import Clock, system_clock


@dataclass
class ServerContext:
    db: Database
    settings: Settings
    clock: Clock = system_clock
    policies: PolicyCache = field(default_factory=PolicyCache)


async def server_context(request: Request) -> ServerContext:
    """FastAPI dependency: the context of the app serving this request (async: no thread hop)."""
    context: ServerContext = request.app.state.context
    return context


#: Handler parameter type for the server context.
Context = Annotated[ServerContext, Depends(server_context)]
