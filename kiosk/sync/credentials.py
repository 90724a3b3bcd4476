"""The device's credentials (server address and bearer token) in the profile, owner-only.

The token is the device's identity towards the server, so the file is created with mode
0600 from the start (never written world-readable and tightened afterwards) and replaced
atomically, so a crash during ``kiosk register`` leaves either the old or the new file.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CREDENTIALS_NAME = "credentials.json"
OWNER_ONLY = 0o600


class CredentialsError(ValueError):
    """The credentials file exists but cannot be used; the message names it."""


@dataclass(frozen=True)
class Credentials:
    server_url: str
    token: str
    registered_at: str
    ca_bundle: str | None = None


def credentials_path(profile: Path) -> Path:
    return profile / CREDENTIALS_NAME


def save_credentials(profile: Path, credentials: Credentials) -> Path:
    """Write the credentials readable and writable by the owner only, atomically."""
    profile.mkdir(parents=True, exist_ok=True)
    target = credentials_path(profile)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(credentials), out, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, OWNER_ONLY)  # in case a umask or ACL widened it
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(profile)
    return target


def load_credentials(profile: Path) -> Credentials | None:
    """The stored credentials, or None when the device was never registered."""
    path = credentials_path(profile)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_IMODE(mode) & 0o077:
        log.warning("%s was readable by others; restricting it to the owner", path)
        os.chmod(path, OWNER_ONLY)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(server_url=str(data["server_url"]), token=str(data["token"]),
                           registered_at=str(data.get("registered_at", "")), ca_bundle=data.get("ca_bundle"))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CredentialsError(f"{path} cannot be read ({error}); register the device again") from error


def remove_credentials(profile: Path) -> bool:
    path = credentials_path(profile)
    existed = path.exists()
    path.unlink(missing_ok=True)
    if existed:
        _fsync_directory(profile)
    return existed


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
