"""``kiosk audit verify`` and ``kiosk audit export --out FILE``: prove the audit log was not edited.

``verify`` re-computes the keyed hash chain with the keys of the profile's key file
(kiosk.db.audit_keys) and, when the device is registered and central answers, compares every
entry central holds with the file (kiosk.sync.audit_compare): someone who had the key file
too could rewrite the chain, but not central's copy. It exits 0 when every link holds and
central's copy matches, 1 naming the first bad row otherwise (a row that cannot be read is
named too, never a traceback), 2 when there is no log to check. ``--offline`` checks the file
alone. ``export`` writes every entry as one JSON line, with its hashes and epoch, so the chain
can be checked away from the kiosk too.

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
from kiosk.db.audit_keys import AuditKeysUnreadable
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.workflow.audit_chain import AuditEntry, ChainBreak

EXIT_OK, EXIT_BROKEN, EXIT_NO_LOG = 0, 1, 2


def add_audit_commands(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``audit verify|export`` to the ``kiosk`` command; dispatch with ``args.handler``."""
    audit: argparse.ArgumentParser = subparsers.add_parser("audit", help="check or export the tamper-evident audit log")
    actions = audit.add_subparsers(dest="audit_action", required=True, metavar="{verify,export}")
    verify_parser = actions.add_parser("verify", help="check the hash chain and central's copy; non-zero exit "
                                       "names the first broken row")
    verify_parser.add_argument("--offline", action="store_true", help="check the file only, without asking central")
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
            return verify(uow, out, settings=None if getattr(args, "offline", False) else settings)
        return export(uow, Path(args.out), out)
    finally:
        database.close()


def verify(uow: UnitOfWork, out: TextIO, *, settings: Settings | None = None) -> int:
    """The file's chain, then (with ``settings`` of a registered device) central's copy; the first bad row wins."""
    with uow.reading() as tx:
        counted, found = tx.audit.verify()
    for note in _key_file_notes(uow):
        print(note, file=out)
    central = _central_check(uow, settings, out) if settings is not None else None
    first = min((f for f in (found, central) if f is not None), key=lambda f: f.row_id, default=None)
    if first is None:
        print(f"audit log OK: {counted} entries, every link holds", file=out)
        return EXIT_OK
    print(f"audit log BROKEN at row {first.row_id}: {first.problem}", file=out)
    if found is not None and found is not first:
        print(f"the file's own chain also breaks at row {found.row_id}: {found.problem}", file=out)
    return EXIT_BROKEN


def _central_check(uow: UnitOfWork, settings: Settings, out: TextIO) -> ChainBreak | None:
    """Compare with central's copy when the device is registered and central answers; say which."""
    from kiosk.sync.audit_central import CentralAnswerError
    from kiosk.sync.audit_compare import compare_with_central
    from kiosk.sync.client import SyncConfigError
    from kiosk.sync.connection import client_for
    from kiosk.sync.credentials import CredentialsError

    try:
        client = client_for(settings)
    except (SyncConfigError, CredentialsError) as error:
        print(f"central's copy: not compared ({error})", file=out)
        return None
    if client is None:
        print("central's copy: not compared (this device is not registered)", file=out)
        return None
    try:
        check = compare_with_central(client, uow)
    except CentralAnswerError as error:
        print(f"central's copy: not compared (central did not answer: {error.answer.describe()}); "
              "the file was checked on its own", file=out)
        return None
    finally:
        client.close()
    print(check.line(), file=out)
    return check.found


def _key_file_notes(uow: UnitOfWork) -> list[str]:
    """A key file that cannot be read (a missing one shows as rows whose key is not held)."""
    with uow.reading() as tx:
        try:
            tx.audit.epochs()
        except AuditKeysUnreadable as error:
            return [f"{error}: keyed rows cannot be checked here"]
    return []


def export(uow: UnitOfWork, target: Path, out: TextIO) -> int:
    """Write to a temporary file and move it into place, so a reader never sees half an export."""
    partial = target.with_name(target.name + ".partial")
    count = 0
    with partial.open("w", encoding="utf-8") as handle, uow.reading() as tx:
        for row in tx.audit.rows():
            line = row.to_dict() if isinstance(row, AuditEntry) else {"id": row.id, "unreadable": row.reason}
            handle.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
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
