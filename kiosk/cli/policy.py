"""``kiosk policy check FILE`` and ``kiosk policy explain``: the policy engine without the GUI.

A retailer editing a policy runs ``check`` to see every problem with its field path before
the policy reaches a kiosk. ``explain`` answers "why was this refused?" for a given order,
moment and selection, printing the verdicts and the quote as JSON, the same objects the
kiosk decides with. Handlers return the process exit code.

Runnable on its own as ``python -m kiosk.cli.policy``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Sequence, TextIO

from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.eligibility import Evaluation, LineDecision, Selection, evaluate, line_availability
from kiosk.workflow.errors import SetupError
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy, PolicyError, load_policy_file
from kiosk.workflow.policy_messages import render_message
from kiosk.workflow.policy_validation import MAX_NESTING, text_nesting_depth, unmatched_names
from kiosk.workflow.quotes import Quote, ResolutionQuote, quote

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(SetupError):
    """An argument or input file the command cannot use; the message says which and why."""


def add_policy_commands(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``policy check|explain`` to a command's subparsers; dispatch with ``args.handler(args)``."""
    policy: argparse.ArgumentParser = subparsers.add_parser("policy", help="check a return policy file or explain decisions under it")
    actions = policy.add_subparsers(dest="policy_action", required=True, metavar="{check,explain}")
    check = actions.add_parser("check", help="validate a policy file (exit 0 valid, 1 with the problems)")
    check.add_argument("file", help="policy JSON file")
    check.add_argument("--orders", type=Path, help="JSON Lines of orders whose categories and tags the policy may "
                                                   "name (default: the demo catalogue)")
    check.add_argument("--strict", action="store_true", help="names no order carries are errors, not warnings")
    check.set_defaults(handler=run_check)
    explain = actions.add_parser("explain", help="print verdicts and quotes for an order as JSON")
    explain.add_argument("--policy", required=True, help="policy JSON file")
    explain.add_argument("--order", required=True, help="order JSON file (resources/schemas/order.schema.json)")
    explain.add_argument("--at", required=True, help="the moment to decide at, ISO 8601 with an offset")
    explain.add_argument("--line", action="append", default=[], metavar="LINE_ID:QTY:REASON[:CONDITION[:NOTE]]",
                         help="a selection; repeat for several. Without any, shows what each line allows")
    explain.add_argument("--approve", action="append", default=[], metavar="LINE_ID", help="a line a manager approved")
    explain.set_defaults(handler=run_explain)
    return policy


def run_check(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print ``ok VERSION`` for a valid policy, else one ``FILE: path: problem`` line per problem.

    Names no order carries are warnings on stderr (errors with ``--strict``)."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        policy = load_policy_file(args.file)
        categories, tags = _catalogue(getattr(args, "orders", None))
    except PolicyError as error:
        for problem in error.problems:
            print(f"{args.file}: {problem}", file=out)
        return EXIT_PROBLEMS
    except UsageError as error:
        print(f"kiosk policy check: {error}", file=out)
        return EXIT_USAGE
    strict = bool(getattr(args, "strict", False))
    unmatched = unmatched_names(policy.document, categories, tags)
    for problem in unmatched:
        print(f"{args.file}: {'error' if strict else 'warning'}: {problem}", file=out if strict else err)
    if strict and unmatched:
        return EXIT_PROBLEMS
    print(f"ok {policy.version} ({policy.timezone}, {policy.currency})", file=out)
    return EXIT_OK


def _catalogue(orders: Path | None) -> tuple[set[str], set[str]]:
    """The categories and tags order lines carry: from a JSON Lines file, else the demo catalogue."""
    if orders is None:
        from kiosk.demo import generate_orders
        from kiosk.workflow.clock import system_clock

        documents = generate_orders(system_clock())
    else:
        documents = [_order_document(orders, number, text)
                     for number, text in enumerate(_read(orders).splitlines(), start=1) if text.strip()]
    lines = [line for document in documents for line in document.get("lines", [])]
    return {str(line.get("category", "")) for line in lines}, {str(t) for line in lines for t in line.get("tags", [])}


def _order_document(path: Path, number: int, text: str) -> dict[str, Any]:
    document = _parse_order_json(text, f"{path} line {number}")
    if not isinstance(document, dict):
        raise UsageError(f"{path} line {number} is not an order object")
    return document


def _parse_order_json(text: str, where: str) -> Any:
    """JSON that should be an order; too deep or malformed is a UsageError naming ``where``."""
    if text_nesting_depth(text) > MAX_NESTING:
        raise UsageError(f"{where} is nested more than {MAX_NESTING} levels deep: it is not an order")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{where} is not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {path}: {error}") from None


def run_explain(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print the evaluation and quote (or, without --line, each line's availability) as JSON."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        policy = load_policy_file(args.policy)
        order = _load_order(Path(args.order))
        at = _parse_at(args.at)
        selections = [parse_line_spec(spec) for spec in args.line]
    except PolicyError as error:
        print("\n".join(f"{args.policy}: {p}" for p in error.problems), file=err)
        return EXIT_PROBLEMS
    except UsageError as error:
        print(f"kiosk policy explain: {error}", file=err)
        return EXIT_USAGE
    report = explain(order, policy, at, selections, approved=args.approve)
    json.dump(report, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return EXIT_OK


def explain(order: Order, policy: Policy, at: datetime, selections: Sequence[Selection], *, approved: Sequence[str] = ()) -> dict[str, Any]:
    """The JSON-ready explanation: availability when nothing is selected, else verdicts and quotes."""
    header = {"policy_version": policy.version, "order": order.number, "at": format_utc(at), "currency": order.currency}
    if not selections:
        lines = line_availability(order, policy, at)
        return {**header, "availability": [decision_json(d) for d in lines.values()]}
    evaluation = evaluate(order, selections, policy, at, approved_line_ids=approved)
    return {**header, **evaluation_json(evaluation), "quote": quote_json(quote(order, evaluation, selections, policy))}


def parse_line_spec(spec: str) -> Selection:
    """``L1:2:too_small``, ``L1:2:too_small:opened`` or ``L1:1:defective:damaged:the zip broke`` -> a Selection."""
    parts = spec.split(":", 4)
    if len(parts) < 3 or not parts[0] or not parts[2]:
        raise UsageError(f"--line {spec!r}: expected LINE_ID:QTY:REASON[:CONDITION[:NOTE]]")
    try:
        quantity = int(parts[1])
    except ValueError:
        raise UsageError(f"--line {spec!r}: quantity {parts[1]!r} is not a whole number") from None
    condition = parts[3] if len(parts) > 3 and parts[3] else None
    note = parts[4] if len(parts) > 4 else ""
    return Selection(parts[0], quantity, parts[2], condition, note=note)


def _parse_at(text: str) -> datetime:
    try:
        return parse_utc(text)
    except ValueError as error:
        raise UsageError(f"--at {text!r}: {error}") from None


def _load_order(path: Path) -> Order:
    data = _parse_order_json(_read(path), f"order {path}")
    try:
        return Order.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise UsageError(f"order {path} is not an order: {error!r}") from None


def decision_json(decision: LineDecision) -> dict[str, Any]:
    return {
        "line_id": decision.line_id,
        "quantity": decision.quantity,
        "verdict": decision.verdict.value,
        "reason_codes": list(decision.reason_codes),
        "rule": decision.rule,
        "message_key": decision.message_key,
        "message_params": dict(decision.message_params),
        "message": render_message(decision.message_key, decision.message_params),
        "window_closes_at": format_utc(decision.window_closes_at) if decision.window_closes_at else None,
        "approved": decision.approved,
    }


def evaluation_json(evaluation: Evaluation) -> dict[str, Any]:
    return {"verdict": evaluation.verdict.value, "decisions": [decision_json(d) for d in evaluation.decisions]}


def quote_json(result: Quote) -> dict[str, Any]:
    return {"currency": result.currency, "options": [_option_json(o) for o in result.options]}


def _option_json(option: ResolutionQuote) -> dict[str, Any]:
    data: dict[str, Any] = {
        "resolution": option.resolution.value,
        "available": option.available,
        "total": option.total,
        "per_line": dict(option.per_line),
        "restocking_fee": option.restocking_fee,
        "bonus": option.bonus,
        "tender_refunds": [{"kind": t.kind, "amount": t.amount, "reference": t.reference} for t in option.tender_refunds],
    }
    if option.message_key:
        data["message_key"] = option.message_key
        data["message"] = render_message(option.message_key)
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.cli.policy policy check FILE`` (the ``policy`` word may be left out)."""
    parser = argparse.ArgumentParser(prog="python -m kiosk.cli.policy")
    add_policy_commands(parser.add_subparsers(dest="command", required=True))
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] != ["policy"]:
        arguments.insert(0, "policy")
    args = parser.parse_args(arguments)
    handler: Any = args.handler
    return int(handler(args))


if __name__ == "__main__":
    raise SystemExit(main())
