"""Logging for a kiosk that runs for months: a file under the profile that rotates by size.

Five files of 5 MB at most, so logs never fill the disk, and stderr for the journal when
systemd runs the kiosk.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR = "logs"
MAX_BYTES = 5 * 1024 * 1024
KEPT_FILES = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(profile: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to stderr, and to profile/logs/kiosk.log when a profile is given; returns the log file."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(console)
    if profile is None:
        return None
    folder = profile / LOG_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotating = RotatingFileHandler(folder / "kiosk.log", maxBytes=MAX_BYTES, backupCount=KEPT_FILES,
                                       encoding="utf-8")
    except OSError as error:  # a read-only or full disk must not stop the kiosk
        logging.getLogger(__name__).warning("cannot write logs under %s: %s", folder, error)
        return None
    rotating.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(rotating)
    return folder / "kiosk.log"
