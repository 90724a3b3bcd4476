"""The sync badge in the window's header: online or offline, last successful sync, waiting returns.

The worker makes a ``SyncHealth`` snapshot on its own thread and hands it to
``HealthRelay.publish``; the relay's signal is delivered on the GUI thread, where the badge
redraws. The badge never reads the database or asks the worker anything.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.sync.health import SyncHealth
from kiosk.ui.store_time import store_date_time
from kiosk.workflow.clock import Clock, system_clock

REDRAW_MS = 30_000


class HealthRelay(QObject):
    """Carries snapshots from the worker's thread to the GUI thread (a queued signal)."""

    changed = Signal(object)

    def publish(self, health: SyncHealth) -> None:
        """Safe to call from any thread: pass this as the worker's ``on_health``."""
        self.changed.emit(health)


class SyncBadge(QLabel):
    def __init__(self, clock: Clock = system_clock, parent: QWidget | None = None, *,
                 zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.zone = zone  # the store's: staff read times on the store's clock
        self.health: SyncHealth | None = None
        self.setObjectName("syncBadge")
        self.setAccessibleName("sync status")
        self._timer = QTimer(self)  # "synced 3 min ago" must age even when nothing new arrives
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._redraw)
        self._timer.start()
        self._redraw()

    def follow(self, relay: HealthRelay) -> None:
        relay.changed.connect(self.show_health)

    def show_health(self, health: SyncHealth) -> None:
        self.health = health
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Another language was installed: say it again in that one."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._redraw()

    def _redraw(self) -> None:
        text, state = self._describe(self.health)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setToolTip(self.health.problem if self.health and self.health.problem else text)
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def _describe(self, health: SyncHealth | None) -> tuple[str, str]:
        if health is None:
            return self.tr("Sync: starting"), "unknown"
        if not health.registered:
            return self.tr("Sync: not set up"), "offline"
        parts = [self.tr("Online") if health.online else self.tr("Offline")]
        parts.append(self._last_sync(health.last_success_at))
        parts.append(self.tr("%n waiting", "", health.pending) if health.pending else self.tr("all sent"))
        if health.refused:
            parts.append(self.tr("%n refused", "", health.refused))
        state = "problem" if health.refused or (health.online and health.problem) else (
            "online" if health.online else "offline")
        return " · ".join(parts), state

    def _last_sync(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never synced")
        minutes = int((self.clock() - moment).total_seconds() // 60)
        if minutes < 1:
            return self.tr("synced just now")
        if minutes < 120:
            return self.tr("synced %n min ago", "", minutes)
        return self.tr("last sync %1").replace("%1", store_date_time(moment, self.zone))
