"""Return authorisations at central: created by kiosk.workflow, fed to the store's kiosks,
looked up live, dropped off exactly once at intake."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central import cli
from central.models import Order
from central.models_authorisations import Authorisation
from central.ops import authorisations as authorisation_ops
from central.ops import events, refunds
from kiosk import demo
from kiosk.workflow.authorisations import mint_authorisation_code, parse_authorisation_code, qr_payload
from kiosk.workflow.cases import Resolution
from tests.central.support import (
    NOW,
    Central,
    Pick,
    honest_case,
    order_document,
    order_line,
    policy_document,
)


def authorise(central: Central, document: dict[str, Any], *, store_id: str | None, line_id: str = "L1",
              quantity: int = 1, reason: str = "changed_mind", condition: str | None = "unopened",
              code: str | None = None) -> str:
    """What the shopper web page does when the shopper confirms a drop-off."""
    with central.db.writing() as session:
        order = session.scalar(select(Order).where(Order.number_key == document["number"].upper()))
        assert order is not None
        row = authorisation_ops.create(
            session, central.server.app.state.context.policies, order,
            [authorisation_ops.Requested(line_id, quantity, reason, condition)], Resolution.REFUND, store_id,
            central.clock(), code=code)
        return row.code


def pull(kiosk: Any, cursor: str | None = None) -> tuple[list[dict[str, Any]], str]:
    got: list[dict[str, Any]] = []
    while True:
        answer = kiosk.get("/v1/authorisations/changes", params={"cursor": cursor} if cursor else {})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        got += body["authorisations"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return got, cursor


def instructions_for(central: Central, order_number: str) -> list[dict[str, Any]]:
    """The refund instructions of an order in the feed the payment side pulls."""
    service = refunds.add_service(central.db, f"pay-{uuid.uuid4().hex[:8]}", central.clock())
    got: list[dict[str, Any]] = []
    cursor = None
    with httpx.Client(base_url=central.url, headers={"Authorization": f"Bearer {service.token}"}) as payments:
        while True:
            page = payments.get("/v1/refunds/instructions", params={"cursor": cursor} if cursor else {}).json()
            got += [i for i in page["instructions"] if i["order_number"] == order_number]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return got


def dropoff_case(document: dict[str, Any], code: str, kiosk: Any, **kwargs: Any) -> dict[str, Any]:
    case = honest_case(document, [Pick("L1")], device_id=kiosk.device_id, **kwargs)
    case["authorisation_code"] = code
    case["store_id"] = kiosk.store_id
    return case


def test_a_store_feed_holds_its_own_and_any_store_authorisations_and_lookup_finds_any(central):
    here, elsewhere = central.new_store(), central.new_store()
    kiosk = central.kiosk(here)
    orders = [order_document(here), order_document(here), order_document(elsewhere)]
    central.load(*orders)
    mine = authorise(central, orders[0], store_id=here)
    anywhere = authorise(central, orders[1], store_id=None)
    theirs = authorise(central, orders[2], store_id=elsewhere)

    feed, _ = pull(kiosk)

    codes = {a["code"] for a in feed}
    assert {mine, anywhere} <= codes and theirs not in codes
    served = next(a for a in feed if a["code"] == mine)
    assert served["status"] == "authorised" and served["store_id"] == here
    assert served["order_number"] == orders[0]["number"] and served["currency"] == "USD"
    assert served["lines"] == [{"line_id": "L1", "sku": "SKU-L1", "title": "Item L1", "quantity": 1,
                                "reason_code": "changed_mind", "condition": "unopened", "gtin": None,
                                "image_url": None}]
    assert served["expires_at"] == "2026-12-11T15:00:00Z"  # 14 days: the policy names no other
    looked_up = kiosk.get(f"/v1/authorisations/{qr_payload(theirs)}")
    assert looked_up.status_code == 200 and looked_up.json()["code"] == theirs
    assert kiosk.get(f"/v1/authorisations/{theirs.replace('-', '').lower()}").json()["store_id"] == elsewhere


def test_codes_whose_check_character_is_a_symbol_are_looked_up(central):
    store = central.new_store()
    kiosk = central.kiosk(store)
    documents = [order_document(store) for _ in "*~$="]
    central.load(*documents)
    codes = [next(c for c in map(mint_authorisation_code, range(1000)) if c.endswith(symbol)) for symbol in "*~$="]
    for document, code in zip(documents, codes):
        authorise(central, document, store_id=store, code=code)

    found = [kiosk.get(f"/v1/authorisations/{code}") for code in codes]

    assert [(a.status_code, a.json().get("code")) for a in found] == [(200, code) for code in codes]


def test_an_unknown_or_mistyped_code_is_404_and_the_feed_needs_a_device_token(central):
    kiosk = central.kiosk()
    assert kiosk.get("/v1/authorisations/AAAA-AAAA-AAAA").json()["error"]["code"] == "authorisation_unknown"
    assert kiosk.get("/v1/authorisations/not-a-code").status_code == 404
    assert kiosk.http.get("/v1/authorisations/changes", headers={"Authorization": ""}).status_code == 401


def test_a_line_cannot_be_authorised_twice_past_what_was_bought(central):
    store = central.new_store()
    document = order_document(store, lines=[order_line("L1", quantity=1)])
    central.load(document)
    authorise(central, document, store_id=store)
    with pytest.raises(authorisation_ops.NothingAuthorised):
        authorise(central, document, store_id=store)


def test_a_final_sale_line_is_refused_online_by_the_same_policy_engine(central):
    store = central.new_store()
    document = order_document(store, lines=[order_line("L1", final_sale=True)])
    central.load(document)
    with pytest.raises(authorisation_ops.NothingAuthorised):
        authorise(central, document, store_id=store)


def test_a_drop_off_marks_it_dropped_off_in_the_feed_and_a_later_case_is_refused(central):
    store = central.new_store()
    first, second = central.kiosk(store), central.kiosk(store)
    document = order_document(store, lines=[order_line("L1", quantity=2)])
    central.load(document)
    code = authorise(central, document, store_id=store)
    _, cursor = pull(first)

    taken = first.post_case(dropoff_case(document, code, first))
    assert taken.status_code == 201, taken.text
    again = first.post_case(dropoff_case(document, code, first))  # another case, same authorisation

    assert again.status_code == 409 and again.json()["error"]["code"] == "authorisation_taken"
    changes, _ = pull(second, cursor)
    assert [(a["code"], a["status"]) for a in changes] == [(code, "dropped_off")]
    assert first.get(f"/v1/authorisations/{code}").json()["status"] == "dropped_off"
    fresh, _ = pull(central.kiosk(store))
    assert code not in {a["code"] for a in fresh}  # a kiosk syncing from scratch gets open ones only
    logged = events.events(central.db, subject=f"authorisation {code}")
    assert [(e.kind, e.actor) for e in logged] == [("authorisation_created", "shopper-web"),
                                                   ("authorisation_dropped_off", first.device_id)]


def test_a_case_of_another_order_cannot_drop_off_an_authorisation(central):
    store = central.new_store()
    kiosk = central.kiosk(store)
    authorised, other = order_document(store), order_document(store)
    central.load(authorised, other)
    code = authorise(central, authorised, store_id=store)

    refused = kiosk.post_case(dropoff_case(other, code, kiosk))

    assert refused.status_code == 422 and refused.json()["error"]["code"] == "authorisation_other_order"
    assert kiosk.get(f"/v1/authorisations/{code}").json()["status"] == "authorised"


def test_an_authorisation_is_refunded_when_the_payment_side_pays_its_drop_off(central):
    store = central.new_store()
    kiosk = central.kiosk(store)
    document = order_document(store, lines=[order_line("L1", quantity=2)])
    central.load(document)
    code = authorise(central, document, store_id=store)
    assert kiosk.post_case(dropoff_case(document, code, kiosk)).status_code == 201
    service = refunds.add_service(central.db, f"pay-{uuid.uuid4().hex[:8]}", central.clock())
    [instruction] = instructions_for(central, document["number"])

    paid = httpx.post(f"{central.url}/v1/refunds/{instruction['id']}/result", timeout=30,
                      headers={"Authorization": f"Bearer {service.token}"},
                      json={"outcome": "paid", "reason": "", "reference": "psp-1"})

    assert paid.status_code == 200, paid.text
    assert kiosk.get(f"/v1/authorisations/{code}").json()["status"] == "refunded"


def test_two_kiosks_racing_for_one_authorisation_exactly_one_wins(central):
    store = central.new_store()
    kiosks = [central.kiosk(store), central.kiosk(central.new_store())]
    document = order_document(store, lines=[order_line("L1", quantity=2)])
    central.load(document)
    code = authorise(central, document, store_id=None)
    cases = [dropoff_case(document, code, k) for k in kiosks]
    answers: list[Any] = [None, None]
    start = threading.Barrier(2)

    def post(i: int) -> None:
        start.wait()
        answers[i] = kiosks[i].post_case(cases[i])

    threads = [threading.Thread(target=post, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201, 409], [a.text for a in answers]
    loser = next(a for a in answers if a.status_code == 409)
    assert loser.json()["error"]["code"] == "authorisation_taken"
    winner = cases[[a.status_code for a in answers].index(201)]
    with central.db.reading() as session:
        row = session.get(Authorisation, parse_authorisation_code(code))
        assert row is not None and row.status == "dropped_off" and row.return_id == winner["id"]
    assert [(i["return_code"], i["amount"]) for i in instructions_for(central, document["number"])] == [
        (winner["code"], winner["refund_total"])]  # the drop-off's refund is in the payment side's feed
    # the loser's case was not stored: its units are still there to return
    assert kiosks[0].get("/v1/orders/lookup", params={"number": document["number"],
                                                      "email": document["customer"]["email"]}
                         ).json()["lines"][0]["quantity_returned"] == 1


def test_expiry_comes_from_the_policy_and_an_expired_authorisation_is_not_dropped_off(fresh_central):
    central = fresh_central()
    central.set_policy(policy_document("auth-3-days", authorisations={"valid_days": 3}))
    store = central.new_store()
    kiosk = central.kiosk(store)
    document = order_document(store, lines=[order_line("L1", quantity=2)])
    central.load(document)
    code = authorise(central, document, store_id=store)
    assert kiosk.get(f"/v1/authorisations/{code}").json()["expires_at"] == "2026-11-30T15:00:00Z"

    central.clock.advance(days=4)
    late = dropoff_case(document, code, kiosk, at=NOW + timedelta(days=4),
                        policy_doc=policy_document("auth-3-days", authorisations={"valid_days": 3}))

    assert kiosk.get(f"/v1/authorisations/{code}").json()["status"] == "expired"
    refused = kiosk.post_case(late)
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "authorisation_expired"
    with central.db.writing() as session:
        assert authorisation_ops.expire_due(session, central.clock()) == 1


def test_the_demo_orders_get_two_authorisations_that_the_cli_lists(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    orders_file = tmp_path / "demo.jsonl"
    orders_file.write_text("".join(json.dumps(o) + "\n" for o in demo.generate_orders(NOW, count=5)))
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps(policy_document()))
    for command in (["add-store", "S001"], ["load-orders", str(orders_file)], ["set-policy", str(policy_file)]):
        assert cli.main(["--db", db, *command], clock=lambda: NOW) == 0
    capsys.readouterr()

    assert cli.main(["--db", db, "authorisations", "demo"], clock=lambda: NOW) == 0
    made = capsys.readouterr().out
    assert cli.main(["--db", db, "authorisations", "list", "--json"], clock=lambda: NOW) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert cli.main(["--db", db, "authorisations", "receive", listed[0]["code"]], clock=lambda: NOW) == 1

    codes = [demo.demo_online_code(number, line) for number, line, *_ in demo.DEMO_ONLINE_RETURNS]
    assert all(code in made for code in codes)
    assert sorted((a["code"], a["order_number"], a["store_id"], a["status"]) for a in listed) == sorted(
        [(codes[0], "R100001", None, "authorised"), (codes[1], "R100002", "S001", "authorised")])
    assert "no dropped-off authorisation" in capsys.readouterr().err
