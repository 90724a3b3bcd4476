"""Offline exposure limits: how much a kiosk may refund while nobody can check centrally.

Offline, a refund cannot be re-checked against other devices or stores until the kiosk
syncs, so the policy caps refunds per store-local day, per device and per staff member, and
over the whole outage: "usage" is the refunds central has not confirmed yet, of that day
for the daily caps and of any day for the outage caps (so k days offline never allow k
times the cap). A case that would go past a cap is saved as pending central approval
instead of paying out.

Synced copies age too. The policy, the manager list and the order cache each carry the time
of their last successful pull; once one is older than the policy trusts, the kiosk keeps
taking returns but a case refunding more than ``stale_refund_above`` waits for central.

Limits come from the policy document's ``offline_limits``::

    {"per_device": {"max_refund_value": 50000, "max_refunds": 10},
     "per_staff":  {"max_refund_value": 20000, "max_refunds": 5},
     "whole_outage": {"per_device": {"max_refund_value": 150000}},
     "max_data_age_hours": {"policy": 168, "managers": 72, "orders": 72},
     "stale_refund_above": 10000}

A daily cap left out means no cap of that kind; an outage cap left out is the daily cap of
the same kind; ages and the stale refund limit have the defaults above.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Any, Mapping, Sequence
from zoneinfo import ZoneInfo

#: The synced copies whose age is watched, as named in the policy and the health report.
COPIES = ("policy", "managers", "orders")
DEFAULT_MAX_DATA_AGE_HOURS: Mapping[str, int] = {"policy": 168, "managers": 72, "orders": 72}
#: Minor units: past a copy's age, a case refunding more than this waits for central.
DEFAULT_STALE_REFUND_ABOVE = 10_000


@dataclass(frozen=True)
class Limit:
    max_refund_value: int | None = None
    max_refunds: int | None = None

    def or_else(self, fallback: Limit) -> Limit:
        """This limit with each cap it leaves out taken from ``fallback``."""
        value = self.max_refund_value if self.max_refund_value is not None else fallback.max_refund_value
        count = self.max_refunds if self.max_refunds is not None else fallback.max_refunds
        return Limit(value, count)


@dataclass(frozen=True)
class OfflineLimits:
    per_device: Limit = Limit()
    per_staff: Limit = Limit()
    #: caps on every unconfirmed refund, whatever its day
    outage_device: Limit = Limit()
    outage_staff: Limit = Limit()
    #: copy name -> how long after its last successful pull it is trusted
    max_data_age: Mapping[str, timedelta] | None = None
    stale_refund_above: int = DEFAULT_STALE_REFUND_ABOVE

    @property
    def has_caps(self) -> bool:
        return any(limit != Limit() for limit in (self.per_device, self.per_staff, self.outage_device,
                                                  self.outage_staff))

    def data_age_limit(self, copy: str) -> timedelta:
        ages = self.max_data_age or {}
        return ages.get(copy, timedelta(hours=DEFAULT_MAX_DATA_AGE_HOURS[copy]))


NO_LIMITS = OfflineLimits()


@dataclass(frozen=True)
class Usage:
    """Unconfirmed refunds already made (today, or over the outage): how many and how much (minor units)."""

    refunds: int = 0
    refund_value: int = 0


@dataclass(frozen=True)
class Exceeded:
    """The cap a new refund would pass.

    ``scope`` is per_device or per_staff (a day), whole_outage.per_device or
    whole_outage.per_staff, or stale_data (then ``stale`` names the copies past their age);
    ``cap`` names the field.
    """

    scope: str
    cap: str
    allowed: int
    would_be: int
    stale: tuple[str, ...] = ()


def offline_limits(document: Mapping[str, Any] | None) -> OfflineLimits:
    """The policy's ``offline_limits`` section; no section means no caps and the default ages."""
    section = (document or {}).get("offline_limits") or {}
    device, staff = _limit(section.get("per_device")), _limit(section.get("per_staff"))
    outage = section.get("whole_outage") or {}
    ages = section.get("max_data_age_hours") or {}
    return OfflineLimits(
        per_device=device,
        per_staff=staff,
        outage_device=_limit(outage.get("per_device")).or_else(device),
        outage_staff=_limit(outage.get("per_staff")).or_else(staff),
        max_data_age={copy: timedelta(hours=int(ages.get(copy, DEFAULT_MAX_DATA_AGE_HOURS[copy]))) for copy in COPIES},
        stale_refund_above=int(section.get("stale_refund_above", DEFAULT_STALE_REFUND_ABOVE)),
    )


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


def check_exposure(limits: OfflineLimits, refund_value: int, device: Usage, staff: Usage | None, *,
                   outage_device: Usage | None = None, outage_staff: Usage | None = None) -> Exceeded | None:
    """The first cap this refund would pass, device before staff, the day before the outage; None when it fits.

    ``device`` and ``staff`` are today's unconfirmed refunds, ``outage_device`` and
    ``outage_staff`` those of any day. Cases that pay nothing back (exchanges, store credit)
    never count against a cap.
    """
    if refund_value <= 0:
        return None
    checks: list[tuple[str, Limit, Usage | None]] = [
        ("per_device", limits.per_device, device),
        ("whole_outage.per_device", limits.outage_device, outage_device),
        ("per_staff", limits.per_staff, staff),
        ("whole_outage.per_staff", limits.outage_staff, outage_staff if staff is not None else None),
    ]
    for scope, limit, usage in checks:
        found = _exceeded(scope, limit, usage, refund_value) if usage is not None else None
        if found is not None:
            return found
    return None


def stale_copies(ages: Mapping[str, timedelta | None], limits: OfflineLimits) -> tuple[str, ...]:
    """The synced copies older than the policy trusts. A copy never pulled has no age: a kiosk
    that never synced (demo, not registered) decides on its local data as it always did."""
    return tuple(copy for copy in COPIES if (age := ages.get(copy)) is not None and age > limits.data_age_limit(copy))


def check_stale_refund(limits: OfflineLimits, refund_value: int, stale: Sequence[str]) -> Exceeded | None:
    """With a copy past its age, a refund above ``stale_refund_above`` waits for central."""
    if not stale or refund_value <= limits.stale_refund_above:
        return None
    return Exceeded("stale_data", "stale_refund_above", limits.stale_refund_above, refund_value, tuple(stale))


def _exceeded(scope: str, limit: Limit, usage: Usage, refund_value: int) -> Exceeded | None:
    if limit.max_refunds is not None and usage.refunds + 1 > limit.max_refunds:
        return Exceeded(scope, "max_refunds", limit.max_refunds, usage.refunds + 1)
    value = usage.refund_value + refund_value
    if limit.max_refund_value is not None and value > limit.max_refund_value:
        return Exceeded(scope, "max_refund_value", limit.max_refund_value, value)
    return None
