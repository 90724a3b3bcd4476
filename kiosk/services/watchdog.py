"""Telling systemd the kiosk is up and still answering (the sd_notify protocol).

Under the installed unit (``Type=notify``, ``WatchdogSec=``) the GUI sends ``READY=1`` once the
attract screen shows, then ``WATCHDOG=1`` from a timer on the Qt event loop: if the loop hangs,
the pings stop and systemd restarts the kiosk. Outside systemd (no ``NOTIFY_SOCKET``) every
call does nothing. The protocol is one datagram per message, so no library is needed.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Mapping

log = logging.getLogger(__name__)

#: Ping this many times per watchdog period, so one late timer never trips it.
PINGS_PER_PERIOD = 3


class SystemdNotifier:
    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        # "@name" is Linux's abstract socket namespace, written with a leading NUL byte.
        self.address = "\0" + address[1:] if address.startswith("@") else address
        watchdog_usec = env.get("WATCHDOG_USEC", "")
        self.watchdog_period_s = int(watchdog_usec) / 1_000_000 if watchdog_usec.isdigit() else None

    @property
    def active(self) -> bool:
        return bool(self.address)

    def ping_interval_ms(self) -> int | None:
        """How often to ping (None: no watchdog asked for)."""
        if not self.active or not self.watchdog_period_s:
            return None
        return max(100, int(self.watchdog_period_s * 1000 / PINGS_PER_PERIOD))

    def ready(self, status: str = "attract screen shown") -> None:
        self._send(f"READY=1\nSTATUS={status}")

    def ping(self) -> None:
        self._send("WATCHDOG=1")

    def stopping(self) -> None:
        self._send("STOPPING=1")

    def _send(self, message: str) -> None:
        if not self.active:
            return
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(message.encode("utf-8"), self.address)
        except OSError as error:  # systemd gone or socket removed: the kiosk carries on
            log.warning("could not notify systemd: %s", error)
