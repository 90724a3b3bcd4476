"""The injected clock: the domain never reads the wall clock itself."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real clock, timezone-aware UTC. Only the composition root passes this in."""
    return datetime.now(timezone.utc)


def fixed_clock(moment: datetime) -> Clock:
    """A clock stopped at moment, for tests and the CLI's --at."""
    if moment.tzinfo is None:
        raise ValueError("a clock needs a timezone-aware moment")
    return lambda: moment


def parse_utc(text: str) -> datetime:
    """Parse an ISO 8601 timestamp that carries an offset and convert it to UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"timestamp {text!r} has no timezone offset")
    return moment.astimezone(timezone.utc)


def format_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
