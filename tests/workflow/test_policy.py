"""Parsing and validating policy documents: good ones load, bad ones are refused with every problem."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from kiosk.resources import resource
from kiosk.workflow.cases import Resolution
from kiosk.workflow.policy import PolicyError, Problem, load_policy_file, parse_policy

DEMO = resource("demo", "policy.json")


def demo_document() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def problems_of(document: Any) -> list[Problem]:
    with pytest.raises(PolicyError) as caught:
        parse_policy(document)
    return caught.value.problems


def test_demo_policy_loads_with_its_version_zone_and_currency() -> None:
    policy = load_policy_file(DEMO)
    assert policy.version == "demo-2026.11-1"
    assert policy.effective_at == datetime(2026, 11, 1, tzinfo=timezone.utc)
    assert (policy.timezone, policy.currency) == ("America/New_York", "USD")
    assert policy.document["version"] == policy.version


def test_demo_policy_offers_credit_and_exchange_before_refund() -> None:
    policy = load_policy_file(DEMO)
    assert policy.resolutions() == (Resolution.STORE_CREDIT, Resolution.EXCHANGE, Resolution.REFUND, Resolution.KEEP_ITEM)


def test_disabled_resolutions_are_not_offered() -> None:
    document = demo_document()
    document["resolutions"]["exchange"]["enabled"] = False
    del document["resolutions"]["keep_item"]
    assert parse_policy(document).resolutions() == (Resolution.STORE_CREDIT, Resolution.REFUND)


def test_reason_lookup_returns_its_rules_and_refuses_unknown_codes() -> None:
    policy = load_policy_file(DEMO)
    wrong = policy.reason("wrong_item")
    assert wrong.waives_restocking_fee and wrong.refunds_shipping and wrong.allows_keep_item
    assert policy.reason("too_small").sub_reasons == ("length", "width", "overall")
    with pytest.raises(KeyError):
        policy.reason("bored")


def test_document_is_a_detached_json_copy() -> None:
    document = demo_document()
    policy = parse_policy(document)
    document["version"] = "changed later"
    assert policy.document["version"] == "demo-2026.11-1"
    assert parse_policy(json.loads(policy.to_json())) == policy


@pytest.mark.parametrize(
    ("change", "path", "fragment"),
    [
        (lambda d: d["rules"]["categories"][2].update(window_days=-1), "rules.categories[2].window_days", "less than the minimum"),
        (lambda d: d["rules"]["categories"][1].pop("window_days"), "rules.categories[1].window_days", "is required"),
        (lambda d: d.pop("version"), "version", "is required"),
        (lambda d: d.update(currency="usd"), "currency", "does not match"),
        (lambda d: d["rules"].update(colour="red"), "rules", "colour"),
        (lambda d: d["reasons"][0].update(requires_note="yes"), "reasons[0].requires_note", "not of type 'boolean'"),
        (lambda d: d["rules"]["restocking_fees"][0].update(fee_bp=10001), "rules.restocking_fees[0].fee_bp", "maximum"),
        (lambda d: d["rules"]["extended_windows"][0].update(returnable_until="2026-02-30"), "rules.extended_windows[0].returnable_until", "date"),
        (lambda d: d.update(timezone="Mars/Olympus"), "timezone", "unknown time zone"),
        (lambda d: d.update(effective_at="2026-11-01T00:00:00 no zone"), "effective_at", "ISO 8601"),
        (lambda d: d["rules"]["categories"].append({"category": "shoes", "window_days": 5}), "rules.categories[4].category", "more than once"),
        (lambda d: d["reasons"].append(dict(d["reasons"][0])), "reasons[7].code", "more than once"),
        (lambda d: d["reasons"][2]["conditions"].append("soggy"), "reasons[2].conditions[2]", "unknown condition 'soggy'"),
        (lambda d: d["rules"]["restocking_fees"][0]["conditions"].append("worn"), "rules.restocking_fees[0].conditions[1]", "unknown condition"),
        (lambda d: d["rules"]["extended_windows"][0].update(purchased_to="2025-10-01"), "rules.extended_windows[0].purchased_to", "before purchased_from"),
        (lambda d: d["rules"]["extended_windows"][0].update(returnable_until="2025-12-01"), "rules.extended_windows[0].returnable_until", "before purchased_to"),
        (lambda d: [r.update(enabled=False) for r in d["resolutions"].values()], "resolutions", "at least one"),
    ],
)
def test_bad_field_is_refused_with_its_path(change: Any, path: str, fragment: str) -> None:
    document = demo_document()
    change(document)
    problems = problems_of(document)
    assert any(p.path == path and fragment in p.message for p in problems), problems


def test_every_problem_is_reported_at_once() -> None:
    document = demo_document()
    document["rules"]["categories"][0]["window_days"] = "thirty"
    document["currency"] = "dollars"
    document["timezone"] = "Nowhere/Land"
    document["reasons"][1]["conditions"] = ["mint"]
    paths = {p.path for p in problems_of(document)}
    assert {"rules.categories[0].window_days", "currency", "timezone", "reasons[1].conditions[0]"} <= paths


def test_error_text_lists_every_problem_with_its_path() -> None:
    document = demo_document()
    document["currency"] = "dollars"
    document["rules"]["window_days"] = -3
    text = str(PolicyError(problems_of(document)))
    assert "currency:" in text and "rules.window_days:" in text


def test_a_policy_that_is_not_an_object_is_refused() -> None:
    assert problems_of(["not", "a", "policy"])[0].message == "a policy must be a JSON object"


def test_broken_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text('{\n  "version": "1",\n  "currency": USD\n}\n', encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy_file(path)
    assert "line 3, column 15" in str(caught.value)


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy_file(tmp_path / "absent.json")


def test_parsing_does_not_change_the_callers_document() -> None:
    document = demo_document()
    before = copy.deepcopy(document)
    parse_policy(document)
    assert document == before


def test_tag_window_wins_over_category_window() -> None:
    policy = parse_policy(demo_document())
    assert policy.window_for("apparel", ("clearance",)).days == 14
    assert policy.window_for("apparel", ("new",)).days == 30
    assert policy.window_for("toys", ()).path == "rules.window_days"
