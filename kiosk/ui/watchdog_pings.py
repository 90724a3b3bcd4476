"""Watchdog pings from the Qt event loop: they stop when the loop stops, and systemd restarts us."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.services.watchdog import SystemdNotifier


def start_watchdog_pings(notifier: SystemdNotifier, parent: QObject) -> QTimer | None:
    """Say READY now and ping on a timer of the GUI thread; None when systemd asked for no watchdog."""
    notifier.ready()
    interval = notifier.ping_interval_ms()
    if interval is None:
        return None
    timer = QTimer(parent)
    timer.setInterval(interval)
    timer.timeout.connect(notifier.ping)
    timer.start()
    return timer
