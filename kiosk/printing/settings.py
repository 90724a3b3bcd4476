"""Printer settings, from the profile's ``[printers.NAME]`` TOML tables.

Example::

    [printers.counter]
    kind = "network"          # network | usb | serial | file | pdf | system
    host = "192.168.1.50"
    port = 9100
    timeout = 5               # seconds, for connect, send and status replies
    paper_width_mm = 80       # 58 or 80
    documents = ["slip", "store_copy", "refusal", "test"]

    [printers.labels]
    kind = "pdf"
    directory = "~/Intake/labels"
    documents = ["label"]

Settings are checked strictly (unknown keys too): a typo such as ``hots`` must be reported
with its field path at start-up, not discovered when a shopper's slip does not come out.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path
from typing import Any, Mapping

from kiosk.printing.document import DocumentKind
from kiosk.printing.errors import PrinterSettingsError


class PrinterKind(str, Enum):
    NETWORK = "network"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"
    PDF = "pdf"
    SYSTEM = "system"


ESCPOS_KINDS = frozenset({PrinterKind.NETWORK, PrinterKind.USB, PrinterKind.SERIAL, PrinterKind.FILE})
PAGE_SIZES = ("A4", "Letter")

_REQUIRED = {
    PrinterKind.NETWORK: ("host",),
    PrinterKind.USB: ("vendor_id", "product_id"),
    PrinterKind.SERIAL: ("device",),
    PrinterKind.FILE: ("path",),
    PrinterKind.PDF: ("directory",),
    PrinterKind.SYSTEM: (),
}


@dataclass(frozen=True)
class PrinterSettings:
    name: str
    kind: PrinterKind
    paper_width_mm: int = 80
    columns: int | None = None
    profile: str = "default"
    copies: int = 1
    documents: frozenset[DocumentKind] = frozenset(DocumentKind)
    host: str = ""
    port: int = 9100
    timeout: float = 5.0
    vendor_id: int | None = None
    product_id: int | None = None
    device: str = ""
    baudrate: int = 9600
    path: str = ""
    directory: str = ""
    queue: str = ""
    page_size: str = "A4"
    status_query: bool | None = None

    @property
    def queries_status(self) -> bool:
        """Ask the printer for DLE EOT status? By default only network printers, which answer."""
        return self.kind is PrinterKind.NETWORK if self.status_query is None else self.status_query

    @property
    def escpos(self) -> bool:
        return self.kind in ESCPOS_KINDS

    def prints(self, kind: DocumentKind) -> bool:
        return kind in self.documents

    def describe(self) -> str:
        """Where the printer is, in one line, for ``kiosk printers list`` and staff screens."""
        where = {
            PrinterKind.NETWORK: f"{self.host}:{self.port}",
            PrinterKind.USB: f"USB {self.vendor_id or 0:04x}:{self.product_id or 0:04x}",
            PrinterKind.SERIAL: f"{self.device} @ {self.baudrate} baud",
            PrinterKind.FILE: self.path,
            PrinterKind.PDF: f"PDF files in {self.directory}",
            PrinterKind.SYSTEM: f"system printer {self.queue or '(default)'}",
        }[self.kind]
        paper = f", {self.paper_width_mm} mm" if self.escpos else f", {self.page_size}"
        return f"{self.kind.value}: {where}{paper}"

    @classmethod
    def from_mapping(cls, name: str, data: Mapping[str, Any]) -> PrinterSettings:
        """Check and convert one ``[printers.NAME]`` table."""
        known = {f.name for f in fields(cls)} - {"name"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise _error(name, unknown[0], f"unknown setting (known: {', '.join(sorted(known))})")
        kind = _choice(name, "kind", data.get("kind"), [k.value for k in PrinterKind])
        values: dict[str, Any] = {"name": name, "kind": PrinterKind(kind)}
        for key in _REQUIRED[PrinterKind(kind)]:
            if data.get(key) in (None, ""):
                raise _error(name, key, f"required for a {kind} printer")
        values.update(_converted(name, data))
        return cls(**values)


def parse_printers(tables: Mapping[str, Mapping[str, Any]]) -> dict[str, PrinterSettings]:
    """All ``[printers.*]`` tables; raises on the first bad one."""
    return {name: PrinterSettings.from_mapping(name, table) for name, table in tables.items()}


def _converted(name: str, data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "kind":
            continue
        out[key] = _CONVERTERS[key](name, key, value)
    if "paper_width_mm" in out and out["paper_width_mm"] not in (58, 80):
        raise _error(name, "paper_width_mm", f"must be 58 or 80, got {out['paper_width_mm']}")
    return out


def _integer(name: str, key: str, value: Any, low: int = 1, high: int = 1 << 31) -> int:
    if isinstance(value, str) and key in ("vendor_id", "product_id"):
        try:
            value = int(value, 0)
        except ValueError:
            raise _error(name, key, f"must be a number such as 0x04b8, got {value!r}") from None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _error(name, key, f"must be a whole number from {low} to {high}, got {value!r}")
    return value


def _seconds(name: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 120:
        raise _error(name, key, f"must be a number of seconds above 0 and at most 120, got {value!r}")
    return float(value)


def _text(name: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _error(name, key, f"must be a non-empty string, got {value!r}")
    return value.strip()


def _escpos_profile(name: str, key: str, value: Any) -> str:
    from escpos.capabilities import CAPABILITIES

    profile = _text(name, key, value)
    if profile not in CAPABILITIES["profiles"]:
        raise _error(name, key, f"{profile!r} is not a python-escpos printer profile (try default, TM-T20II, POS-5890)")
    return profile


def _folder(name: str, key: str, value: Any) -> str:
    return str(Path(_text(name, key, value)).expanduser())


def _flag(name: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _error(name, key, f"must be true or false, got {value!r}")
    return value


def _documents(name: str, key: str, value: Any) -> frozenset[DocumentKind]:
    kinds = [k.value for k in DocumentKind]
    if not isinstance(value, (list, tuple)) or not value:
        raise _error(name, key, f"must be a non-empty list of {', '.join(kinds)}")
    return frozenset(DocumentKind(_choice(name, key, item, kinds)) for item in value)


def _choice(name: str, key: str, value: Any, allowed: list[str] | tuple[str, ...]) -> str:
    if value not in allowed:
        raise _error(name, key, f"must be one of {', '.join(allowed)}, got {value!r}")
    return str(value)


def _error(name: str, key: str, problem: str) -> PrinterSettingsError:
    return PrinterSettingsError(f"printers.{name}.{key}: {problem}")


_CONVERTERS: dict[str, Any] = {
    "paper_width_mm": _integer,
    "columns": lambda n, k, v: _integer(n, k, v, 16, 96),
    "profile": _escpos_profile,
    "copies": lambda n, k, v: _integer(n, k, v, 1, 5),
    "documents": _documents,
    "host": _text,
    "port": lambda n, k, v: _integer(n, k, v, 1, 65535),
    "timeout": _seconds,
    "vendor_id": lambda n, k, v: _integer(n, k, v, 0, 0xFFFF),
    "product_id": lambda n, k, v: _integer(n, k, v, 0, 0xFFFF),
    "device": _text,
    "baudrate": lambda n, k, v: _integer(n, k, v, 300, 921600),
    "path": _text,
    "directory": _folder,
    "queue": _text,
    "page_size": lambda n, k, v: _choice(n, k, v, PAGE_SIZES),
    "status_query": _flag,
}
