"""Keeping a kiosk in service: ``doctor``, ``backup``, ``recover``, ``install`` and ``uninstall``."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

from kiosk.config import Settings
from kiosk.workflow.clock import system_clock


def add_maintenance_commands(subparsers: Any) -> None:
    doctor = subparsers.add_parser("doctor", help="check the profile, printers, central and the clock")
    doctor.set_defaults(handler=run_doctor)

    backup = subparsers.add_parser("backup", help="copy what only this kiosk holds into the profile now")
    backup.set_defaults(handler=run_backup)

    recover = subparsers.add_parser("recover", help="restore the newest backup over a damaged database")
    recover.add_argument("--from", dest="copy", type=Path, help="a backup file other than the newest")
    recover.add_argument("--yes", action="store_true", help="confirm: the damaged file is kept beside it")
    recover.set_defaults(handler=run_recover)

    install = subparsers.add_parser("install", help="start the kiosk at boot as a systemd service")
    install.add_argument("--user", default="intake", help="the kiosk's own system user (created if missing)")
    install.add_argument("--session", choices=("cage", "xorg"), default="cage",
                         help="cage (Wayland kiosk compositor) or xorg (bare X, no window manager)")
    install.add_argument("--root", type=Path, default=Path("/"), help="write under this folder (image builds)")
    install.add_argument("--dry-run", action="store_true", help="print what would be written and run")
    install.set_defaults(handler=run_install)

    uninstall = subparsers.add_parser("uninstall", help="remove the service (the profile and its data stay)")
    uninstall.add_argument("--root", type=Path, default=Path("/"))
    uninstall.add_argument("--dry-run", action="store_true")
    uninstall.set_defaults(handler=run_uninstall)


def run_doctor(_args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.services.doctor import run_doctor as checks_for

    checks = checks_for(settings, system_clock)
    for check in checks:
        print(check.line())
    troubled = [check for check in checks if not check.ok]
    print(f"{len(troubled)} of {len(checks)} checks need attention" if troubled else "all checks passed")
    return 1 if troubled else 0


def run_backup(_args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.db.backups import write_backup

    if not settings.database_path.exists():
        print(f"kiosk: there is no database at {settings.database_path} to back up", file=sys.stderr)
        return 2
    print(f"backed up to {write_backup(settings.database_path, settings.profile, system_clock())}")
    return 0


def run_recover(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.services.recovery import recover

    if not args.yes:
        print("kiosk: recover replaces the profile's database with a backup (the current file is kept "
              "beside it); stop the kiosk first and run again with --yes", file=sys.stderr)
        return 2
    report = recover(settings, system_clock(), args.copy)
    for line in report.lines():
        print(line)
    return 0


def run_install(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.deploy.install import carry_out, missing_programs, plan_install, run_command
    from kiosk.deploy.unit import UnitOptions

    options = UnitOptions(kiosk=Path(shutil.which("kiosk") or sys.argv[0]).resolve(), profile=settings.profile,
                          user=args.user, session=args.session)
    missing = missing_programs(options)
    if missing and not args.dry_run:
        print("kiosk: cannot install yet, missing: " + "; ".join(missing), file=sys.stderr)
        return 2
    plan = plan_install(options, args.root)
    for line in plan.describe():
        print(line)
    if not args.dry_run:
        carry_out(plan, run_command if args.root == Path("/") else None)
        print("installed: the kiosk starts at the next boot (or now: systemctl start intake-kiosk)")
    return 0


def run_uninstall(args: argparse.Namespace, _settings: Settings) -> int:
    from kiosk.deploy.install import carry_out, plan_uninstall, run_command

    plan = plan_uninstall(args.root)
    for line in plan.describe():
        print(line)
    if not args.dry_run:
        carry_out(plan, run_command if args.root == Path("/") else None)
        print("uninstalled: the profile and its data are where they were")
    return 0
