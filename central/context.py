"""What every request handler needs, built once by the app factory and kept on app.state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from anyio import CapacityLimiter
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
    #: The threads that take posted returns. Few: each post holds the database's write lock
    #: (SQLite) or the change counter (PostgreSQL) until its commit, so more threads would
    #: mostly wait, and fight the thread holding it for the GIL. Posts waiting here never
    #: take a thread from the other requests.
    intake_threads: CapacityLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.intake_threads = CapacityLimiter(self.settings.intake_threads)


async def server_context(request: Request) -> ServerContext:
    """FastAPI dependency: the context of the app serving this request (async: no thread hop)."""
    context: ServerContext = request.app.state.context
    return context


#: Handler parameter type for the server context.
Context = Annotated[ServerContext, Depends(server_context)]
