"""``kiosk-central`` commands for outcomes: vouchers, refunds, stock, the day's report, events.

``voucher show|redeem|void CODE``, ``add-service NAME`` (a token for the payment side),
``refunds list|answer``, ``set-stock STORE FILE.json`` (or ``--demo``), ``report day --store S
--date YYYY-MM-DD`` and ``events``. What they change is recorded in central's events, with
the operator's login name as the actor.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any, Callable

from central.database import Database
from central.errors import AdminError, ApiError
from central.ops import day_report, events, refunds, stock, vouchers

Command = Callable[[argparse.Namespace, Database], int]
CommandMaker = Callable[[str, Command, str], argparse.ArgumentParser]


def add_outcome_commands(command: CommandMaker) -> None:
    """Add the outcome commands through the CLI's ``command`` helper."""
    _voucher_commands(command)
    service = command("add-service", _add_service, "create a token for the payment side (refunds routes only) "
                                                   "and print it once")
    service.add_argument("name", help="e.g. payments")
    _refund_commands(command)
    set_stock = command("set-stock", _set_stock, "set a store's units on hand from a JSON file {\"SKU\": count}")
    set_stock.add_argument("store_id")
    source = set_stock.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="the JSON file ('-' for stdin)")
    source.add_argument("--demo", action="store_true", help="the demo store's stock (as the kiosk's demo seed)")
    report = command("report", _report, "reports; `report day --store S --date YYYY-MM-DD`")
    kinds: Any = report.add_subparsers(dest="report_kind", required=True, metavar="{day}")
    day = kinds.add_parser("day", help="a store's returns over one store-local day")
    day.add_argument("--store", required=True)
    day.add_argument("--date", required=True, type=_date, help="YYYY-MM-DD, in the store's time zone")
    day.add_argument("--json", action="store_true")
    listing = command("events", _events, "list actions taken at central (redemptions, voids, refund answers, stock)")
    listing.add_argument("--kind")
    listing.add_argument("--store")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true", help="one JSON object per event")


def _voucher_commands(command: CommandMaker) -> None:
    voucher = command("voucher", _voucher, "look up, redeem or void a voucher")
    actions: Any = voucher.add_subparsers(dest="voucher_action", required=True, metavar="{show,redeem,void}")
    show = actions.add_parser("show", help="balance, status and redemptions")
    show.add_argument("code")
    redeem = actions.add_parser("redeem", help="take an amount (minor units) off the balance")
    redeem.add_argument("code")
    redeem.add_argument("amount", type=int, help="integer minor units, e.g. 1250 for 12.50")
    redeem.add_argument("--reference", default="", help="the sale it paid for")
    redeem.add_argument("--key", help="idempotency key (default: a new one); repeat it to repeat safely")
    void = actions.add_parser("void", help="void a voucher")
    void.add_argument("code")
    void.add_argument("--reason", default="")


def _refund_commands(command: CommandMaker) -> None:
    refund = command("refunds", _refunds, "refund instructions for the payment side: list or answer")
    actions: Any = refund.add_subparsers(dest="refunds_action", required=True, metavar="{list,answer}")
    listing = actions.add_parser("list", help="instructions, oldest first")
    listing.add_argument("--status", choices=refunds.STATUSES)
    listing.add_argument("--store")
    listing.add_argument("--json", action="store_true")
    answer = actions.add_parser("answer", help="answer an instruction paid or failed (final)")
    answer.add_argument("id", type=int)
    answer.add_argument("outcome", choices=refunds.OUTCOMES)
    answer.add_argument("--reason", default="", help="why it failed (required for failed)")
    answer.add_argument("--reference", default="")


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _api(call: Callable[[], Any]) -> Any:
    """Refusals of the API's operations become the CLI's errors."""
    try:
        return call()
    except ApiError as error:
        raise AdminError(f"{error.message} ({error.code})") from None


def _voucher(args: argparse.Namespace, db: Database) -> int:
    now = args.clock()
    if args.voucher_action == "show":
        shown = _api(lambda: vouchers.lookup(db, args.code, now))
    elif args.voucher_action == "redeem":
        key = args.key or uuid.uuid4().hex
        done = _api(lambda: vouchers.redeem(db, args.code, args.amount, args.reference, key, _actor(), now))
        shown = {**done.body, "idempotency_key": key, "replayed": done.replayed}
    else:
        shown = _api(lambda: vouchers.void(db, args.code, args.reason, _actor(), now))
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    return 0


def _add_service(args: argparse.Namespace, db: Database) -> int:
    service = refunds.add_service(db, args.name, args.clock())
    print(f"service: {service.name}\nscope:   refunds\ntoken:   {service.token}")
    print("The token is shown only this once; the server keeps only its hash.", file=sys.stderr)
    return 0


def _refunds(args: argparse.Namespace, db: Database) -> int:
    if args.refunds_action == "answer":
        answered = _api(lambda: refunds.answer(db, args.id, args.outcome, args.reason, args.reference, _actor(),
                                               args.clock()))
        entry = answered.instruction
        again = " (already answered so)" if answered.replayed else ""
        print(f"refund {entry['id']} of return {entry['return_code']} is {entry['status']}{again}")
        return 0
    for entry in refunds.instructions(db, status=args.status, store_id=args.store):
        if args.json:
            print(json.dumps(entry, ensure_ascii=False, sort_keys=True))
        else:
            print(f"{entry['id']:>6}  {entry['status']:<8} {entry['store_id']:<10} {entry['return_code']}  "
                  f"{entry['tender_kind']:<9} {entry['amount']:>10} {entry['currency']}  {entry['reason'] or ''}")
    return 0


def _set_stock(args: argparse.Namespace, db: Database) -> int:
    if args.demo:
        counts = stock.demo_counts()
    else:
        counts = stock.read_counts(_read(args.file))
    changed = stock.set_stock(db, args.store_id, counts, _actor(), args.clock())
    print(f"stock of {args.store_id}: {len(counts)} SKU(s), {changed} changed")
    return 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise AdminError(f"cannot read {name}: {error.strerror}") from error


def _report(args: argparse.Namespace, db: Database) -> int:
    report = day_report.day_report(db, args.store, args.date)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(report.lines()))
    return 0


def _events(args: argparse.Namespace, db: Database) -> int:
    found = events.events(db, kind=args.kind, store_id=args.store, limit=args.limit)
    for event in found:
        print(json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True) if args.json else event.describe())
    if not found and not args.json:
        print("no events")
    return 0
