"""``kiosk sync``, ``kiosk register``, ``kiosk unregister``, ``kiosk reset-profile`` and ``kiosk outbox``.

Each handler takes the parsed arguments and the profile's Settings, prints what it did and
returns the exit status: 0 done, 1 the server could not be reached or refused, 2 the
device or the command is not set up right (nothing was changed). The profile's database is
opened for the length of one command (``_opened``) and reached through its unit of work.
"""

from __future__ import annotations

import argparse
import logging
import random
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from kiosk.config import ConfigError, Settings, load_settings, resolve_profile
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.recovery import open_database
from kiosk.workflow.clock import format_utc, system_clock

if TYPE_CHECKING:
    from kiosk.sync.answers import Answer
    from kiosk.sync.client import ApiClient

log = logging.getLogger(__name__)


def add_sync_commands(subparsers: Any) -> None:
    """Add the sync and device commands to the ``kiosk`` parser's subparsers."""
    sync = subparsers.add_parser("sync", help="sync with the central server (one cycle with --once)")
    sync.add_argument("--once", action="store_true", help="run one full cycle, print what it did and exit")
    sync.add_argument("--page-size", type=int, default=500, choices=range(1, 501), metavar="1..500",
                      help="orders per page (smaller pages suit a slow line)")
    sync.set_defaults(handler=run_sync)

    register = subparsers.add_parser("register", help="store this device's server address and token")
    register.add_argument("--server", required=True, help="https://host[:port] of the central API")
    token = register.add_mutually_exclusive_group(required=True)
    token.add_argument("--token", help="the device token printed by kiosk-central add-device")
    token.add_argument("--token-stdin", action="store_true", help="read the token from stdin (not the process list)")
    register.add_argument("--ca-bundle", help="PEM file of the CA that signed the server's certificate")
    register.add_argument("--no-check", action="store_true", help="store without confirming the token (offline set-up)")
    register.add_argument("--exported", type=Path, help="export file of unsent returns (when changing servers)")
    register.set_defaults(handler=run_register)

    unregister = subparsers.add_parser("unregister", help="forget the device's credentials")
    unregister.add_argument("--exported", type=Path, help="export file holding every unsent return")
    unregister.set_defaults(handler=run_unregister)

    reset = subparsers.add_parser("reset-profile", help="delete the local database and credentials")
    reset.add_argument("--yes", action="store_true", help="confirm: the local database is deleted")
    reset.add_argument("--exported", type=Path, help="export file holding every unsent return")
    reset.set_defaults(handler=run_reset_profile)

    outbox = subparsers.add_parser("outbox", help="returns waiting for the server")
    actions = outbox.add_subparsers(dest="outbox_command", required=True)
    export = actions.add_parser("export", help="write every unsent return to a file (JSON Lines)")
    export.add_argument("--out", required=True, type=Path)
    export.set_defaults(handler=run_outbox_export)
    listing = actions.add_parser("list", help="list pending and refused returns")
    listing.set_defaults(handler=run_outbox_list)
    retry = actions.add_parser("retry", help="make a pending or refused return due now (safe: same key)")
    retry.add_argument("event_id", type=int)
    retry.set_defaults(handler=run_outbox_retry)


def run_sync(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.sync.client import SyncConfigError
    from kiosk.sync.connection import client_for
    from kiosk.sync.credentials import CredentialsError
    from kiosk.sync.cycle import run_cycle

    try:
        client = client_for(settings)
    except (SyncConfigError, CredentialsError) as error:
        return _fail(str(error), 2)
    if client is None:
        return _fail("this device is not registered: run kiosk register --server URL --token TOKEN", 2)
    try:
        with _opened(settings) as uow:
            if not args.once:
                return _run_foreground(uow, settings)
            report = run_cycle(client, uow, system_clock, random.Random(), page_size=args.page_size)
            sent = _post_health(client, uow, settings) if report.ok else None
    finally:
        client.close()
    for line in report.lines():
        print(line)
    if sent is not None:
        print("health report: " + ("taken by central" if sent.ok else f"not taken ({sent.describe()})"))
    return 0 if report.ok else 1


def _post_health(client: ApiClient, uow: UnitOfWork, settings: Settings) -> Answer:
    """The health report the running kiosk sends after each sync (printers are not asked from here)."""
    from kiosk.sync.health_report import HealthReporter

    return HealthReporter(uow, settings).post(client, system_clock())


def _run_foreground(uow: UnitOfWork, settings: Settings) -> int:
    """The worker without the GUI, until SIGINT or SIGTERM (a counter PC's service)."""
    from kiosk.sync.worker import SyncWorker

    done = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: done.set())
    worker = SyncWorker(uow, settings, on_health=lambda h: log.info("sync health: %s", h))
    worker.start()
    done.wait()
    worker.stop()
    return 0


def run_register(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.sync.client import SyncConfigError
    from kiosk.sync.device import RegistrationFailed, register_device
    from kiosk.sync.export import UnsentReturns

    token = sys.stdin.readline().strip() if args.token_stdin else args.token
    try:
        with _opened(settings) as uow:
            done = register_device(settings, uow, args.server, token, system_clock(), ca_bundle=args.ca_bundle,
                                   check=not args.no_check, exported=args.exported)
    except (SyncConfigError, UnsentReturns) as error:
        return _fail(str(error), 2)
    except RegistrationFailed as error:
        return _fail(str(error), 1)
    counted = "" if done.orders_on_server is None else f" ({done.orders_on_server} orders to sync)"
    print(f"registered with {done.server_url}{counted}; credentials in {settings.profile} (owner-only)")
    return 0


def run_unregister(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.sync.device import unregister_device
    from kiosk.sync.export import UnsentReturns

    try:
        with _opened(settings) as uow:
            removed = unregister_device(settings, uow, args.exported)
    except UnsentReturns as error:
        return _fail(str(error), 2)
    print("device unregistered" if removed else "the device was not registered")
    return 0


def run_reset_profile(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.sync.device import reset_profile
    from kiosk.sync.export import UnsentReturns

    if not args.yes:
        return _fail("reset-profile deletes the local database: add --yes to confirm", 2)
    try:
        removed = reset_profile(settings, args.exported, lambda: _opened(settings))
    except UnsentReturns as error:
        return _fail(str(error), 2)
    print(f"profile {settings.profile} reset: removed {', '.join(removed) or 'nothing'}")
    return 0


def run_outbox_export(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.sync.export import export_unsent

    with _opened(settings) as uow:
        result = export_unsent(uow, args.out, system_clock())
    audit = f" and {result.audit_entries} audit entries" if result.audit_entries else ""
    print(f"exported {result.count} unsent return(s){audit} to {result.path} (sha256 {result.sha256[:16]}...)")
    return 0


def run_outbox_list(_args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.services.sync_review import unsent_returns

    with _opened(settings) as uow:
        entries = unsent_returns(uow)
    for entry in entries:
        when = format_utc(entry.next_attempt_at) if entry.next_attempt_at else "-"
        print(f"{entry.event_id}\t{entry.state}\t{entry.code}\torder {entry.order_number}\t"
              f"attempts {entry.attempts}\tnext {when}\t{entry.reason or ''}")
    print(f"{len(entries)} unsent return(s)")
    return 0


def run_outbox_retry(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.services.sync_review import retry_now

    with _opened(settings) as uow:
        changed = retry_now(uow, args.event_id, system_clock)
    if not changed:
        return _fail(f"event {args.event_id} is not pending or refused", 2)
    print(f"event {args.event_id} is due now; it goes out with the next sync")
    return 0


@contextmanager
def _opened(settings: Settings) -> Iterator[UnitOfWork]:
    """The profile's database, opened (and migrated) for the block and closed cleanly after it."""
    database = open_database(settings)
    try:
        yield UnitOfWork(database)
    finally:
        database.close()


def _fail(message: str, status: int) -> int:
    print(f"kiosk: {message}", file=sys.stderr)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.cli.sync``: the same commands without the rest of the ``kiosk`` CLI."""
    parser = argparse.ArgumentParser(prog="kiosk", description="Intake kiosk: sync and device commands")
    parser.add_argument("--profile", help="profile folder (default: $INTAKE_PROFILE or the user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true")
    add_sync_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(resolve_profile(args.profile))
    except ConfigError as error:
        return _fail(str(error), 2)
    return int(args.handler(args, settings))


if __name__ == "__main__":
    sys.exit(main())
