"""The ``kiosk`` command: the GUI by default, admin subcommands beside it."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from kiosk.config import Settings, load_settings, resolve_profile
from kiosk.services.logs import configure_logging
from kiosk.workflow.errors import KioskError, SetupError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Intake returns kiosk")
    parser.add_argument("--profile", help="profile folder (default: $INTAKE_PROFILE or the user data folder)")
    parser.add_argument("--demo", action="store_true", help="run on demo data in a throwaway profile")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="command")
    demo_data = commands.add_parser("demo-data", help="write the demo orders as JSON lines")
    demo_data.add_argument("--out", required=True)
    commands.add_parser("migrate", help="apply database migrations to the profile and exit")
    from kiosk.cli.audit import add_audit_commands
    from kiosk.cli.maintenance import add_maintenance_commands
    from kiosk.cli.policy import add_policy_commands
    from kiosk.cli.printers import add_printer_commands
    from kiosk.cli.report import add_report_commands
    from kiosk.cli.sync import add_sync_commands

    add_policy_commands(commands)
    add_printer_commands(commands)
    add_audit_commands(commands)
    add_sync_commands(commands)
    add_maintenance_commands(commands)
    add_report_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; an error the kiosk expects is one plain line on stderr, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except SetupError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    except KioskError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    if handler is not None and args.command == "policy":
        configure_logging(None, verbose=args.verbose)
        return int(handler(args))
    settings = _settings(args)
    gui = handler is None and args.command is None
    configure_logging(settings.profile if gui and not settings.demo else None, verbose=args.verbose)
    if handler is not None:
        return int(handler(args, settings))
    if args.command == "demo-data":
        return _write_demo_data(Path(args.out))
    if args.command == "migrate":
        from kiosk.services.recovery import open_database

        open_database(settings).close()
        print(f"migrated {settings.database_path}")
        return 0
    from kiosk.app import run_gui

    return run_gui(settings, windowed=args.windowed or args.demo)


def _settings(args: argparse.Namespace) -> Settings:
    if args.demo and not args.profile:
        profile = Path(tempfile.mkdtemp(prefix="intake-demo-"))
    else:
        profile = resolve_profile(args.profile)
    return load_settings(profile, demo=args.demo)


def _write_demo_data(path: Path) -> int:
    from kiosk.demo import generate_orders
    from kiosk.workflow.clock import system_clock

    with path.open("w", encoding="utf-8") as out:
        for order in generate_orders(system_clock()):
            out.write(json.dumps(order, ensure_ascii=False) + "\n")
    print(f"wrote demo orders to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
