"""The fleet: each device's latest health report, and which devices need someone's attention.

Kiosks post a report every few minutes and after each sync (kiosk.sync.health_report); the
latest per device is kept. ``fleet`` lists every device of the chain (or of one store) with
its state: ``ok``; ``stale`` when no report came for longer than ``stale_after`` (a kiosk
switched off, hung, or cut off from the network); ``unhealthy`` when its last report shows
something wrong (``HealthRules``); ``never`` when it has not reported yet; ``revoked``.
Ages in a report were measured on the device's clock at ``reported_at``; they are carried
forward to ``now`` with this server's clock from ``received_at``, so a device whose clock is
wrong is judged on the same footing as the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from central.auth import DeviceIdentity
from central.database import Database
from central.models import Device, DeviceHealth
from kiosk.workflow.clock import parse_utc

#: Without a report for this long a device is stale (``kiosk-central devices --stale-after``).
DEFAULT_STALE_AFTER = timedelta(minutes=15)
STATES = ("ok", "unhealthy", "stale", "never", "revoked")


@dataclass(frozen=True)
class HealthRules:
    """Where a reported figure becomes a problem someone should look at."""

    max_clock_offset: timedelta = timedelta(minutes=5)
    max_unsent_age: timedelta = timedelta(hours=1)
    max_sync_age: timedelta = timedelta(hours=1)
    min_free_disk_bytes: int = 500 * 1024 * 1024


@dataclass(frozen=True)
class DeviceStatus:
    device_id: str
    store_id: str
    name: str
    state: str
    problems: tuple[str, ...] = ()
    received_at: datetime | None = None
    report: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received = self.received_at.isoformat() if self.received_at else None
        return {"device_id": self.device_id, "store_id": self.store_id, "name": self.name, "state": self.state,
                "problems": list(self.problems), "received_at": received, "report": dict(self.report)}


def record_health(db: Database, device: DeviceIdentity, report: Mapping[str, Any], now: datetime) -> None:
    """Keep ``report`` as the device's latest, replacing the one before (one statement, no race)."""
    values = {
        "device_id": device.id, "store_id": device.store_id, "received_at": now,
        "reported_at": parse_utc(str(report["reported_at"])), "app_version": report["app_version"],
        "schema_version": report["schema_version"], "policy_version": report.get("policy_version"),
        "outbox_pending": report["outbox_pending"], "outbox_refused": report.get("outbox_refused", 0),
        "outbox_oldest_age_s": report.get("outbox_oldest_age_s"),
        "print_queue_depth": report.get("print_queue_depth", 0), "last_sync_age_s": report.get("last_sync_age_s"),
        "free_disk_bytes": report["free_disk_bytes"], "clock_offset_ms": report.get("clock_offset_ms"),
        "report": dict(report),
    }
    dialect = sqlite if db.is_sqlite else postgresql
    statement = dialect.insert(DeviceHealth).values(**values)
    statement = statement.on_conflict_do_update(index_elements=[DeviceHealth.device_id],
                                                set_={k: v for k, v in values.items() if k != "device_id"})
    with db.writing() as session:
        session.execute(statement)


def fleet(db: Database, now: datetime, *, stale_after: timedelta = DEFAULT_STALE_AFTER, store_id: str | None = None,
          rules: HealthRules = HealthRules()) -> list[DeviceStatus]:
    """Every device (of ``store_id``, when given) with its state and problems, by store then id."""
    query = (select(Device, DeviceHealth).outerjoin(DeviceHealth, DeviceHealth.device_id == Device.id)
             .order_by(Device.store_id, Device.id))
    if store_id is not None:
        query = query.where(Device.store_id == store_id)
    with db.reading() as session:
        rows = session.execute(query).all()
    return [_status(device, health, now, stale_after, rules) for device, health in rows]


def _status(device: Device, health: DeviceHealth | None, now: datetime, stale_after: timedelta,
            rules: HealthRules) -> DeviceStatus:
    if device.revoked_at is not None:
        return DeviceStatus(device.id, device.store_id, device.name, "revoked")
    if health is None:
        return DeviceStatus(device.id, device.store_id, device.name, "never", ("no health report yet",))
    silent = now - health.received_at
    problems = problems_of(health, silent, rules)
    state = "ok" if not problems else "unhealthy"
    if silent > stale_after:
        state, problems = "stale", [f"no report for {describe_age(silent)}", *problems]
    return DeviceStatus(device.id, device.store_id, device.name, state, tuple(problems), health.received_at,
                        health.report)


def problems_of(health: DeviceHealth, since_report: timedelta, rules: HealthRules) -> list[str]:
    """What the last report shows to be wrong, carried forward by ``since_report``."""
    found: list[str] = []
    if health.clock_offset_ms is not None and abs(health.clock_offset_ms) > rules.max_clock_offset / _MS:
        found.append(f"clock {_offset_words(health.clock_offset_ms)}: window verdicts held for staff")
    if health.outbox_refused:
        found.append(f"{health.outbox_refused} return(s) refused by central: staff must look at them")
    if health.outbox_oldest_age_s is not None:
        unsent = timedelta(seconds=health.outbox_oldest_age_s) + since_report
        if unsent > rules.max_unsent_age:
            found.append(f"{health.outbox_pending} return(s) unsent, the oldest for {describe_age(unsent)}")
    if health.last_sync_age_s is None:
        found.append("never synced in full")
    elif (synced := timedelta(seconds=health.last_sync_age_s) + since_report) > rules.max_sync_age:
        found.append(f"no good sync for {describe_age(synced)}")
    found += _printer_problems(health)
    if health.free_disk_bytes < rules.min_free_disk_bytes:
        found.append(f"disk nearly full: {health.free_disk_bytes // 1024**2} MB free")
    return found


def _printer_problems(health: DeviceHealth) -> list[str]:
    found = [f"printer {p.get('name')}: {p.get('message') or 'not ready'}"
             for p in health.report.get("printers") or [] if isinstance(p, dict) and not p.get("ready")]
    if health.print_queue_depth:
        found.append(f"{health.print_queue_depth} print(s) waiting for a printer")
    return found


_MS = timedelta(milliseconds=1)


def _offset_words(offset_ms: int) -> str:
    return f"{describe_age(timedelta(milliseconds=abs(offset_ms)))} {'behind' if offset_ms > 0 else 'ahead of'} central"


def describe_age(age: timedelta) -> str:
    """Short words for a duration: 40 s, 12 min, 5 h, 3 d."""
    seconds = max(0, int(age.total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= 2 * size or (unit == "min" and seconds >= size):
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def fleet_lines(statuses: list[DeviceStatus], now: datetime) -> list[str]:
    """The table ``kiosk-central devices`` prints, with a count per state at the end."""
    header = f"{'DEVICE':<22} {'STORE':<14} {'STATE':<9} {'REPORTED':<10} {'APP':<8} {'POLICY':<18} {'UNSENT':>6}  PROBLEMS"
    lines = [header]
    for status in statuses:
        report = status.report
        reported = describe_age(now - status.received_at) + " ago" if status.received_at else "-"
        state = status.state if status.state in ("ok", "revoked") else status.state.upper()
        lines.append(f"{status.device_id:<22} {status.store_id:<14} {state:<9} {reported:<10} "
                     f"{str(report.get('app_version', '-')):<8} {str(report.get('policy_version') or '-'):<18} "
                     f"{str(report.get('outbox_pending', '-')):>6}  {'; '.join(status.problems)}")
    counts = {state: sum(s.state == state for s in statuses) for state in STATES}
    lines.append(f"{len(statuses)} device(s): " + ", ".join(f"{n} {state}" for state, n in counts.items() if n))
    return lines
