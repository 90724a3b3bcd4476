"""How far this kiosk's clock is from central's, and when that is too far to trust it.

Return windows are decided by the kiosk's own clock. At each sync the kiosk reads the Date
header of one of central's answers and compares it with the middle of the round trip (the
moment the server most likely wrote it). A clock further off than the policy allows
(``approval.max_clock_offset_minutes``) can no longer be trusted with window verdicts: the
wizard then holds them for staff (kiosk.workflow.line_rules, message ``clock_unsure``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Mapping

from kiosk.workflow.policy import DEFAULT_MAX_CLOCK_OFFSET_MINUTES

#: The Date header has whole seconds: an offset within this is no offset at all.
DATE_RESOLUTION = timedelta(seconds=2)


def offset_from_date(date_header: str | None, sent: datetime, received: datetime) -> timedelta | None:
    """Central's time minus ours (positive: our clock is behind), or None without a usable header."""
    if not date_header:
        return None
    try:
        server = parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        return None
    if server.tzinfo is None:
        return None
    return server - (sent + (received - sent) / 2)


def clock_limit(document: Mapping[str, Any] | None) -> timedelta:
    """The policy's ``approval.max_clock_offset_minutes`` from its raw document (default 5)."""
    minutes = ((document or {}).get("approval") or {}).get("max_clock_offset_minutes", DEFAULT_MAX_CLOCK_OFFSET_MINUTES)
    return timedelta(minutes=int(minutes))


def clock_unsure(offset: timedelta | None, limit: timedelta) -> bool:
    """Whether window verdicts must wait for staff: a measured offset beyond the limit.

    An offset never measured (a kiosk that has not synced yet, or one without a server)
    is not a reason to distrust the clock.
    """
    return offset is not None and abs(offset) > limit


def describe_offset(offset: timedelta) -> str:
    """Plain words for staff and logs: "3 s behind central", "in step with central"."""
    seconds = offset.total_seconds()
    if abs(offset) <= DATE_RESOLUTION:
        return "in step with central"
    amount = f"{abs(seconds) / 60:.0f} min" if abs(seconds) >= 120 else f"{abs(seconds):.0f} s"
    return f"{amount} {'behind' if seconds > 0 else 'ahead of'} central"
