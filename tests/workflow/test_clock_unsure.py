"""A kiosk whose clock is off from central's cannot decide return windows: it holds them for staff."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kiosk.workflow.cases import Approval
from kiosk.workflow.clock import fixed_clock, parse_utc
from kiosk.workflow.clock_offset import clock_limit, clock_unsure, describe_offset, offset_from_date
from kiosk.workflow.eligibility import Selection, Verdict, evaluate, line_availability
from kiosk.workflow.policy import PolicyError, parse_policy
from kiosk.workflow.policy_messages import render_message
from kiosk.workflow.wizard import ReturnSession
from tests.workflow.builders import POLICY, demo_document, line, order

DELIVERED = "2026-06-01T16:00:00Z"  # apparel: 30 days, the last on 1 Jul (New York); 3 grace days


@pytest.mark.parametrize("when", ["2026-06-10T12:00:00Z", "2026-07-03T12:00:00Z", "2026-09-01T12:00:00Z"])
def test_an_unsure_clock_holds_every_window_verdict_for_staff_and_says_why(when: str) -> None:
    bought = order(line("L1"), delivered=DELIVERED)
    decision = evaluate(bought, [Selection("L1", 1, "changed_mind", "unopened")], POLICY, parse_utc(when),
                        clock_unsure=True).decisions[0]
    assert decision.verdict is Verdict.NEEDS_APPROVAL
    assert (decision.message_key, decision.rule) == ("clock_unsure", "approval.max_clock_offset_minutes")
    assert render_message(decision.message_key, decision.message_params) == (
        "This kiosk's clock may be wrong, so a member of staff will check the return window for this item "
        "(open until 2026-07-01).")


def test_refusals_that_do_not_depend_on_the_clock_stay_refusals() -> None:
    bought = order(line("L1", final_sale=True), line("L2"), delivered=DELIVERED)
    at = parse_utc("2026-06-10T12:00:00Z")
    available = line_availability(bought, POLICY, at, clock_unsure=True)
    assert available["L1"].verdict is Verdict.INELIGIBLE and available["L1"].message_key == "final_sale"
    assert available["L2"].verdict is Verdict.NEEDS_APPROVAL and available["L2"].message_key == "clock_unsure"
    over = evaluate(bought, [Selection("L2", 5, "changed_mind", "unopened")], POLICY, at, clock_unsure=True)
    assert over.decisions[0].verdict is Verdict.INELIGIBLE  # more than was bought, whatever the time


def test_staff_approval_lets_a_line_held_for_the_clock_through() -> None:
    bought = order(line("L1"), delivered=DELIVERED)
    at = parse_utc("2026-06-10T12:00:00Z")
    session = ReturnSession(POLICY, fixed_clock(at), clock_unsure=True)
    session.start()
    session.order_found(bought)
    assert session.availability["L1"].verdict is Verdict.NEEDS_APPROVAL
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "changed_mind", "unopened")
    session.next()
    assert [d.message_key for d in session.held_lines()] == ["clock_unsure"]
    session.approve(Approval("M001", "goodwill", at, "needs_approval", "L1"))
    assert [d.line_id for d in session.accepted_lines()] == ["L1"]


def test_the_offset_is_read_from_the_date_header_at_the_middle_of_the_round_trip() -> None:
    sent = datetime(2026, 11, 27, 15, 0, 0, tzinfo=timezone.utc)
    received = sent + timedelta(seconds=2)
    assert offset_from_date("Fri, 27 Nov 2026 15:10:01 GMT", sent, received) == timedelta(minutes=10)
    assert offset_from_date("Fri, 27 Nov 2026 14:59:01 GMT", sent, received) == -timedelta(minutes=1)
    assert offset_from_date(None, sent, received) is None
    assert offset_from_date("yesterday, roughly", sent, received) is None


def test_the_limit_comes_from_the_policy_and_defaults_to_five_minutes() -> None:
    assert POLICY.approval.max_clock_offset == timedelta(minutes=5) == clock_limit(demo_document())
    document = demo_document()
    document["approval"] = {**document.get("approval", {}), "max_clock_offset_minutes": 2}
    assert clock_limit(document) == timedelta(minutes=2) == parse_policy(document).approval.max_clock_offset
    document["approval"]["max_clock_offset_minutes"] = 0
    with pytest.raises(PolicyError, match="max_clock_offset_minutes"):
        parse_policy(document)
    assert not clock_unsure(None, timedelta(minutes=5))  # never measured: no reason to doubt
    assert not clock_unsure(timedelta(minutes=-5), timedelta(minutes=5))
    assert clock_unsure(timedelta(minutes=5, seconds=1), timedelta(minutes=5))
    assert clock_unsure(-timedelta(hours=3), timedelta(minutes=5))


def test_staff_read_the_offset_in_plain_words() -> None:
    assert describe_offset(timedelta(seconds=1)) == "in step with central"
    assert describe_offset(timedelta(seconds=40)) == "40 s behind central"
    assert describe_offset(-timedelta(minutes=7)) == "7 min ahead of central"
