"""Return windows in store-local calendar days.

A window of N days from a delivery on local day D stays open until the end of local day
D + N, whatever the UTC offset does in between (DST changes, leap days): the shopper reads
dates off a calendar, not hours off a stopwatch. Delivery starts the clock; an order never
marked delivered counts from its purchase.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from kiosk.workflow.orders import Order, OrderLine
from kiosk.workflow.policy import ExtendedWindow, Policy, WindowRule


class Window(NamedTuple):
    """Where a line's window came from and when it closes (exclusive, UTC)."""

    days: int
    path: str
    counted_from: str
    starts_on: date
    last_day: date
    closes_at: datetime
    grace_until: datetime
    subject: str = ""
    label: str = ""
    extended: ExtendedWindow | None = None


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    """The calendar date in the store at a moment."""
    return moment.astimezone(zone).date()


@lru_cache(maxsize=4096)
def end_of_local_day(day: date, zone: ZoneInfo) -> datetime:
    """The UTC moment the store-local day ends: the next local midnight (the first instant not on ``day``)."""
    next_midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return next_midnight.astimezone(timezone.utc)


class WindowCalculator:
    """Windows for the lines of one order under one policy, each distinct window computed once.

    Most lines of an order share a start date and a handful of window lengths, so caching
    keeps a 50-line evaluation to a few zone conversions.
    """

    def __init__(self, order: Order, policy: Policy) -> None:
        self._policy = policy
        self._zone = policy.zone
        start = order.delivered_at or order.placed_at
        self._counted_from = "delivery" if order.delivered_at else "purchase"
        self._starts_on = local_date(start, self._zone)
        self._purchased_on = local_date(order.placed_at, self._zone)
        self._cache: dict[tuple[str, str | None], Window] = {}
        self._by_line: dict[tuple[str, tuple[str, ...]], Window] = {}

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def for_line(self, line: OrderLine) -> Window:
        window = self._by_line.get((line.category, line.tags))
        if window is None:
            window = self._by_line[(line.category, line.tags)] = self._for_line(line)
        return window

    def _for_line(self, line: OrderLine) -> Window:
        rule = self._policy.window_for(line.category, line.tags)
        extended = self._extension(line.category)
        key = (rule.path, extended.id if extended else None)
        window = self._cache.get(key)
        if window is None:
            window = self._cache[key] = self._build(rule, extended)
        return window

    def _extension(self, category: str) -> ExtendedWindow | None:
        """The covering extended window that reaches furthest, if any."""
        best: ExtendedWindow | None = None
        for extension in self._policy.extended_windows:
            if extension.covers(self._purchased_on, category):
                if best is None or extension.returnable_until > best.returnable_until:
                    best = extension
        return best

    def _build(self, rule: WindowRule, extended: ExtendedWindow | None) -> Window:
        last_day = self._starts_on + timedelta(days=rule.days)
        path = rule.path
        if extended is not None and extended.returnable_until > last_day:
            last_day, path = extended.returnable_until, extended.path
        else:
            extended = None
        grace_days = self._policy.approval.grace_days
        return Window(
            days=rule.days,
            path=path,
            counted_from=self._counted_from,
            starts_on=self._starts_on,
            last_day=last_day,
            closes_at=end_of_local_day(last_day, self._zone),
            grace_until=end_of_local_day(last_day + timedelta(days=grace_days), self._zone),
            subject=rule.subject,
            label=rule.label,
            extended=extended,
        )
