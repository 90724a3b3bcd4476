"""The kiosk's one error hierarchy: every error it raises on purpose is a ``KioskError``.

An error carries a message ``key`` and its ``params``; the UI turns them into the sentence a
shopper or clerk reads, in their language, in one place (kiosk.ui.errors). ``str()`` stays a
plain English sentence for logs and the command line. The base lives in the pure core so
the domain's own refusals (a blocked step, a refused approval) belong to it too.
"""

from __future__ import annotations

from typing import Mapping


class KioskError(Exception):
    """An error the kiosk expects and can explain; ``key`` picks the message people see."""

    #: the message key when an instance does not name its own
    default_key = "unexpected_error"

    def __init__(self, message: str = "", *, key: str | None = None,
                 params: Mapping[str, str | int] | None = None) -> None:
        super().__init__(message or key or self.default_key)
        self.key = key or self.default_key
        self.params: dict[str, str | int] = dict(params or {})


class StorageError(KioskError):
    """The kiosk's own files (database, profile) cannot be used as they are."""

    default_key = "storage_failed"


class SetupError(KioskError, ValueError):
    """A setting, file or registration is wrong; the message names what and where."""

    default_key = "setup_problem"
