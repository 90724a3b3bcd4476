"""``kiosk-central audit verify --device ID`` and ``kiosk-central audit alarms``.

``verify`` checks central's copy of a device's audit log against the chain (each entry's
link and hash under its epoch's key, no gaps, the anchored head) and lists the alarms raised
for the device; it exits 0 when the copy is sound, 1 naming the first entry that is not.
``alarms`` lists the alarms of every device (or one), oldest first, and exits 1 when there
are any, so a cron job can mail them.
"""

from __future__ import annotations

import argparse
from typing import Any, Callable

from central.database import Database
from central.ops.audit_alarms import alarms
from central.ops.audit_verify import verify_device

Command = Callable[[argparse.Namespace, Database], int]


def add_audit_commands(command: Callable[[str, Command, str], argparse.ArgumentParser]) -> None:
    """Add ``audit verify|alarms`` through the CLI's ``command`` helper."""
    audit = command("audit", run_audit, "check devices' audit logs held here and the alarms they raised")
    actions: Any = audit.add_subparsers(dest="audit_action", required=True, metavar="{verify,alarms}")
    verify = actions.add_parser("verify", help="check central's copy of a device's audit log against the chain")
    verify.add_argument("--device", required=True, help="the device id")
    listing = actions.add_parser("alarms", help="list the audit alarms (exit 1 when there are any)")
    listing.add_argument("--device", help="only this device's")


def run_audit(args: argparse.Namespace, db: Database) -> int:
    if args.audit_action == "verify":
        report = verify_device(db, args.device)
        print("\n".join(report.lines()))
        return 0 if report.ok else 1
    found = alarms(db, args.device)
    print("\n".join(alarm.describe() for alarm in found) or "no audit alarms")
    return 1 if found else 0
