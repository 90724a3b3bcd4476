"""Writing a file so that readers see the old file or the whole new one, never half of it.

A label printer's hot folder may pick a PDF up the moment it appears, and an export of
unsent returns or the device credentials must survive a kill or a full disk mid-write:
nothing truncated is ever left under the final name. The file is created owner-only
(mkstemp's 0600), which credentials and exports of shoppers' data need anyway.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def remove_durably(path: Path) -> bool:
    """Delete a file and make the deletion itself durable; False when it was not there."""
    existed = path.exists()
    path.unlink(missing_ok=True)
    if existed:
        _sync_directory(path.parent)
    return existed


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
