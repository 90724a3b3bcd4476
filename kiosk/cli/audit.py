"""``kiosk audit verify`` and ``kiosk audit export --out FILE``: prove the audit log was not edited.

``verify`` re-computes the hash chain and exits 0 when every link holds, 1 naming the first
broken row otherwise (2 when there is no log to check). ``export`` writes every entry as
one JSON line, with its hashes, so the chain can be checked away from the kiosk too.

Both read the profile's database file as it is found (kiosk.db.as_found), without
``Database.open``: they must work beside a running kiosk and must not migrate or mark the
file. They read through the unit of work, in one snapshot each.

Run without the ``kiosk`` command as ``python -m kiosk.cli.audit --profile DIR audit verify``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Sequence, TextIO

from kiosk.config import ConfigError, Settings, load_settings, resolve_profile
from kiosk.db.as_found import DatabaseAsFound
from kiosk.db.unit_of_work import UnitOfWork

EXIT_OK, EXIT_BROKEN, EXIT_NO_LOG = 0, 1, 2


def add_audit_commands(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``audit verify|export`` to the ``kiosk`` command; dispatch with ``args.handler``."""
    audit: argparse.ArgumentParser = subparsers.add_parser("audit", help="check or export the tamper-evident audit log")
    actions = audit.add_subparsers(dest="audit_action", required=True, metavar="{verify,export}")
    actions.add_parser("verify", help="check the hash chain; non-zero exit names the first broken row")
    export = actions.add_parser("export", help="write every entry as JSON lines")
    export.add_argument("--out", required=True, help="the file to write")
    audit.set_defaults(handler=run_audit_command)
    return audit


def run_audit_command(args: argparse.Namespace, settings: Settings, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    path = settings.database_path
    if not path.exists():
        print(f"kiosk audit: no database at {path}", file=out)
        return EXIT_NO_LOG
    database = DatabaseAsFound(path).open()
    try:
        if not database.has_table("audit_log"):
            print(f"kiosk audit: {path} has no audit log yet; run `kiosk migrate`", file=out)
            return EXIT_NO_LOG
        uow = UnitOfWork(database)
        if args.audit_action == "verify":
            return verify(uow, out)
        return export(uow, Path(args.out), out)
    finally:
        database.close()


def verify(uow: UnitOfWork, out: TextIO) -> int:
    with uow.reading() as tx:
        counted, found = tx.audit.verify()
    if found is None:
        print(f"audit log OK: {counted} entries, every link holds", file=out)
        return EXIT_OK
    print(f"audit log BROKEN at row {found.row_id}: {found.problem}", file=out)
    return EXIT_BROKEN


def export(uow: UnitOfWork, target: Path, out: TextIO) -> int:
    """Write to a temporary file and move it into place, so a reader never sees half an export."""
    partial = target.with_name(target.name + ".partial")
    count = 0
    with partial.open("w", encoding="utf-8") as handle, uow.reading() as tx:
        for entry in tx.audit.entries():
            handle.write(json.dumps(entry.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)
    print(f"wrote {count} audit entries to {target}", file=out)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Intake audit log tools")
    parser.add_argument("--profile", help="profile folder (default: $INTAKE_PROFILE or the user data folder)")
    add_audit_commands(parser.add_subparsers(dest="command", required=True))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(resolve_profile(args.profile))
    except ConfigError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return EXIT_NO_LOG
    return int(args.handler(args, settings))


if __name__ == "__main__":
    sys.exit(main())
