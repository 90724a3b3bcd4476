"""The health report a kiosk posts to central, so head office sees the fleet (``kiosk-central devices``).

Every few minutes and after each sync the worker posts one report to
``POST /v1/devices/health``: versions, the policy in force, the cache's size, the outbox's
depth and its oldest event's age, the print queue and each printer's status, the time since
the last good sync, free disk, the clock's offset from central and the age of every synced
copy. Central keeps the latest per device. Ages are measured on the kiosk's own clock, so a
wrong clock does not distort them. A report that cannot be delivered is dropped: the next
one says the same, newer. Collecting reads the database in one reading transaction and asks
the printers outside it.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Sequence

from kiosk import __version__
from kiosk.config import Settings
from kiosk.db.engine import SCHEMA_HEAD
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Answer
from kiosk.sync.client import ApiClient
from kiosk.sync.clock_check import stored_reading
from kiosk.sync.cycle import LAST_SUCCESS
from kiosk.sync.data_age import data_ages
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.clock_offset import clock_limit, clock_unsure

log = logging.getLogger(__name__)

HEALTH_REPORT_PATH = "/v1/devices/health"


@dataclass(frozen=True)
class PrinterHealth:
    """One printer as it answered just now: ready or not, in its own words."""

    name: str
    ready: bool
    message: str


#: Asks every configured printer for its status (kiosk.services.printing.DocumentPrinter.printer_health).
PrinterProbe = Callable[[], Sequence[PrinterHealth]]


class HealthReporter:
    """Collects this kiosk's report and posts it; one per sync worker."""

    def __init__(self, uow: UnitOfWork, settings: Settings, *, printers: PrinterProbe | None = None) -> None:
        self.uow = uow
        self.settings = settings
        self.printers = printers

    def collect(self, now: datetime) -> dict[str, Any]:
        """The report as posted (the body of ``POST /v1/devices/health``)."""
        report = self._from_database(now)
        report.update(reported_at=format_utc(now), app_version=__version__, schema_version=SCHEMA_HEAD,
                      database_bytes=_database_bytes(self.settings.database_path),
                      free_disk_bytes=_free_disk(self.settings.profile), printers=self._printers())
        return report

    def post(self, client: ApiClient, now: datetime) -> Answer:
        answer = client.post(HEALTH_REPORT_PATH, self.collect(now))
        if not answer.ok:
            log.info("health report not taken: %s", answer.describe())
        return answer

    def _from_database(self, now: datetime) -> dict[str, Any]:
        with self.uow.reading() as tx:
            pending, refused = tx.outbox.unsent_counts()
            oldest = tx.outbox.oldest_pending_at()
            queued, _ = tx.print_backlog.queued()
            last = tx.settings.get(LAST_SUCCESS)
            reading = stored_reading(tx)
            document = tx.policies.active_document()
            ages = data_ages(tx, now)
            cached = tx.orders.count()
        offset = reading.offset if reading is not None else None
        return {
            "policy_version": str(document["version"]) if document else None,
            "cached_orders": cached,
            "outbox_pending": pending,
            "outbox_refused": refused,
            "outbox_oldest_age_s": _seconds(now - oldest) if oldest is not None else None,
            "print_queue_depth": queued,
            "last_sync_age_s": _seconds(now - parse_utc(last)) if last else None,
            "clock_offset_ms": round(offset / timedelta(milliseconds=1)) if offset is not None else None,
            "clock_unsure": clock_unsure(offset, clock_limit(document)),
            "data_age_s": {copy: _seconds(age) if age is not None else None for copy, age in ages.items()},
        }

    def _printers(self) -> list[dict[str, Any]] | None:
        """Each printer's status; None when this process cannot ask them (``kiosk sync --once``)."""
        if self.printers is None:
            return None
        try:
            return [{"name": p.name[:64], "ready": p.ready, "message": p.message[:200]} for p in self.printers()]
        except Exception as error:  # a printer driver must not cost the report
            log.warning("printers could not be asked for the health report: %s", error)
            return None


def _seconds(age: timedelta) -> int:
    return max(0, int(age.total_seconds()))


def _database_bytes(path: Path) -> int:
    """The database with its WAL: what the cache and the cases take on disk."""
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            total += part.stat().st_size
        except OSError:
            pass
    return total


def _free_disk(folder: Path) -> int:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return int(shutil.disk_usage(folder).free)
