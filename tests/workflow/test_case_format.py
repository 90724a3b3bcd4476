"""The return case format: what ``ReturnCase.to_dict`` writes is resources/schemas/return_case.schema.json,
and ``from_dict`` reads every version of it, keeping what a newer version added."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from kiosk.demo import showcase_orders
from kiosk.resources import resource
from kiosk.workflow.cases import SCHEMA_VERSION, Approval, Resolution, ReturnCase
from kiosk.workflow.ids import CaseId, mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import load_policy_file
from kiosk.workflow.wizard import ReturnSession

NOW = datetime(2026, 11, 27, 15, tzinfo=timezone.utc)
POLICY = load_policy_file(resource("demo", "policy.json"))
FULL = Order.from_dict(showcase_orders(NOW)[0])
SCHEMA = json.loads(resource("schemas", "return_case.schema.json").read_text(encoding="utf-8"))


def wizard_case(resolution: Resolution, order: Order = FULL, approval: Approval | None = None) -> ReturnCase:
    """A case as the kiosk's wizard builds it: one unit of L1, too small, unopened."""
    session = ReturnSession(POLICY, lambda: NOW)
    session.start()
    session.order_found(order)
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "too_small", "unopened")
    session.next()
    if approval is not None:
        session.approve(approval)
    session.next()
    session.choose_resolution(resolution)
    session.next()
    return session.build_case(case_id=CaseId(f"case-{resolution.value}"), code=mint_return_code(1234),
                              device_id="kiosk-1")


def expensive() -> Order:
    """FULL with L1 priced past the policy's refund limit: it needs a manager's approval."""
    data = FULL.to_dict()
    data.update(number="R1", discounts=[], tenders=[{"kind": "card", "amount": 60000}],
                lines=[{**data["lines"][0], "unit_price": 60000, "tax": 0}])
    return Order.from_dict(data)


def real_cases() -> list[ReturnCase]:
    held = Approval("M001", "customer_goodwill", NOW, "needs_approval", "L1")
    return [wizard_case(Resolution.REFUND), wizard_case(Resolution.STORE_CREDIT),
            wizard_case(Resolution.REFUND, expensive(), held)]


def test_the_kiosk_writes_the_version_the_schema_describes():
    assert SCHEMA["x-schema-version"] == SCHEMA_VERSION
    assert all(case.to_dict()["schema_version"] == SCHEMA_VERSION for case in real_cases())


@pytest.mark.parametrize("case", real_cases(), ids=lambda case: case.id)
def test_cases_the_wizard_builds_are_what_the_schema_describes(case):
    Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(case.to_dict())


def test_the_schema_names_every_field_the_kiosk_writes():
    case = wizard_case(Resolution.REFUND, expensive(), Approval("M001", "goodwill", NOW, "needs_approval", "L1"))
    written = case.to_dict()
    items = {name: SCHEMA["properties"][name]["items"]["properties"] for name in ("lines", "tender_refunds",
                                                                                 "approvals")}
    assert set(written) == set(SCHEMA["properties"])
    for name, properties in items.items():
        assert written[name] and all(set(entry) == set(properties) for entry in written[name]), name


def test_a_version_1_case_reads_as_it_always_did():
    case = wizard_case(Resolution.REFUND)
    version_1 = case.to_dict()
    del version_1["schema_version"]  # what kiosks wrote before there were versions
    read = ReturnCase.from_dict(version_1, customer_email=case.customer_email, customer_name=case.customer_name)
    assert read == case
    assert read.to_dict() == {**version_1, "schema_version": SCHEMA_VERSION}


def newer(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` as a kiosk one version newer would write it, with fields this one does not know."""
    written = copy.deepcopy(document)
    written.update(schema_version=SCHEMA_VERSION + 1, carbon_grams=420, pickup={"locker": "B7"})
    written["lines"][0]["serial_number"] = "SN-0042"
    written["tender_refunds"][0]["network"] = "visa"
    written["approvals"][0]["device_role"] = "counter"
    return written


def test_fields_of_a_newer_version_are_kept_where_they_were():
    case = wizard_case(Resolution.REFUND, expensive(), Approval("M001", "goodwill", NOW, "needs_approval", "L1"))
    document = newer(case.to_dict())
    read = ReturnCase.from_dict(document)
    assert read.unknown_fields == {"carbon_grams": 420, "pickup": {"locker": "B7"}}
    assert read.lines[0].unknown_fields == {"serial_number": "SN-0042"}
    assert read.to_dict() == {**document, "schema_version": SCHEMA_VERSION}  # written by this version, keeping all
    assert ReturnCase.from_dict(read.to_dict()) == read
