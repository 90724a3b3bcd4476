"""Printing's one error type, with a kind that tells the UI what to do about it.

Every failure a printer can have (driver exception, socket error, status byte) is mapped to a
``PrinterError`` at the printer boundary, so the queue and the UI deal with five cases instead
of a zoo of library exceptions. The message is plain language for staff.
"""

from __future__ import annotations

from enum import Enum

from kiosk.workflow.errors import KioskError, SetupError


class PrinterErrorKind(str, Enum):
    OFFLINE = "offline"
    PAPER_OUT = "paper_out"
    TIMEOUT = "timeout"
    WRITE_ERROR = "write_error"
    CONFIG = "config"
    DOCUMENT = "document"


class PrinterError(KioskError):
    default_key = "printer_problem"

    def __init__(self, kind: PrinterErrorKind, message: str, printer: str = "") -> None:
        super().__init__(message, params={"printer": printer, "kind": kind.value})
        self.kind = kind
        self.message = message
        self.printer = printer

    def __str__(self) -> str:
        return f"{self.printer}: {self.message}" if self.printer else self.message

    def for_printer(self, printer: str) -> PrinterError:
        return self if self.printer else PrinterError(self.kind, self.message, printer)


class PrinterSettingsError(SetupError):
    """A printer table in the profile's config file is wrong; the message names the field."""
