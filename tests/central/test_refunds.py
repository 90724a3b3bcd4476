"""Refund settlement against the real server: card refunds become instructions in the payment
side's feed, answers are idempotent both ways, and the return's status follows (seen by kiosks)."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from central.cli import main
from central.models import Order
from central.models_authorisations import Authorisation
from central.ops import authorisations as authorisation_ops
from central.ops import backoffice, events
from kiosk.workflow.cases import Resolution
from tests.central.outcome_cases import (
    instructions_of,
    payment_side,
    pull_instructions,
    refund_case,
    return_status,
    store_credit_case,
)
from tests.central.support import Pick, honest_case, order_document, tampered


def answer(client, instruction_id, outcome, reason="", reference=""):
    return client.post(f"/v1/refunds/{instruction_id}/result",
                       json={"outcome": outcome, "reason": reason, "reference": reference})


def test_a_card_refund_is_paid_through_the_feed_and_the_kiosk_sees_refunded(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    case = refund_case(central, kiosk)
    [instruction] = instructions_of(payments, case)
    tender = case["tender_refunds"][0]
    assert (instruction["tender_kind"], instruction["amount"], instruction["currency"]) == ("card", tender["amount"],
                                                                                            "USD")
    assert (instruction["status"], instruction["return_code"], instruction["store_id"]) == ("pending", case["code"],
                                                                                            kiosk.store_id)
    assert instruction["tender_reference"] == "visa-4242"
    assert return_status(kiosk, case["id"]) == "accepted"
    paid = answer(payments, instruction["id"], "paid", reference="psp-778")
    assert paid.status_code == 200, paid.text
    assert (paid.json()["status"], paid.json()["reference"]) == ("paid", "psp-778")
    assert return_status(kiosk, case["id"]) == "refunded"
    assert instructions_of(payments, case)[0]["status"] == "paid"  # answered ones come again with their status


def test_a_failed_refund_puts_the_return_in_refund_failed_for_staff(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    case = refund_case(central, kiosk)
    [instruction] = instructions_of(payments, case)
    no_reason = answer(payments, instruction["id"], "failed")
    assert (no_reason.status_code, no_reason.json()["error"]["code"]) == (422, "reason_required")
    failed = answer(payments, instruction["id"], "failed", reason="card expired")
    assert failed.status_code == 200 and failed.json()["reason"] == "card expired"
    assert return_status(kiosk, case["id"]) == "refund_failed"
    backoffice.set_status(central.db, case["code"], "refunded", central.clock())  # staff paid it another way
    assert return_status(kiosk, case["id"]) == "refunded"


def test_answers_are_idempotent_both_ways_and_final(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    case = refund_case(central, kiosk)
    [instruction] = instructions_of(payments, case)
    first = answer(payments, instruction["id"], "paid", reference="psp-1")
    again = answer(payments, instruction["id"], "paid", reference="psp-1")
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    other = answer(payments, instruction["id"], "failed", reason="changed our mind")
    assert (other.status_code, other.json()["error"]["code"]) == (409, "refund_answered")
    assert return_status(kiosk, case["id"]) == "refunded"
    assert [e.kind for e in events.events(central.db, subject=f"refund {instruction['id']}")] == ["refund_answered"]
    unknown = answer(payments, 10**9, "paid")
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (404, "refund_unknown")


def test_a_return_is_refunded_only_when_every_instruction_is_paid(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    tenders = [{"kind": "gift_card", "amount": 1000, "reference": "GC-1"},
               {"kind": "card", "amount": 1700, "reference": "visa-4242"}]
    case = refund_case(central, kiosk, tenders=tenders)
    made = instructions_of(payments, case)
    assert sorted(i["tender_kind"] for i in made) == sorted(t["kind"] for t in case["tender_refunds"])
    assert sum(i["amount"] for i in made) == case["refund_total"]
    assert answer(payments, made[0]["id"], "paid").status_code == 200
    assert return_status(kiosk, case["id"]) == "accepted"
    assert answer(payments, made[1]["id"], "paid").status_code == 200
    assert return_status(kiosk, case["id"]) == "refunded"


def test_store_credit_makes_no_instruction_and_a_review_waits_for_staff(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    credit = store_credit_case(central, kiosk)
    assert instructions_of(payments, credit) == []
    order = order_document(kiosk.store_id)
    central.load(order)
    honest = honest_case(order, [Pick("L1")], device_id=kiosk.device_id)
    disputed = tampered(honest, refund_total=honest["refund_total"] + 100)
    assert kiosk.post_case(disputed).json()["status"] == "review"
    assert instructions_of(payments, disputed) == []
    backoffice.set_status(central.db, disputed["id"], "accepted", central.clock())
    assert [i["status"] for i in instructions_of(payments, disputed)] == ["pending"]


def test_only_a_payment_service_token_may_use_the_refunds_routes(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    device = kiosk.get("/v1/refunds/instructions")
    assert (device.status_code, device.json()["error"]["code"]) == (403, "forbidden")
    assert httpx.get(f"{central.url}/v1/refunds/instructions").status_code == 401
    stranger = httpx.get(f"{central.url}/v1/refunds/instructions", headers={"Authorization": "Bearer ks_nope"})
    assert stranger.status_code == 401
    assert payments.get("/v1/orders/changes").status_code == 401
    assert payments.get("/v1/returns/changes").status_code == 401


def test_the_feed_resumes_from_its_cursor(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    refund_case(central, kiosk)
    _seen, cursor = pull_instructions(payments)
    assert pull_instructions(payments, cursor)[0] == []
    later = refund_case(central, kiosk)
    assert [i["return_id"] for i in pull_instructions(payments, cursor)[0]] == [later["id"]]
    gone = payments.get("/v1/refunds/instructions", params={"cursor": "garbage"})
    assert gone.status_code == 410


def test_an_operator_adds_the_payment_service_lists_and_answers_from_the_command_line(central, capsys):
    kiosk = central.kiosk()
    case = refund_case(central, kiosk)
    url = central.db.engine.url.render_as_string(hide_password=False)

    def cli(*args):
        code = main(["--db", url, *args], clock=central.clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    status, out, _ = cli("add-service", f"pay-{kiosk.store_id}")
    assert status == 0 and "token:   ks_" in out
    assert cli("add-service", f"pay-{kiosk.store_id}")[0] == 1  # exists already
    status, out, _ = cli("refunds", "list", "--status", "pending", "--store", kiosk.store_id)
    assert status == 0 and case["code"] in out
    instruction_id = out.split()[0]
    status, _, err = cli("refunds", "answer", instruction_id, "failed")
    assert status == 1 and "reason" in err
    status, out, _ = cli("refunds", "answer", instruction_id, "failed", "--reason", "account closed")
    assert status == 0 and "failed" in out
    assert return_status(kiosk, case["id"]) == "refund_failed"


def test_a_dropped_off_authorisation_is_refunded_when_its_refund_is_paid(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    document = order_document(kiosk.store_id)
    central.load(document)
    with central.db.writing() as session:
        order = session.scalar(select(Order).where(Order.number_key == document["number"].upper()))
        authorisation = authorisation_ops.create(
            session, central.server.app.state.context.policies, order,
            [authorisation_ops.Requested("L1", 1, "changed_mind", "unopened")], Resolution.REFUND, None,
            central.clock())
        code = authorisation.code
    case = {**honest_case(document, [Pick("L1")], device_id=kiosk.device_id), "authorisation_code": code}
    assert kiosk.post_case(case).status_code == 201
    [instruction] = instructions_of(payments, case)
    assert answer(payments, instruction["id"], "paid").status_code == 200
    with central.db.reading() as session:
        assert session.get(Authorisation, code).status == "refunded"


def test_refusing_a_return_cancels_its_unanswered_refunds(central):
    kiosk = central.kiosk()
    payments = payment_side(central)
    case = refund_case(central, kiosk)
    [instruction] = instructions_of(payments, case)
    _seen, cursor = pull_instructions(payments)
    backoffice.set_status(central.db, case["code"], "refused", central.clock())
    [cancelled] = pull_instructions(payments, cursor)[0]
    assert (cancelled["id"], cancelled["status"]) == (instruction["id"], "cancelled")
    late = answer(payments, instruction["id"], "paid")
    assert (late.status_code, late.json()["error"]["code"]) == (409, "refund_cancelled")
    assert return_status(kiosk, case["id"]) == "refused"
