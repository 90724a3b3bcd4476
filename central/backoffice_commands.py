"""The back office's commands: everything its pages do, from a shell.

``add-user NAME --role head_office|store_manager [--store S]`` (password prompted, or the
first line of ``--password-file``), ``review list|accept|refuse``, ``analytics [--csv NAME]``,
``policy simulate DRAFT.json --days N``, ``policy propose DRAFT.json --by NAME``,
``policy confirm ID --by NAME``, ``policy history`` and ``policy diff A B``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from central.database import Database
from central.errors import AdminError
from central.ops import analytics, backoffice_users, policy_simulator, review
from central.ops.policies import history, policy_version
from kiosk.workflow.policy import load_policy_file

Command = Callable[[argparse.Namespace, Database], int]


def _now(args: argparse.Namespace) -> datetime:
    """The CLI's clock (``kiosk-central``'s ``main(clock=...)``), else the system's."""
    clock = getattr(args, "clock", None)
    return clock() if clock is not None else datetime.now(timezone.utc)


def _cli_actor() -> str:
    return f"cli:{getpass.getuser()}"


def add_backoffice_commands(command: Callable[[str, Command, str], argparse.ArgumentParser]) -> None:
    user = command("add-user", run_add_user, "add a back-office user (head office, or one store's manager)")
    user.add_argument("name")
    user.add_argument("--role", required=True, choices=backoffice_users.ROLES)
    user.add_argument("--store", help="the store of a store manager")
    user.add_argument("--password-file", help="read the password from the first line of this file ('-': stdin)")
    user.add_argument("--replace", action="store_true", help="change an existing user (role, store, password)")

    rev = command("review", run_review, "the review queue: returns central's re-check disagreed with")
    actions: Any = rev.add_subparsers(dest="review_action", required=True, metavar="{list,accept,refuse}")
    listing = actions.add_parser("list", help="returns waiting for a decision, oldest first")
    listing.add_argument("--store")
    listing.add_argument("--json", action="store_true")
    for name in ("accept", "refuse"):
        decide = actions.add_parser(name, help=f"{name} a return in review, with a reason")
        decide.add_argument("case", help="case id or return code")
        decide.add_argument("--reason", required=True)
        decide.add_argument("--by", help="who decides (default: cli:<your login>)")

    stats = command("analytics", run_analytics, "returns by reason, category and product, return rates, "
                                                 "retained revenue, overrides")
    stats.add_argument("--store")
    stats.add_argument("--days", type=int, default=30, help="the last N days (default: %(default)s)")
    stats.add_argument("--csv", metavar="TABLE", choices=[t(analytics.Facts([])).name for t in analytics.TABLES],
                       help="print one table as CSV")

    pol = command("policy", run_policy, "draft policies: simulate, propose, confirm; history and diff")
    steps: Any = pol.add_subparsers(dest="policy_action", required=True,
                                    metavar="{simulate,propose,confirm,withdraw,proposals,history,diff}")
    simulate = steps.add_parser("simulate", help="replay a draft over the last N days of orders and returns")
    simulate.add_argument("file")
    simulate.add_argument("--days", type=int, default=30)
    simulate.add_argument("--store")
    simulate.add_argument("--json", action="store_true")
    propose = steps.add_parser("propose", help="propose a draft; another head-office user confirms it")
    propose.add_argument("file")
    propose.add_argument("--by", required=True, help="the proposing head-office user")
    propose.add_argument("--note", default="")
    for name, text in (("confirm", "confirm another user's proposal: it is published"),
                       ("withdraw", "withdraw an open proposal")):
        step = steps.add_parser(name, help=text)
        step.add_argument("proposal", type=int)
        step.add_argument("--by", required=True, help="the head-office user")
    steps.add_parser("proposals", help="list policy proposals, newest first")
    steps.add_parser("history", help="every policy version, current first")
    changes = steps.add_parser("diff", help="what changed between two stored versions")
    changes.add_argument("before")
    changes.add_argument("after")


def run_add_user(args: argparse.Namespace, db: Database) -> int:
    password = _read_password(args.password_file)
    staff = backoffice_users.add_user(db, args.name, args.role, args.store, password, _now(args), replace=args.replace)
    print(f"user {staff.name} saved ({staff.role}{' of ' + staff.store_id if staff.store_id else ''})")
    return 0


def _read_password(path: str | None) -> str:
    if path == "-":
        return sys.stdin.readline().rstrip("\n")
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise AdminError(f"cannot read {path}: {error.strerror}") from error
        return lines[0] if lines else ""
    password = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != password:
        raise AdminError("the two passwords differ")
    return password


def run_review(args: argparse.Namespace, db: Database) -> int:
    if args.review_action == "list":
        items = review.queue(db, store_id=args.store)
        for item in items:
            if args.json:
                print(json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True))
            else:
                found = "; ".join(str(d.get("message", d.get("kind"))) for d in item.disagreements)
                print(f"{item.code:<16} {item.store_id:<14} {item.order_number:<14} {item.received_at:%Y-%m-%d %H:%M}  "
                      f"{item.resolution:<12} {item.value:>8}  {found}")
        if not args.json:
            print(f"{len(items)} return(s) in review")
        return 0
    case_id = review.decide(db, args.case, args.review_action, args.reason, actor=args.by or _cli_actor(), now=_now(args))
    print(f"return {case_id} is {review.DECISIONS[args.review_action]}")
    return 0


def run_analytics(args: argparse.Namespace, db: Database) -> int:
    now = _now(args)
    facts = analytics.load_facts(db, store_id=args.store, since=now - timedelta(days=args.days))
    tables = analytics.report(facts)
    if args.csv:
        sys.stdout.write(analytics.table_csv(next(t for t in tables if t.name == args.csv)))
        return 0
    for table in tables:
        print(f"== {table.title} ({table.name})")
        print("  ".join(table.columns))
        for row in table.rows:
            print("  ".join(str(v) for v in row))
        print()
    return 0


def run_policy(args: argparse.Namespace, db: Database) -> int:
    action = args.policy_action
    if action == "simulate":
        document = load_policy_file(args.file).document
        result = policy_simulator.simulate(db, _plain(document), args.days, _now(args), store_id=args.store)
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if args.json else _simulation_text(result))
        return 0
    if action == "propose":
        document = load_policy_file(args.file).document
        proposal = policy_simulator.propose(db, _plain(document), args.by, _now(args), args.note)
        print(f"proposal {proposal.id}: {proposal.version}, waiting for another head-office user to confirm")
        return 0
    if action in ("confirm", "withdraw"):
        step = policy_simulator.confirm if action == "confirm" else policy_simulator.withdraw
        proposal = step(db, args.proposal, args.by, _now(args))
        print(f"proposal {proposal.id}: {proposal.version} is {proposal.status}")
        return 0
    if action == "proposals":
        for p in policy_simulator.proposals(db):
            print(f"{p.id:>4} {p.version:<24} {p.status:<10} by {p.proposed_by} {p.proposed_at:%Y-%m-%d %H:%M}"
                  + (f", confirmed by {p.confirmed_by}" if p.confirmed_by else ""))
        return 0
    if action == "history":
        for entry in history(db):
            print(f"{'*' if entry.current else ' '} {entry.version:<24} {entry.created_at:%Y-%m-%d %H:%M}")
        return 0
    with db.reading() as session:
        before, after = policy_version(session, args.before), policy_version(session, args.after)
    if before is None or after is None:
        raise AdminError(f"no policy version {args.before if before is None else args.after!r}")
    print("\n".join(c.describe() for c in policy_simulator.diff(before.document, after.document)) or "no difference")
    return 0


def _simulation_text(result: policy_simulator.Simulation) -> str:
    lines = [f"draft {result.draft_version} against {result.current_version or '(no policy)'}: "
             f"{result.returns} return(s) and {result.orders} order(s) since {result.since:%Y-%m-%d}",
             f"{len(result.changed)} line(s) would change"]
    for s in result.summary():
        lines.append(f"  {s.source:<6} {s.rule:<32} {s.change:<28} {s.lines:>4} line(s) {s.units:>4} unit(s)  "
                     f"amount {s.amount_before} → {s.amount_after}")
        for e in s.examples:
            lines.append(f"         e.g. {e.code or e.order_number} {e.line_id} {e.sku}: {e.message}")
    return "\n".join(lines)


def _plain(value: Any) -> Any:
    """The policy parser hands back a read-only document; storage wants plain JSON values."""
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
