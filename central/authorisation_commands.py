"""``kiosk-central authorisations list|demo|expire``: return authorisations started online."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from typing import Any, Callable, Mapping

from central.database import Database
from central.errors import AdminError
from central.ops import authorisations as authorisation_ops
from central.policy_cache import PolicyCache

Command = Callable[[argparse.Namespace, Database], int]


def add_authorisation_commands(command: Callable[[str, Command, str], argparse.ArgumentParser]) -> None:
    sub = command("authorisations", _run, "list return authorisations started online; 'demo' makes two for the "
                                          "demo orders; 'expire' sweeps those past their expiry; 'receive CODE' "
                                          "marks one received at the returns centre")
    sub.add_argument("action", choices=("list", "demo", "expire", "receive"), nargs="?", default="list")
    sub.add_argument("code", nargs="?", help="the authorisation to mark received")
    sub.add_argument("--status", choices=("authorised", "dropped_off", "received", "refunded", "expired"))
    sub.add_argument("--json", action="store_true", help="one JSON object per authorisation")


def _now(args: argparse.Namespace) -> datetime:
    clock = getattr(args, "clock", None)
    return clock() if clock is not None else datetime.now(timezone.utc)


def _run(args: argparse.Namespace, db: Database) -> int:
    now = _now(args)
    if args.action == "expire":
        with db.writing() as session:
            print(f"{authorisation_ops.expire_due(session, now)} authorisation(s) expired")
        return 0
    if args.action == "receive":
        return _receive(args.code or "", db, now)
    if args.action == "demo":
        with db.writing() as session:
            made = authorisation_ops.create_demo(session, PolicyCache(), now)
            rows: list[Mapping[str, Any]] = [authorisation_ops.serve(r, now) for r in made]
        if not rows:
            print("no demo orders here: load them first (kiosk demo-data --out demo.jsonl; "
                  "kiosk-central load-orders demo.jsonl)")
            return 1
    else:
        with db.reading() as session:
            rows = authorisation_ops.listing(session, now, status=args.status)
    for row in rows:
        print(json.dumps(row, sort_keys=True) if args.json else _line(row))
    return 0


def _receive(code: str, db: Database, now: datetime) -> int:
    with db.writing() as session:
        row = authorisation_ops.find(session, code, lock=True)
        if row is None or row.status != "dropped_off":
            raise AdminError(f"no dropped-off authorisation {code!r} to mark received")
        authorisation_ops.set_status(session, row.code, "received", now)
    print(f"authorisation {row.code} received")
    return 0


def _line(row: Mapping[str, Any]) -> str:
    items = ", ".join(f"{line['quantity']} x {line['title']}" for line in row["lines"])
    where = row["store_id"] or "any store"
    return (f"{row['code']}  {row['status']:<11}  order {row['order_number']}  {where}  "
            f"until {row['expires_at'][:10]}  {items}  (QR: INTAKE-RA:{row['code'].replace('-', '')})")
