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

from kiosk.atomic_file import remove_durably, write_atomically
from kiosk.workflow.errors import SetupError

log = logging.getLogger(__name__)

CREDENTIALS_NAME = "credentials.json"
OWNER_ONLY = 0o600


class CredentialsError(SetupError):
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
    target = credentials_path(profile)
    write_atomically(target, json.dumps(asdict(credentials), indent=2).encode("utf-8"))
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
    return remove_durably(credentials_path(profile))
