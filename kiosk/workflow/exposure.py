"""Offline exposure limits: how much a kiosk may refund while nobody can check centrally.

Offline, a refund cannot be re-checked against other devices or stores until the kiosk
syncs, so the policy caps refunds per store-local day, per device and per staff member.
"Usage" is the refunds of that day the central store has not confirmed yet; a case that
would go past a cap is saved as pending central approval instead of paying out.

Limits come from the policy document's ``offline_limits``::

    {"per_device": {"max_refund_value": 50000, "max_refunds": 10},
     "per_staff":  {"max_refund_value": 20000, "max_refunds": 5}}

Any field may be left out, which means no cap of that kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Any, Mapping
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Limit:
    max_refund_value: int | None = None
    max_refunds: int | None = None


@dataclass(frozen=True)
class OfflineLimits:
    per_device: Limit = Limit()
    per_staff: Limit = Limit()


NO_LIMITS = OfflineLimits()


@dataclass(frozen=True)
class Usage:
    """Unconfirmed refunds already made today: how many and how much (minor units)."""

    refunds: int = 0
    refund_value: int = 0


@dataclass(frozen=True)
class Exceeded:
    """The cap a new refund would pass: ``scope`` per_device or per_staff, ``cap`` which field."""

    scope: str
    cap: str
    allowed: int
    would_be: int


def offline_limits(document: Mapping[str, Any] | None) -> OfflineLimits:
    """The policy's ``offline_limits`` section; no section means no caps."""
    section = (document or {}).get("offline_limits") or {}
    return OfflineLimits(_limit(section.get("per_device")), _limit(section.get("per_staff")))


def _limit(data: Mapping[str, Any] | None) -> Limit:
    data = data or {}
    value, count = data.get("max_refund_value"), data.get("max_refunds")
    return Limit(int(value) if value is not None else None, int(count) if count is not None else None)


def store_day(at: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC start and end of the store-local calendar day that contains ``at``.

    Computed from local midnights, so a day with a DST change is 23 or 25 hours long.
    """
    if at.tzinfo is None:
        raise ValueError("exposure days need a timezone-aware moment")
    day = at.astimezone(zone).date()
    start = datetime.combine(day, time(0), zone)
    end = datetime.combine(day + timedelta(days=1), time(0), zone)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


def check_exposure(limits: OfflineLimits, refund_value: int, device: Usage, staff: Usage | None) -> Exceeded | None:
    """The first cap this refund would pass, device before staff; None when it fits.

    Cases that pay nothing back (exchanges, store credit) never count against a cap.
    """
    if refund_value <= 0:
        return None
    found = _exceeded("per_device", limits.per_device, device, refund_value)
    if found is None and staff is not None:
        found = _exceeded("per_staff", limits.per_staff, staff, refund_value)
    return found


def _exceeded(scope: str, limit: Limit, usage: Usage, refund_value: int) -> Exceeded | None:
    if limit.max_refunds is not None and usage.refunds + 1 > limit.max_refunds:
        return Exceeded(scope, "max_refunds", limit.max_refunds, usage.refunds + 1)
    value = usage.refund_value + refund_value
    if limit.max_refund_value is not None and value > limit.max_refund_value:
        return Exceeded(scope, "max_refund_value", limit.max_refund_value, value)
    return None
