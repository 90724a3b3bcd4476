"""Measuring this kiosk's clock against central's at each sync, and keeping the result.

One cheap request (``GET /v1/health``) is timed with the kiosk's own clock; the answer's
Date header against the middle of the round trip gives the offset
(kiosk.workflow.clock_offset). The last offset measured is kept in the database: the returns
desk reads it when a shopper starts (window verdicts are held for staff when it is beyond
the policy's limit), and the health report and the staff sync screen show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.sync.client import ApiClient
from kiosk.workflow.clock import Clock, format_utc, parse_utc
from kiosk.workflow.clock_offset import clock_unsure, offset_from_date

HEALTH_PATH = "/v1/health"
OFFSET_KEY = "clock.offset_ms"
MEASURED_KEY = "clock.measured_at"


@dataclass(frozen=True)
class ClockReading:
    """Central's time minus ours (positive: our clock is behind), and when it was measured (our clock)."""

    offset: timedelta
    measured_at: datetime


def measure_offset(client: ApiClient, clock: Clock) -> ClockReading | None:
    """The offset from one timed request; None when central did not answer or sent no Date."""
    sent = clock()
    answer = client.get(HEALTH_PATH)
    received = clock()
    if not answer.ok:
        return None
    offset = offset_from_date(answer.headers.get("Date"), sent, received)
    return ClockReading(offset, received) if offset is not None else None


def store_reading(tx: Transaction, reading: ClockReading) -> None:
    tx.settings.put(OFFSET_KEY, str(round(reading.offset / timedelta(milliseconds=1))))
    tx.settings.put(MEASURED_KEY, format_utc(reading.measured_at))


def stored_reading(tx: Transaction) -> ClockReading | None:
    """The last offset measured, or None before the first sync that measured one."""
    offset, measured = tx.settings.get(OFFSET_KEY), tx.settings.get(MEASURED_KEY)
    if not offset or not measured:
        return None
    try:
        return ClockReading(timedelta(milliseconds=int(offset)), parse_utc(measured))
    except ValueError:
        return None


def clock_in_doubt(uow: UnitOfWork, limit: timedelta) -> bool:
    """Whether the last offset measured is beyond ``limit`` (the policy's): window verdicts then wait for staff."""
    with uow.reading() as tx:
        reading = stored_reading(tx)
    return clock_unsure(reading.offset if reading is not None else None, limit)
