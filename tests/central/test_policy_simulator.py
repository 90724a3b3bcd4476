"""The policy simulator: a draft replayed over returns taken through the real server, checked
against ``kiosk policy explain`` on the same orders; the readable diff; two-person publishing."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest

from central.errors import AdminError
from central.ops import backoffice_users, policies, policy_simulator
from kiosk.cli import main as kiosk_main
from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import format_utc
from tests.central.support import NOW, Pick, approval, honest_case, order_document, order_line, policy_document


def draft_document(version: str, swimwear_days: int = 2) -> dict:
    """The test policy with a shorter swimwear window and no holiday extension."""
    document = policy_document(version)
    document["rules"]["extended_windows"] = []
    for category in document["rules"]["categories"]:
        if category["category"] == "swimwear":
            category["window_days"] = swimwear_days
    return document


@pytest.fixture
def taken(central):
    """A store with four returns taken through the server: apparel, swimwear and shoes, refunds and store
    credit, one in its grace days approved by a manager."""
    kiosk = central.kiosk()
    orders = [
        order_document(kiosk.store_id, lines=[order_line("L1", quantity=2), order_line("L2", category="swimwear")]),
        order_document(kiosk.store_id, lines=[order_line("L1", category="swimwear", quantity=3, unit_price=4000)]),
        order_document(kiosk.store_id, lines=[order_line("L1", category="shoes", unit_price=9000)]),
        order_document(kiosk.store_id, placed="2026-10-24T15:00:00Z", delivered="2026-10-26T16:00:00Z"),
    ]
    central.load(*orders)
    cases = [
        honest_case(orders[0], [Pick("L1", 2, "too_small"), Pick("L2", 1, "changed_mind")], device_id=kiosk.device_id),
        honest_case(orders[1], [Pick("L1", 2, "too_large")], device_id=kiosk.device_id,
                    resolution=Resolution.STORE_CREDIT),
        honest_case(orders[2], [Pick("L1", 1, "wrong_item")], device_id=kiosk.device_id),
        honest_case(orders[3], [Pick("L1", 1, "changed_mind")], device_id=kiosk.device_id, approvals=[approval("L1")]),
    ]
    for case in cases:
        answer = kiosk.post_case(case)
        assert answer.status_code == 201, answer.text
    return kiosk.store_id, orders, cases


def explain(tmp_path, policy: dict, order: dict, case: dict) -> dict:
    """What ``kiosk policy explain`` prints for the case's selections under ``policy``."""
    (tmp_path / "policy.json").write_text(json.dumps(policy))
    (tmp_path / "order.json").write_text(json.dumps(order))
    out = tmp_path / "explain.json"
    args = ["policy", "explain", "--policy", str(tmp_path / "policy.json"), "--order", str(tmp_path / "order.json"),
            "--at", case["created_at"]]
    for line in case["lines"]:
        args += ["--line", f"{line['line_id']}:{line['quantity']}:{line['reason_code']}:{line['condition'] or ''}"]
    args += [a for item in case["approvals"] for a in ("--approve", item["line_id"])]
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert kiosk_main(args) == 0
    out.write_text(buffer.getvalue())
    return json.loads(buffer.getvalue())


def test_the_simulators_verdicts_equal_kiosk_policy_explain(central, taken, tmp_path):
    store_id, orders, cases = taken
    draft = draft_document("draft-sim-1")
    result = policy_simulator.simulate(central.db, draft, 30, NOW + timedelta(hours=1), store_id=store_id)
    # The fourth order was placed more than 30 days ago: its return counts, the order itself does not.
    assert (result.returns, result.orders) == (4, 3)
    replayed = {(o.case_id, o.line_id): o for o in result.lines if o.source == "return"}
    for order, case in zip(orders, cases, strict=True):
        explained = explain(tmp_path, draft, order, case)
        option = next(o for o in explained["quote"]["options"] if o["resolution"] == case["resolution"])
        for decision in explained["decisions"]:
            outcome = replayed[(case["id"], decision["line_id"])]
            assert (outcome.after_verdict, outcome.after_rule) == (decision["verdict"], decision["rule"])
            expected = option["per_line"].get(decision["line_id"], 0) if option["available"] else 0
            assert outcome.after_amount == expected
            assert outcome.message == decision["message"]
    # The draft shortens the swimwear window: the swimwear lines taken 7 days after delivery would be refused.
    changed = {(o.case_id, o.line_id) for o in result.changed if o.source == "return"}
    assert changed == {(cases[0]["id"], "L2"), (cases[1]["id"], "L1")}
    summary = [s for s in result.summary() if s.source == "return"]
    assert [(s.change, s.lines, s.units) for s in summary] == [("eligible → ineligible", 2, 3)]
    assert summary[0].amount_before == sum(o.before_amount for o in result.changed if o.source == "return")
    assert summary[0].amount_after == 0


def test_the_current_policy_replayed_changes_nothing(central, taken):
    store_id, _orders, _cases = taken
    result = policy_simulator.simulate(central.db, policy_document(), 30, NOW + timedelta(hours=1), store_id=store_id)
    assert result.lines and result.changed == []


def test_orders_are_asked_what_they_would_allow_today(central, taken):
    store_id, orders, _cases = taken
    result = policy_simulator.simulate(central.db, draft_document("draft-sim-2"), 30, NOW, store_id=store_id)
    order_changes = {(o.order_number, o.line_id): o.change for o in result.changed if o.source == "order"}
    # Only the swimwear line with units left (order 1 has one of three left) closes under the draft.
    assert order_changes == {(orders[1]["number"], "L1"): "eligible → ineligible"}


def test_a_diff_names_fields_and_list_items_by_their_names():
    before = policy_document("v1")
    after = draft_document("v2", swimwear_days=7)
    after["rules"]["tags"] = []
    described = [c.describe() for c in policy_simulator.diff(before, after)]
    assert described[0] == "version: 'v1' → 'v2'"
    assert "rules.categories[swimwear].window_days: 14 → 7" in described
    assert any(d.startswith("rules.tags[clearance]: removed") for d in described)


def test_publishing_needs_a_second_head_office_user(central):
    store_id = central.new_store()
    for name, role, store in (("hana", "head_office", None), ("ines", "head_office", None),
                              ("sam", "store_manager", store_id)):
        backoffice_users.add_user(central.db, name, role, store, "a long enough password", NOW, replace=True)
    draft = draft_document(f"draft-{store_id}")
    with pytest.raises(AdminError, match="not an active head-office user"):
        policy_simulator.propose(central.db, draft, "sam", NOW)
    proposal = policy_simulator.propose(central.db, draft, "hana", NOW, "shorter swimwear window")
    with pytest.raises(AdminError, match="another head-office user"):
        policy_simulator.confirm(central.db, proposal.id, "hana", NOW)
    with pytest.raises(AdminError, match="not an active head-office user"):
        policy_simulator.confirm(central.db, proposal.id, "sam", NOW)
    with central.db.reading() as session:
        assert policies.current_policy(session).version != draft["version"]
    published = policy_simulator.confirm(central.db, proposal.id, "ines", NOW + timedelta(minutes=3))
    assert (published.status, published.confirmed_by) == ("published", "ines")
    with central.db.reading() as session:
        assert policies.current_policy(session).version == draft["version"]
    with pytest.raises(AdminError, match="is published"):
        policy_simulator.confirm(central.db, proposal.id, "ines", NOW)
    central.set_policy(policy_document())  # the shared server's other tests expect the test policy
    assert format_utc(published.confirmed_at) == format_utc(NOW + timedelta(minutes=3))


def test_the_commands_simulate_propose_confirm_and_show_history(central, taken, tmp_path, capsys):
    from central import cli

    url = central.db.engine.url.render_as_string(hide_password=False)
    store_id, _orders, _cases = taken
    for name in ("hana", "ines"):
        backoffice_users.add_user(central.db, name, "head_office", None, "a long enough password", NOW, replace=True)
    draft = tmp_path / "draft.json"
    version = f"draft-cli-{store_id}"
    draft.write_text(json.dumps(draft_document(version)))
    clock = lambda: NOW + timedelta(hours=1)  # noqa: E731
    assert cli.main(["--db", url, "policy", "simulate", str(draft), "--days", "30", "--store", store_id, "--json"],
                    clock=clock) == 0
    simulated = json.loads(capsys.readouterr().out)
    assert (simulated["returns"], simulated["draft_version"]) == (4, version)
    assert {(r["source"], r["change"]) for r in simulated["by_rule"]} >= {("return", "eligible → ineligible")}
    assert cli.main(["--db", url, "policy", "propose", str(draft), "--by", "hana", "--note", "shorter"]) == 0
    proposal_id = int(re.search(r"proposal (\d+)", capsys.readouterr().out).group(1))
    assert cli.main(["--db", url, "policy", "confirm", str(proposal_id), "--by", "hana"]) == 1
    assert "another head-office user" in capsys.readouterr().err
    assert cli.main(["--db", url, "policy", "confirm", str(proposal_id), "--by", "ines"]) == 0
    assert f"{version} is published" in capsys.readouterr().out
    assert cli.main(["--db", url, "policy", "history"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:2] == ["*", version]
    assert cli.main(["--db", url, "policy", "diff", "central-test-1", version]) == 0
    assert "rules.categories[swimwear].window_days: 14 → 2" in capsys.readouterr().out
    central.set_policy(policy_document())
