"""Setting the device up with a server, and taking it down again without losing a return.

Registration checks the token against the server before storing it, so a typo is caught
at the counter and not discovered days later as a pile of undelivered returns. Moving to
another server, unregistering and resetting the profile all pass the guard that keeps
unsent returns and undelivered audit entries (kiosk.sync.export).

The audit log stays deliverable across both: registering again (a new token, another
device id at central) keeps the database and its key file, and the next sync gives central
the whole log under the new identity, epochs and all (kiosk.sync.audit_push); a reset
profile starts a new log whose first entry begins a new epoch, which central keeps apart
from the old one, so no entry id of the new log collides with one it holds.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from kiosk.config import Settings
from kiosk.db.audit_keys import KEYS_NAME
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient, SyncConfigError, Timeouts, check_ca_bundle, check_server_url
from kiosk.sync.credentials import Credentials, load_credentials, remove_credentials, save_credentials
from kiosk.sync.export import guard_unsent
from kiosk.workflow.clock import format_utc
from kiosk.workflow.errors import KioskError

CHECK_PATH = "/v1/orders/count"
#: Files of the profile that a reset removes; kiosk.toml, documents and backups stay.
RESET_FILES = ("kiosk.sqlite", "kiosk.sqlite-wal", "kiosk.sqlite-shm", "kiosk.sqlite.running", KEYS_NAME)

#: Opens the profile's database for a moment and closes it cleanly when the block ends.
OpenProfile = Callable[[], AbstractContextManager[UnitOfWork]]


class RegistrationFailed(KioskError):
    """The server could not confirm the token; nothing was stored."""

    default_key = "registration_failed"


@dataclass(frozen=True)
class Registration:
    server_url: str
    orders_on_server: int | None


def register_device(settings: Settings, uow: UnitOfWork, server_url: str, token: str, now: datetime, *,
                    ca_bundle: str | None = None, check: bool = True, exported: Path | None = None) -> Registration:
    url = check_server_url(server_url)
    bundle = str(Path(ca_bundle).expanduser().resolve()) if ca_bundle else None
    check_ca_bundle(bundle or settings.ca_bundle)
    previous = load_credentials(settings.profile)
    if previous is not None and previous.server_url.rstrip("/") != url:
        guard_unsent(uow, exported, "register with the new server")
    count = _confirm(url, token, bundle or settings.ca_bundle) if check else None
    save_credentials(settings.profile, Credentials(url, token, format_utc(now), bundle))
    return Registration(url, count)


def _confirm(url: str, token: str, ca_bundle: str | None) -> int | None:
    client = ApiClient(url, token, ca_bundle=ca_bundle, timeouts=Timeouts(connect=5.0, read=15.0))
    try:
        answer = client.get(CHECK_PATH)
    finally:
        client.close()
    if answer.kind is Kind.UNAUTHORIZED:
        raise RegistrationFailed(f"the server refused the token ({answer.message}); nothing was stored")
    if answer.kind is not Kind.OK:
        raise RegistrationFailed(f"cannot confirm the token with {url}: {answer.describe()}; nothing was stored "
                                 "(use --no-check to store it anyway)")
    count = answer.body.get("count") if isinstance(answer.body, dict) else None
    return count if isinstance(count, int) else None


def unregister_device(settings: Settings, uow: UnitOfWork, exported: Path | None) -> bool:
    """Forget the credentials; refused while returns are unsent and not exported."""
    guard_unsent(uow, exported, "unregister")
    return remove_credentials(settings.profile)


def reset_profile(settings: Settings, exported: Path | None, open_profile: OpenProfile) -> list[str]:
    """Delete the profile's database and credentials (not kiosk.toml, documents or backups).

    The database is opened (``open_profile``) only to run the guard, then closed cleanly
    before anything goes.
    """
    if settings.database_path.exists():
        with open_profile() as uow:
            guard_unsent(uow, exported, "reset the profile")
    removed = []
    for name in RESET_FILES:
        path = settings.profile / name
        if path.exists():
            path.unlink()
            removed.append(name)
    if remove_credentials(settings.profile):
        removed.append("credentials.json")
    return removed


__all__ = ["RegistrationFailed", "Registration", "SyncConfigError", "register_device", "reset_profile",
           "unregister_device"]
