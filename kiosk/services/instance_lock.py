"""One running kiosk per profile.

Two copies on one profile would both print, both sync and fight over the database. The lock
is an advisory ``flock`` on a file in the profile, held for the life of the process and
released by the kernel however the process ends (even ``kill -9``), so a crash never leaves
a stale lock behind. The file also says who holds it, for the message the second copy prints.
"""

from __future__ import annotations

import fcntl
import os
from datetime import datetime
from pathlib import Path
from typing import IO

from kiosk.workflow.clock import format_utc
from kiosk.workflow.errors import SetupError

LOCK_NAME = "kiosk.lock"


class AlreadyRunning(SetupError):
    """Another kiosk process holds this profile."""

    default_key = "already_running"


class InstanceLock:
    def __init__(self, profile: Path) -> None:
        self.path = profile / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self, now: datetime) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise AlreadyRunning(f"this profile ({self.path.parent}) is already in use by a running kiosk: "
                                 f"{holder}. Stop that one first (or use another --profile).") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {format_utc(now)}\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
