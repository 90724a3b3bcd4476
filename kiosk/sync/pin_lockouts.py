"""Wrong manager PINs counted by every kiosk together, through central.

A manager's PIN works on every kiosk of the store, so five guesses per kiosk would be five
guesses times the fleet. After each PIN check of a manager the kiosk tells central (a miss or
a success) and takes back central's count for that manager; central's counts also come with
the manager roster (kiosk.sync.pull_managers). Offline, or when central does not answer in a
few seconds, the kiosk counts alone. Asked after the kiosk's own transaction, never inside one.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Callable, Mapping, Sequence

from kiosk.config import Settings
from kiosk.sync.answers import Kind
from kiosk.sync.client import LOOKUP_TIMEOUTS, ApiClient
from kiosk.sync.connection import client_for
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.staff import PinAttempts

log = logging.getLogger(__name__)

PIN_ATTEMPTS_PATH = "/v1/managers/pin-attempts"
#: Managers per request, as central takes them (a PIN typed alone is tried on every manager).
BATCH = 20


class CentralLockouts:
    """kiosk.services.staff.SharedLockouts over the central API."""

    def __init__(self, settings: Settings, *, online: Callable[[], bool] = lambda: True,
                 client_factory: Callable[[], ApiClient | None] | None = None) -> None:
        self.online = online
        self._client_factory = client_factory or (lambda: client_for(settings, timeouts=LOOKUP_TIMEOUTS))

    def report(self, manager_ids: Sequence[str], *, ok: bool) -> Mapping[str, PinAttempts] | None:
        if not manager_ids or not self.online():
            return None
        client = self._client_factory()
        if client is None:
            return None
        states: dict[str, PinAttempts] = {}
        try:
            for start in range(0, len(manager_ids), BATCH):
                answer = client.post(PIN_ATTEMPTS_PATH, {"manager_ids": list(manager_ids[start:start + BATCH]),
                                                         "outcome": "success" if ok else "miss"})
                if answer.kind is not Kind.OK:
                    log.info("central did not take the PIN attempt: %s", answer.describe())
                    return states or None
                states.update(lock_states(answer.body))
        finally:
            client.close()
        return states


def lock_states(body: Any) -> dict[str, PinAttempts]:
    """``{"managers": [{"id", "failures", "locked_until"}]}`` (the roster's entries too) as counts by id."""
    entries = body.get("managers") if isinstance(body, dict) else None
    states: dict[str, PinAttempts] = {}
    for entry in entries if isinstance(entries, list) else ():
        state = _state(entry)
        if state is not None:
            states[str(entry["id"])] = state
    return states


def _state(entry: Any) -> PinAttempts | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or "failures" not in entry:
        return None
    try:
        failures = max(0, int(entry.get("failures") or 0))
        until: datetime | None = parse_utc(entry["locked_until"]) if entry.get("locked_until") else None
    except (TypeError, ValueError):
        return None
    return PinAttempts(failures, until)
