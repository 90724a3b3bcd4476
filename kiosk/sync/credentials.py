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
from kiosk.workflow.pins import Pepper, new_pepper

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


# --- PIN peppers ------------------------------------------------------------------------------
# The secrets that key staff PIN hashes (kiosk.workflow.pins) live beside the credentials,
# owner-only and outside the database, so a copied kiosk.sqlite alone cannot be attacked.
# Central's pepper arrives with the manager roster; a kiosk that has none yet (a demo, a
# kiosk before its first sync) makes one of its own for the hashes it makes itself.

PEPPERS_NAME = "pin_peppers.json"


def peppers_path(profile: Path) -> Path:
    return profile / PEPPERS_NAME


def load_peppers(profile: Path) -> dict[str, bytes]:
    """Every pepper this kiosk holds, by id (empty when it has none)."""
    return {pepper_id: key for pepper_id, key in _read_peppers(profile)[0].items()}


def current_pepper(profile: Path) -> Pepper:
    """The pepper new hashes are made with: central's once received, else this kiosk's own (made once)."""
    peppers, current = _read_or_set_aside(profile)
    if current in peppers:
        return Pepper(current, peppers[current])
    own = new_pepper("kiosk")
    _write_peppers(profile, {**peppers, own.id: own.key}, own.id)
    return own


def keep_central_pepper(profile: Path, pepper: Pepper) -> bool:
    """Remember central's pepper and hash with it from now on; False when it was known already."""
    peppers, current = _read_or_set_aside(profile)
    if peppers.get(pepper.id) == pepper.key and current == pepper.id:
        return False
    _write_peppers(profile, {**peppers, pepper.id: pepper.key}, pepper.id)
    return True


def _read_peppers(profile: Path) -> tuple[dict[str, bytes], str]:
    path = peppers_path(profile)
    try:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            log.warning("%s was readable by others; restricting it to the owner", path)
            os.chmod(path, OWNER_ONLY)
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): bytes.fromhex(v) for k, v in data["peppers"].items()}, str(data.get("current", ""))
    except FileNotFoundError:
        return {}, ""
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise CredentialsError(f"{path} cannot be read ({error}); staff PINs cannot be checked") from error


def _read_or_set_aside(profile: Path) -> tuple[dict[str, bytes], str]:
    """The peppers; a damaged file is kept aside (``.damaged``) and a new one begun, so the sync
    can bring central's pepper back (PINs hashed under a lost pepper of this kiosk's own stay lost)."""
    try:
        return _read_peppers(profile)
    except CredentialsError as error:
        path = peppers_path(profile)
        log.error("%s; kept as %s.damaged and begun again", error, path.name)
        os.replace(path, path.with_name(path.name + ".damaged"))
        return {}, ""


def _write_peppers(profile: Path, peppers: dict[str, bytes], current: str) -> None:
    document = {"current": current, "peppers": {k: v.hex() for k, v in sorted(peppers.items())}}
    write_atomically(peppers_path(profile), json.dumps(document, indent=2).encode("utf-8"))
