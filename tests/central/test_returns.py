"""Return intake: exactly once per case id, never past what was bought, re-checked against the policy."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from central.models import Return
from central.ops import backoffice
from kiosk.workflow.cases import Resolution
from tests.central.support import (
    NOW,
    Pick,
    approval,
    honest_case,
    order_document,
    order_line,
    policy_document,
    tampered,
)


def stored(central, case_id):
    with central.db.reading() as session:
        return session.get(Return, case_id)


def count_returns(central, order_number):
    with central.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Return).where(Return.order_number == order_number))


def test_a_case_is_accepted_once_and_a_replay_gets_the_first_answer(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=2)])
    central.load(order)
    case = honest_case(order, [Pick("L1")], device_id=kiosk.device_id)
    first = kiosk.post_case(case)
    assert first.status_code == 201, first.text
    receipt = first.json()
    assert receipt["status"] == "accepted" and receipt["disagreements"] == []
    assert receipt["lines"] == [{"line_id": "L1", "quantity_left": 1}]
    central.clock.advance(days=60)  # a kiosk that was offline for weeks sends it again
    again = kiosk.post_case(case)
    assert (again.status_code, again.content) == (201, first.content)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert count_returns(central, order["number"]) == 1


def test_the_same_key_with_another_body_is_refused(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    assert kiosk.post_case(case).status_code == 201
    changed = kiosk.post_case(tampered(case, staff_id="someone-else"))
    assert changed.status_code == 422
    assert changed.json()["error"]["code"] == "idempotency_key_reused"
    assert stored(central, case["id"]).body["staff_id"] is None


def test_the_key_must_be_the_case_id(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    response = kiosk.post_case(case, key="another-key")
    assert response.status_code == 422 and response.json()["error"]["code"] == "idempotency_key_mismatch"
    assert stored(central, case["id"]) is None


def test_no_line_goes_past_what_was_bought_counting_every_device(central):
    first_kiosk = central.kiosk()
    second_kiosk = central.kiosk(first_kiosk.store_id)
    order = order_document(first_kiosk.store_id, lines=[order_line("L1", quantity=2), order_line("L2")])
    central.load(order)
    assert first_kiosk.post_case(honest_case(order, [Pick("L1")])).status_code == 201
    too_many = honest_case(order, [Pick("L1", 2), Pick("L2")])  # decided offline before the first return
    refused = second_kiosk.post_case(too_many)
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["code"] == "over_return"
    assert error["lines"] == [{"line_id": "L1", "requested": 2, "quantity_left": 1}]
    assert second_kiosk.post_case(too_many).content == refused.content  # the refusal is the first answer too
    assert second_kiosk.post_case(honest_case(order, [Pick("L1"), Pick("L2")])).status_code == 201
    last = second_kiosk.post_case(honest_case(order, [Pick("L1")]))
    assert last.json()["error"]["lines"] == [{"line_id": "L1", "requested": 1, "quantity_left": 0}]


def test_returns_the_commerce_platform_knows_of_count_too(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=2, quantity_returned=1)])
    central.load(order)
    case = honest_case(tampered(order, lines=[order_line("L1", quantity=2)]), [Pick("L1", 2)])
    response = kiosk.post_case(case)
    assert response.status_code == 409
    assert response.json()["error"]["lines"][0]["quantity_left"] == 1


def test_reloading_an_order_from_the_platform_keeps_returns_taken_here(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=1)])
    central.load(order)
    assert kiosk.post_case(honest_case(order, [Pick("L1")])).status_code == 201
    central.load(tampered(order, customer={**order["customer"], "name": "Sam Q. Shopper"}))
    assert kiosk.post_case(honest_case(order, [Pick("L1")])).status_code == 409


def test_a_refused_case_shows_in_the_returns_feed_and_frees_nothing(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=1)])
    central.load(order)
    kept = honest_case(order, [Pick("L1")])
    late = honest_case(order, [Pick("L1")])
    kiosk.post_case(kept)
    kiosk.post_case(late)
    feed = kiosk.get("/v1/returns/changes").json()
    assert [(r["id"], r["status"]) for r in feed["returns"]] == [(kept["id"], "accepted"), (late["id"], "refused")]


def test_settling_a_return_reaches_the_kiosk_and_a_refusal_frees_its_units(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=1)])
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    kiosk.post_case(case)
    cursor = kiosk.get("/v1/returns/changes").json()["next_cursor"]
    _orders, order_cursor, _total = kiosk.pull_orders()
    backoffice.set_status(central.db, case["code"], "refused", central.clock())
    changes = kiosk.get("/v1/returns/changes", params={"cursor": cursor}).json()["returns"]
    assert [(r["id"], r["status"]) for r in changes] == [(case["id"], "refused")]
    orders, _cursor, _total = kiosk.pull_orders(order_cursor)
    assert orders[0]["lines"][0]["quantity_returned"] == 0
    assert kiosk.post_case(honest_case(order, [Pick("L1")])).status_code == 201


def test_an_unknown_order_or_line_is_refused_and_nothing_is_stored(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    unknown_order = honest_case(order, [Pick("L1")])
    response = kiosk.post_case(unknown_order)
    assert response.status_code == 422 and response.json()["error"]["code"] == "unknown_order"
    central.load(order)
    bad_line = json.loads(json.dumps(honest_case(order, [Pick("L1")])))
    bad_line["lines"][0]["line_id"] = "L9"
    response = kiosk.post_case(bad_line)
    assert response.status_code == 422 and response.json()["error"]["line_ids"] == ["L9"]
    assert stored(central, unknown_order["id"]) is None and stored(central, bad_line["id"]) is None
    assert kiosk.post_case(unknown_order).status_code == 201  # refusals of this kind are not remembered


def test_the_posting_device_and_its_store_are_recorded(central):
    kiosk = central.kiosk()
    order = order_document(central.new_store())  # bought online, returned in this store
    central.load(order)
    case = honest_case(order, [Pick("L1")], device_id="kiosk-label")
    assert kiosk.post_case(case).status_code == 201
    exported = [e for e in backoffice.export_returns(central.db) if e["id"] == case["id"]]
    assert exported[0]["device_id"] == kiosk.device_id and exported[0]["store_id"] == kiosk.store_id
    assert exported[0]["case"]["device_id"] == "kiosk-label"
    assert [r["id"] for r in kiosk.get("/v1/returns/changes").json()["returns"]] == [case["id"]]


def test_an_amount_the_policy_does_not_give_is_kept_for_review(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    case["lines"][0]["refund_amount"] += 500
    case["refund_total"] += 500
    case["tender_refunds"][0]["amount"] += 500
    response = kiosk.post_case(case)
    assert response.status_code == 201
    receipt = response.json()
    assert receipt["status"] == "review"
    kinds = {d["kind"]: d for d in receipt["disagreements"]}
    assert set(kinds) == {"amount", "total", "tender_refunds"}
    assert kinds["amount"]["kiosk"] - kinds["amount"]["server"] == 500
    assert [r["status"] for r in kiosk.get("/v1/returns/changes").json()["returns"]] == ["review"]
    review = list(backoffice.export_returns(central.db, status="review", store_id=kiosk.store_id))
    assert [e["id"] for e in review] == [case["id"]] and review[0]["disagreements"] == receipt["disagreements"]


def test_a_verdict_the_policy_does_not_give_is_kept_for_review(central):
    kiosk = central.kiosk()
    late = order_document(kiosk.store_id, placed="2026-09-01T15:00:00Z", delivered="2026-09-03T15:00:00Z")
    central.load(late)
    priced_as_if_on_time = honest_case(late, [Pick("L1")], at=NOW - timedelta(days=70))
    case = tampered(priced_as_if_on_time, created_at="2026-11-27T15:00:00Z")
    receipt = kiosk.post_case(case).json()
    assert receipt["status"] == "review"
    assert [(d["kind"], d["line_id"], d["kiosk"], d["server"]) for d in receipt["disagreements"]] == [
        ("verdict", "L1", "eligible", "ineligible")]


def test_a_managers_approval_lets_a_held_back_line_through(central):
    kiosk = central.kiosk()
    in_grace = order_document(kiosk.store_id, placed="2026-10-20T15:00:00Z", delivered="2026-10-26T15:00:00Z",
                              lines=[order_line("L1", quantity=2)])
    central.load(in_grace)
    approved = honest_case(in_grace, [Pick("L1")], approvals=[approval("L1")])
    assert kiosk.post_case(approved).json() | {"received_at": None} == {
        "id": approved["id"], "code": approved["code"], "status": "accepted", "received_at": None,
        "disagreements": [], "lines": [{"line_id": "L1", "quantity_left": 1}]}
    unapproved = tampered(honest_case(in_grace, [Pick("L1")], approvals=[approval("L1")]), approvals=[])
    receipt = kiosk.post_case(unapproved).json()
    assert receipt["status"] == "review"
    assert receipt["disagreements"][0]["server"] == "needs_approval"


def test_a_managers_approval_can_override_a_refusal(central):
    kiosk = central.kiosk()
    final_sale = order_document(kiosk.store_id, lines=[order_line("L1", quantity=2, final_sale=True)])
    central.load(final_sale)
    as_if_returnable = tampered(final_sale, lines=[order_line("L1", quantity=2)])
    approved = honest_case(as_if_returnable, [Pick("L1")], approvals=[approval("L1", "ineligible")])
    assert kiosk.post_case(approved).json()["status"] == "accepted"
    receipt = kiosk.post_case(honest_case(as_if_returnable, [Pick("L1")])).json()
    assert receipt["status"] == "review"
    assert receipt["disagreements"][0]["server"] == "ineligible"


def test_an_exchange_and_store_credit_are_checked_too(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=3)])
    central.load(order)

    def as_synced():  # the order as the kiosk's cache holds it now: earlier returns decide unit values
        return kiosk.get("/v1/orders/lookup", params={"number": order["number"], "email": order["customer"]["email"].lower()}).json()

    for resolution in (Resolution.STORE_CREDIT, Resolution.EXCHANGE):
        receipt = kiosk.post_case(honest_case(as_synced(), [Pick("L1")], resolution=resolution)).json()
        assert (receipt["status"], receipt["disagreements"]) == ("accepted", [])
    credit = honest_case(as_synced(), [Pick("L1")], resolution=Resolution.STORE_CREDIT)
    credit["credit_total"] -= 1
    assert [d["kind"] for d in kiosk.post_case(credit).json()["disagreements"]] == ["total"]


def test_a_case_is_rechecked_under_the_policy_version_the_kiosk_used(fresh_central):
    central = fresh_central()
    central.set_policy(policy_document("generous"))
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, placed="2026-11-01T15:00:00Z", delivered="2026-11-05T15:00:00Z")
    central.load(order)
    decided = honest_case(order, [Pick("L1")], policy_doc=policy_document("generous"))
    strict = policy_document("strict")
    strict["rules"]["window_days"] = 7
    strict["rules"]["categories"] = []
    strict["rules"]["extended_windows"] = []
    central.set_policy(strict)
    assert kiosk.post_case(decided).json()["status"] == "accepted"
    unknown = honest_case(order, [Pick("L1")], policy_doc=policy_document("never-served"))
    receipt = kiosk.post_case(unknown).json()
    assert receipt["status"] == "review" and receipt["disagreements"][0]["kind"] == "policy_version"


def test_the_shoppers_returns_at_every_store_count_towards_the_frequent_returns_rule(fresh_central):
    central = fresh_central()
    document = policy_document("frequent-1")
    document["approval"]["frequent_returns"] = {"period_days": 90, "max_returns": 1}
    central.set_policy(document)
    here, elsewhere = central.kiosk(), central.kiosk()
    first = order_document(elsewhere.store_id, email="Frequent@Example.com")
    second = order_document(here.store_id, email="FREQUENT@example.com")
    central.load(first, second)
    assert elsewhere.post_case(honest_case(first, [Pick("L1")], policy_doc=document)).json()["status"] == "accepted"
    receipt = here.post_case(honest_case(second, [Pick("L1")], policy_doc=document)).json()
    assert receipt["status"] == "review"
    assert receipt["disagreements"][0]["server"] == "needs_approval"
