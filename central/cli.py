"""``kiosk-central``: run the reference server and administer its database.

Every command takes ``--db URL`` (default: ``$CENTRAL_DB``, else ./central.sqlite3) and
brings the schema up to date first, so a fresh file or an empty PostgreSQL database just works.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Mapping, Sequence, TextIO

from sqlalchemy.exc import DBAPIError

from central import workers
from central.audit_commands import add_audit_commands
from central.authorisation_commands import add_authorisation_commands
from central.backoffice_commands import add_backoffice_commands
from central.database import Database
from central.errors import AdminError
from central.ops import backoffice, devices, fleet, managers, orders, policies
from central.outcome_commands import add_outcome_commands
from central.settings import Settings, default_db_url
from kiosk.workflow.clock import Clock, system_clock
from kiosk.workflow.policy import PolicyError, load_policy_file

Command = Callable[[argparse.Namespace, Database], int]


def main(argv: Sequence[str] | None = None, *, clock: Clock = system_clock) -> int:
    """``clock`` is what "now" means to the commands that judge time (``devices``); tests pass their own."""
    args = _parser().parse_args(argv)
    args.clock = clock
    if args.command == "openapi":
        from central.app import openapi_text

        sys.stdout.write(openapi_text())
        return 0
    try:
        db = Database.open(args.db or default_db_url())
    except ValueError as error:
        return _fail(str(error))
    try:
        db.migrate()
        return int(args.run(args, db))
    except (AdminError, PolicyError) as error:
        return _fail(str(error))
    except DBAPIError as error:  # unreachable, refused, or not a database at all
        where = db.engine.url.render_as_string(hide_password=True)
        return _fail(f"the database {where} cannot be used: {str(error.orig).strip() or type(error.orig).__name__}")
    finally:
        db.dispose()


def _fail(message: str) -> int:
    print(f"kiosk-central: {message}", file=sys.stderr)
    return 1


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _serve(args: argparse.Namespace, db: Database) -> int:
    import uvicorn

    from central.app import create_app

    db_url = args.db or default_db_url()
    print(f"kiosk-central: serving {db.engine.url.render_as_string(hide_password=True)} on "
          f"http://{args.host}:{args.port}", file=sys.stderr)
    if args.workers > 1 and workers.balanced():
        return workers.serve(db_url, args.host, args.port, args.workers, args.log_level)
    if args.workers > 1:
        os.environ["CENTRAL_DB"] = db_url
        uvicorn.run("central.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                    log_level=args.log_level)
    else:
        uvicorn.run(create_app(Settings(db_url=db_url), db=db), host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _migrate(_args: argparse.Namespace, _db: Database) -> int:
    print("kiosk-central: database is up to date", file=sys.stderr)
    return 0


def _add_store(args: argparse.Namespace, db: Database) -> int:
    devices.add_store(db, args.store_id, args.name or args.store_id, args.timezone, _now())
    print(f"added store {args.store_id}")
    return 0


def _add_device(args: argparse.Namespace, db: Database) -> int:
    device = devices.add_device(db, args.store_id, args.name or "", _now(), device_id=args.id)
    print(f"device: {device.id}\nstore:  {device.store_id}\ntoken:  {device.token}")
    print("The token is shown only this once; the server keeps only its hash.", file=sys.stderr)
    return 0


def _revoke_device(args: argparse.Namespace, db: Database) -> int:
    devices.revoke_device(db, args.device_id, _now())
    print(f"revoked device {args.device_id}")
    return 0


def _load_orders(args: argparse.Namespace, db: Database) -> int:
    documents = orders.read_jsonl(_open(args.file))
    report = orders.load_orders(db, documents, _now())
    print(f"orders: {report.added} added, {report.changed} changed, {report.unchanged} unchanged")
    return 0


def _set_policy(args: argparse.Namespace, db: Database) -> int:
    document = load_policy_file(args.file).document
    policy, new = policies.set_policy(db, _thaw(document), _now())
    print(f"policy {policy.version} is current" + ("" if new else " (version known already)"))
    return 0


def _add_manager(args: argparse.Namespace, db: Database) -> int:
    if args.store is None and not args.all_stores:
        raise AdminError("give --store STORE, or --all-stores for a manager of every store")
    pin = _read_pin(args)
    managers.add_manager(db, args.manager_id, args.name or args.manager_id, args.role, args.store, pin, _now(),
                         replace=args.replace)
    print(f"manager {args.manager_id} saved")
    return 0


def _list_managers(_args: argparse.Namespace, db: Database) -> int:
    for m in managers.manager_listing(db, _now()):
        lock = f"locked until {m['locked_until']}" if m["locked_until"] else f"{m['failures']} wrong PIN(s)"
        print(f"{m['id']}\t{m['role']}\t{m['store_id'] or '(every store)'}\t{m['pin_hash']}\t{lock}")
    return 0


def _remove_manager(args: argparse.Namespace, db: Database) -> int:
    managers.remove_manager(db, args.manager_id, _now())
    print(f"manager {args.manager_id} removed")
    return 0


def _set_return_status(args: argparse.Namespace, db: Database) -> int:
    case_id = backoffice.set_status(db, args.case, args.status, _now())
    print(f"return {case_id} is {args.status}")
    return 0


def _export_returns(args: argparse.Namespace, db: Database) -> int:
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for entry in backoffice.export_returns(db, status=args.status, store_id=args.store):
            out.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _devices(args: argparse.Namespace, db: Database) -> int:
    now = args.clock()
    statuses = fleet.fleet(db, now, stale_after=timedelta(minutes=args.stale_after), store_id=args.store)
    if args.json:
        for status in statuses:
            print(json.dumps(status.to_dict(), ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(fleet.fleet_lines(statuses, now)))
    attention = [status for status in statuses if status.state in ("unhealthy", "stale")]
    return 2 if args.check and attention else 0


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin is not None:
        print("warning: a PIN on the command line is visible to other users; prefer the prompt or --pin-stdin",
              file=sys.stderr)
        return str(args.pin)
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    pin = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != pin:
        raise AdminError("the two PINs differ")
    return pin


def _open(name: str) -> TextIO:
    if name == "-":
        return sys.stdin
    try:
        return Path(name).open(encoding="utf-8")
    except OSError as error:
        raise AdminError(f"cannot read {name}: {error.strerror}") from error


def _thaw(value: object) -> object:
    """The policy parser hands back a read-only document; storage wants plain JSON values."""
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_thaw(v) for v in value]
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-central", description="Intake's reference central store API.")
    parser.add_argument("--db", help="database URL or SQLite file (default: $CENTRAL_DB or ./central.sqlite3)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Command, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sub.set_defaults(run=run)
        return sub

    serve = command("serve", _serve, "serve the API (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="worker processes (one per core)")
    serve.add_argument("--log-level", default="info")
    command("migrate", _migrate, "bring the database schema up to date")
    add_store = command("add-store", _add_store, "add a store")
    add_store.add_argument("store_id")
    add_store.add_argument("--name")
    add_store.add_argument("--timezone", default="UTC", help="IANA zone, e.g. Europe/Amsterdam")
    add_device = command("add-device", _add_device, "register a device for a store and print its one-time token")
    add_device.add_argument("store_id")
    add_device.add_argument("--name")
    add_device.add_argument("--id", help="device id (default: generated)")
    revoke = command("revoke-device", _revoke_device, "revoke a device's token")
    revoke.add_argument("device_id")
    load = command("load-orders", _load_orders, "add or update orders from a JSON Lines file ('-' for stdin)")
    load.add_argument("file")
    set_policy = command("set-policy", _set_policy, "validate a policy file and make it current")
    set_policy.add_argument("file")
    add_manager = command("add-manager", _add_manager, "add a manager who approves exceptions with a PIN")
    add_manager.add_argument("manager_id")
    add_manager.add_argument("--name")
    add_manager.add_argument("--role", default="manager", choices=managers.ROLES)
    where = add_manager.add_mutually_exclusive_group()
    where.add_argument("--store", help="the manager's store")
    where.add_argument("--all-stores", action="store_true", help="a manager of every store")
    pin = add_manager.add_mutually_exclusive_group()
    pin.add_argument("--pin", help="the PIN (visible in the process list; for scripts)")
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    add_manager.add_argument("--replace", action="store_true", help="update an existing manager (e.g. new PIN)")
    command("list-managers", _list_managers, "list the managers, how each PIN is kept and their wrong PINs")
    remove_manager = command("remove-manager", _remove_manager, "deactivate a manager")
    remove_manager.add_argument("manager_id")
    status = command("set-return-status", _set_return_status, "settle a received return (refunded, refused, ...)")
    status.add_argument("case", help="case id or return code")
    status.add_argument("status", choices=sorted(backoffice.TRANSITIONS))
    export = command("export-returns", _export_returns, "write received returns as JSON Lines")
    export.add_argument("--status", choices=sorted(backoffice.TRANSITIONS))
    export.add_argument("--store")
    export.add_argument("--output", help="file to write (default: stdout)")
    listing = command("devices", _devices, "list the devices with their last health report; mark stale and "
                                             "unhealthy ones")
    listing.add_argument("--stale-after", type=int, default=int(fleet.DEFAULT_STALE_AFTER.total_seconds() // 60),
                         metavar="MINUTES", help="a device silent this long is stale (default: %(default)s)")
    listing.add_argument("--store", help="only this store's devices")
    listing.add_argument("--json", action="store_true", help="one JSON object per device, with its whole report")
    listing.add_argument("--check", action="store_true",
                         help="exit 2 when a device is stale or unhealthy (for monitoring and cron)")
    add_audit_commands(command)
    add_authorisation_commands(command)
    add_outcome_commands(command)
    add_backoffice_commands(command)
    commands.add_parser("openapi", help="print the OpenAPI document (as in resources/api/openapi.json)")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
