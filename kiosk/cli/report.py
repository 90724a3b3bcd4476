"""``kiosk report day [--date YYYY-MM-DD] [--staff ID] [--print]``: the end-of-day report.

The same report staff print from staff mode, for a store-local day (today by default), for
the whole kiosk or one member of staff; ``--print`` also prints it on the receipt printer
(audited as printed by the kiosk).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any, TextIO

from kiosk.config import Settings
from kiosk.workflow.clock import Clock, system_clock

KIOSK_ACTOR = "kiosk"


def add_report_commands(subparsers: Any) -> argparse.ArgumentParser:
    report = subparsers.add_parser("report", help="the end-of-day report")
    actions = report.add_subparsers(dest="report_action", required=True, metavar="{day}")
    day = actions.add_parser("day", help="returns, money by tender, vouchers, cash, dispositions and the audit head")
    day.add_argument("--date", type=_day, help="the store-local day, YYYY-MM-DD (default: today)")
    day.add_argument("--staff", help="only this member of staff's returns (their id)")
    day.add_argument("--print", dest="print_it", action="store_true", help="also print it on the receipt printer")
    report.set_defaults(handler=run_report_command)
    parser: argparse.ArgumentParser = report
    return parser


def run_report_command(args: argparse.Namespace, settings: Settings, *, clock: Clock = system_clock,
                       out: TextIO | None = None) -> int:
    from kiosk.app import with_demo_printer
    from kiosk.db.unit_of_work import UnitOfWork
    from kiosk.services.operations import StaffOperations
    from kiosk.services.printing import DocumentPrinter
    from kiosk.services.recovery import open_database

    out = out or sys.stdout
    settings = with_demo_printer(settings) if settings.demo else settings
    database = open_database(settings)
    try:
        uow = UnitOfWork(database)
        operations = StaffOperations(uow, settings, clock, DocumentPrinter(settings, uow, clock))
        report = operations.day_report(args.date, args.staff)
        for line in operations.report_document(report).text_lines():
            print(line, file=out)
        if not args.print_it:
            return 0
        result = operations.print_day_report(args.date, args.staff, KIOSK_ACTOR)
        if result.printed:
            print(f"printed on {result.printer}", file=out)
            return 0
        print(f"NOT PRINTED: {result.error or 'no printer'}", file=out)
        return 1
    finally:
        database.close()


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day as YYYY-MM-DD") from error
