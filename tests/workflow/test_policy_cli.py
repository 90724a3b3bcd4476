"""``kiosk policy check`` and ``kiosk policy explain``, through their handlers and once as a process."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli.policy import UsageError, add_policy_commands, parse_line_spec
from kiosk.resources import resource

DEMO_POLICY = resource("demo", "policy.json")
ROOT = Path(__file__).resolve().parents[2]


def parser() -> argparse.ArgumentParser:
    built = argparse.ArgumentParser(prog="kiosk")
    add_policy_commands(built.add_subparsers(dest="command"))
    return built


def run(*argv: str) -> tuple[int, str, str]:
    args = parser().parse_args(["policy", *argv])
    out, err = io.StringIO(), io.StringIO()
    if args.policy_action == "check":
        code = args.handler(args, out)
    else:
        code = args.handler(args, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def order_file(tmp_path: Path) -> Path:
    lines = [
        {"id": "L1", "sku": "TEE-M", "title": "Tee", "product_id": "P-TEE", "category": "apparel", "unit_price": 2500, "tax": 222, "quantity": 2},
        {"id": "L2", "sku": "BIKINI-S", "title": "Bikini", "product_id": "P-BIKINI", "category": "swimwear", "unit_price": 6500, "tax": 577, "quantity": 1},
        {"id": "L3", "sku": "GIFT-50", "title": "Gift Card", "product_id": "P-GIFT", "category": "gift_cards", "unit_price": 5000, "tax": 0, "quantity": 1},
    ]
    order = {
        "number": "DEMO-1001", "store_id": "S001", "customer": {"email": "maria@example.com"},
        "placed_at": "2026-06-01T14:00:00Z", "delivered_at": "2026-06-03T18:00:00Z", "currency": "USD",
        "lines": lines, "tenders": [{"kind": "gift_card", "amount": 3000, "reference": "GC-1"}, {"kind": "card", "amount": 13521, "reference": "visa"}],
    }
    path = tmp_path / "order.json"
    path.write_text(json.dumps(order), encoding="utf-8")
    return path


def test_check_accepts_the_demo_policy() -> None:
    code, out, _ = run("check", str(DEMO_POLICY))
    assert code == 0 and out.startswith("ok demo-2026.11-1")


def test_check_lists_every_problem_one_per_line_with_its_path(tmp_path: Path) -> None:
    document = json.loads(DEMO_POLICY.read_text(encoding="utf-8"))
    document["rules"]["categories"][2]["window_days"] = -14
    document["currency"] = "usd"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, out, _ = run("check", str(bad))
    lines = out.splitlines()
    assert code == 1 and len(lines) == 2
    assert any(f"{bad}: rules.categories[2].window_days: " in line for line in lines)
    assert any(f"{bad}: currency: " in line for line in lines)


def test_check_reports_broken_json_with_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": "1",\n "rules": }', encoding="utf-8")
    code, out, _ = run("check", str(bad))
    assert code == 1 and "line 2, column 11" in out


def test_explain_prints_verdicts_messages_and_quotes(order_file: Path) -> None:
    code, out, _ = run("explain", "--policy", str(DEMO_POLICY), "--order", str(order_file), "--at", "2026-06-22T15:00:00Z",
                       "--line", "L1:1:too_small:opened", "--line", "L2:1:changed_mind:unopened", "--line", "L3:1:changed_mind")
    report = json.loads(out)
    assert code == 0
    assert (report["policy_version"], report["order"], report["verdict"]) == ("demo-2026.11-1", "DEMO-1001", "ineligible")
    verdicts = {d["line_id"]: (d["verdict"], d["message_key"]) for d in report["decisions"]}
    assert verdicts == {
        "L1": ("eligible", "returnable_until"),
        "L2": ("ineligible", "window_closed"),
        "L3": ("ineligible", "non_returnable_category"),
    }
    swim = report["decisions"][1]
    assert swim["message"] == "Swimwear can be returned within 14 days of delivery; yours was delivered 19 days ago."
    refund = next(o for o in report["quote"]["options"] if o["resolution"] == "refund")
    assert refund["total"] == 2500 + 111
    assert refund["tender_refunds"] == [{"kind": "gift_card", "amount": 2611, "reference": "GC-1"}]
    assert [o["resolution"] for o in report["quote"]["options"]][:2] == ["store_credit", "exchange"]


def test_explain_without_lines_shows_what_each_line_allows(order_file: Path) -> None:
    code, out, _ = run("explain", "--policy", str(DEMO_POLICY), "--order", str(order_file), "--at", "2026-06-10T15:00:00Z")
    availability = {d["line_id"]: (d["verdict"], d["quantity"]) for d in json.loads(out)["availability"]}
    assert code == 0 and availability == {"L1": ("eligible", 2), "L2": ("eligible", 1), "L3": ("ineligible", 1)}


def test_explain_with_approval_lets_a_grace_day_line_through(order_file: Path) -> None:
    args = ["explain", "--policy", str(DEMO_POLICY), "--order", str(order_file), "--at", "2026-06-19T15:00:00Z", "--line", "L2:1:changed_mind:unopened"]
    held = json.loads(run(*args)[1])["decisions"][0]
    approved = json.loads(run(*args, "--approve", "L2")[1])["decisions"][0]
    assert (held["verdict"], approved["verdict"], approved["approved"]) == ("needs_approval", "eligible", True)


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--at", "yesterday"], "--at 'yesterday'"),
        (["--at", "2026-06-20T15:00:00"], "no timezone offset"),
        (["--at", "2026-06-20T15:00:00Z", "--line", "L1:two:too_small"], "not a whole number"),
        (["--at", "2026-06-20T15:00:00Z", "--line", "L1"], "expected LINE_ID:QTY:REASON"),
    ],
)
def test_explain_refuses_bad_arguments_with_exit_2(order_file: Path, extra: list[str], fragment: str) -> None:
    code, _, err = run("explain", "--policy", str(DEMO_POLICY), "--order", str(order_file), *extra)
    assert code == 2 and fragment in err


def test_explain_refuses_an_unreadable_order(tmp_path: Path) -> None:
    broken = tmp_path / "order.json"
    broken.write_text("{}", encoding="utf-8")
    code, _, err = run("explain", "--policy", str(DEMO_POLICY), "--order", str(broken), "--at", "2026-06-20T15:00:00Z")
    assert code == 2 and "is not an order" in err


def test_explain_refuses_a_bad_policy_with_exit_1(order_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "policy.json"
    bad.write_text("[]", encoding="utf-8")
    code, _, err = run("explain", "--policy", str(bad), "--order", str(order_file), "--at", "2026-06-20T15:00:00Z")
    assert code == 1 and "must be a JSON object" in err


def test_line_spec_takes_an_optional_condition_and_note() -> None:
    selection = parse_line_spec("L1:1:defective:damaged:zip broke: at the top")
    assert (selection.condition, selection.note) == ("damaged", "zip broke: at the top")
    assert parse_line_spec("L1:2:too_small").condition is None
    with pytest.raises(UsageError):
        parse_line_spec(":1:too_small")


def test_module_runs_standalone(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kiosk.cli.policy", "check", str(DEMO_POLICY)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")
