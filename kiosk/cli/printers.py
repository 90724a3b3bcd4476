"""``kiosk printers list`` and ``kiosk printers test [NAME]``: set up printers without the GUI.

Staff installing a kiosk need to see which printers the profile's config defines, whether each
one answers, and a test page that proves accents, both barcodes and the cut. Handlers take the
``{name: table}`` mapping from the config's ``[printers.*]`` tables and return an exit code.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Mapping, Protocol, TextIO

from kiosk.printing.documents import test_page
from kiosk.printing.errors import PrinterError, PrinterSettingsError
from kiosk.printing.printers import SystemPrint, build_printer
from kiosk.printing.settings import PrinterKind, PrinterSettings
from kiosk.workflow.clock import Clock, system_clock
from kiosk.workflow.store import Store

PrinterTables = Mapping[str, Mapping[str, Any]]


class HasPrinters(Protocol):
    """What the handlers read from kiosk.config.Settings."""

    @property
    def printers(self) -> PrinterTables: ...

    @property
    def store(self) -> Store: ...

NO_PRINTERS = "No printers are configured: add a [printers.NAME] table to the profile's config file."


def add_printer_commands(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``printers list|test`` to the ``kiosk`` command; dispatch with ``args.handler``."""
    printers = subparsers.add_parser("printers", help="list and test the configured printers")
    actions = printers.add_subparsers(dest="printers_action", required=True, metavar="{list,test}")
    listing = actions.add_parser("list", help="show each configured printer")
    listing.add_argument("--check", action="store_true", help="also ask each printer for its status")
    testing = actions.add_parser("test", help="print a test page and report the printer's status")
    testing.add_argument("name", nargs="?", help="the printer to test (default: all)")
    printers.set_defaults(handler=run_printers_command)
    parser: argparse.ArgumentParser = printers
    return parser


def run_printers_command(
    args: argparse.Namespace,
    settings: HasPrinters | PrinterTables,
    *,
    store: Store | None = None,
    clock: Clock = system_clock,
    out: TextIO | None = None,
    system_print: SystemPrint | None = None,
) -> int:
    """Dispatch ``printers list|test``; ``settings`` is kiosk.config.Settings or the bare
    ``{name: table}`` mapping of its ``[printers.*]`` tables."""
    out = out or sys.stdout
    if isinstance(settings, Mapping):
        tables: PrinterTables = settings
    else:
        tables, store = settings.printers, store or settings.store
    if args.printers_action == "list":
        return list_printers(tables, out=out, check=getattr(args, "check", False), system_print=system_print)
    return test_printers(tables, args.name, store=store, clock=clock, out=out, system_print=system_print)


def list_printers(tables: PrinterTables, *, out: TextIO, check: bool = False, system_print: SystemPrint | None = None) -> int:
    if not tables:
        print(NO_PRINTERS, file=out)
        return 1
    failures = 0
    for name, table in tables.items():
        try:
            settings = PrinterSettings.from_mapping(name, table)
        except PrinterSettingsError as error:
            print(f"{name}: INVALID SETTINGS: {error}", file=out)
            failures += 1
            continue
        documents = ", ".join(sorted(kind.value for kind in settings.documents))
        print(f"{name}: {settings.describe()}; prints {documents}", file=out)
        if check:
            status = build_printer(settings, system_print=_system_print(settings, system_print)).check()
            print(f"  status: {status.message}", file=out)
            failures += not status.ready
    return 1 if failures else 0


def test_printers(
    tables: PrinterTables,
    name: str | None = None,
    *,
    store: Store | None = None,
    clock: Clock = system_clock,
    out: TextIO,
    system_print: SystemPrint | None = None,
) -> int:
    if not tables:
        print(NO_PRINTERS, file=out)
        return 1
    if name is not None and name not in tables:
        print(f"There is no printer named {name!r}; configured: {', '.join(tables)}.", file=out)
        return 2
    names = [name] if name is not None else list(tables)
    results = [_test_one(n, tables[n], store or _placeholder_store(), clock, out, system_print) for n in names]
    return 0 if all(results) else 1


def _test_one(name: str, table: Mapping[str, Any], store: Store, clock: Clock, out: TextIO, system_print: SystemPrint | None) -> bool:
    try:
        settings = PrinterSettings.from_mapping(name, table)
    except PrinterSettingsError as error:
        print(f"{name}: INVALID SETTINGS: {error}", file=out)
        return False
    printer = build_printer(settings, system_print=_system_print(settings, system_print))
    print(f"{name}: {settings.describe()}", file=out)
    status = printer.check()
    print(f"  status: {status.message}", file=out)
    if not status.ready and status.kind is not None:  # don't wait for a second timeout
        print(f"  test page: NOT PRINTED ({status.kind.value}): fix the printer and try again.", file=out)
        return False
    try:
        outcome = printer.print_document(test_page(name, store, when=clock()))
    except PrinterError as error:
        print(f"  test page: NOT PRINTED ({error.kind.value}): {error.message}", file=out)
        return False
    print(f"  test page: saved to {outcome.output_path}" if outcome.output_path else "  test page: printed", file=out)
    return True


def _system_print(settings: PrinterSettings, given: SystemPrint | None) -> SystemPrint | None:
    """Qt print support, loaded only when a system printer is actually used."""
    if given is not None or settings.kind is not PrinterKind.SYSTEM:
        return given
    from kiosk.ui.print_preview import print_pdf_to_system_printer

    return print_pdf_to_system_printer


def _placeholder_store() -> Store:
    return Store(id="-", name="Intake", address=(), timezone="UTC")
