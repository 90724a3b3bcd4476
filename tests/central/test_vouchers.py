"""The voucher ledger against the real server: issued by a synced store-credit case, looked up,
redeemed in part, never overdrawn by concurrent redemptions, replayed safely, voided, expired."""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import httpx
from sqlalchemy import func, select

from central.cli import main
from central.models_outcomes import VoucherRedemption
from central.ops import backoffice, events
from kiosk.workflow.cases import Resolution
from kiosk.workflow.ids import mint_return_code
from kiosk.workflow.vouchers import mint_voucher_code
from tests.central.outcome_cases import store_credit_case, with_vouchers
from tests.central.support import Pick, honest_case, order_document, order_line


def redeem(kiosk, code, amount, key=None, reference="sale-1"):
    return kiosk.http.post(f"/v1/vouchers/{code}/redemptions", json={"amount": amount, "reference": reference},
                           headers={"Idempotency-Key": key or uuid.uuid4().hex})


def test_a_store_credit_case_issues_a_voucher_that_central_knows_after_sync(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code = case["vouchers"][0]["code"]
    found = kiosk.get(f"/v1/vouchers/{code}")
    assert found.status_code == 200, found.text
    voucher = found.json()
    assert (voucher["code"], voucher["issued"], voucher["balance"]) == (code, case["credit_total"],
                                                                        case["credit_total"])
    assert (voucher["status"], voucher["store_id"], voucher["case_id"]) == ("active", kiosk.store_id, case["id"])
    assert voucher["currency"] == "USD" and voucher["redemptions"] == []
    typed = code.lower().replace("-", "").replace("0", "o")  # as a person types it
    assert kiosk.get(f"/v1/vouchers/{typed}").json()["code"] == code


def test_a_partial_redemption_leaves_the_rest_and_is_listed(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code, issued = case["vouchers"][0]["code"], case["credit_total"]
    answer = redeem(kiosk, code, 1000, reference="till-3 sale 88")
    assert answer.status_code == 201, answer.text
    assert (answer.json()["amount"], answer.json()["balance"]) == (1000, issued - 1000)
    voucher = central.kiosk(kiosk.store_id).get(f"/v1/vouchers/{code}").json()  # any device of the chain
    assert voucher["balance"] == issued - 1000
    assert [(r["amount"], r["reference"], r["balance_after"]) for r in voucher["redemptions"]] == [
        (1000, "till-3 sale 88", issued - 1000)]


def test_redeeming_more_than_is_left_is_refused_and_takes_nothing(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code, issued = case["vouchers"][0]["code"], case["credit_total"]
    refused = redeem(kiosk, code, issued + 1)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "voucher_insufficient"
    assert refused.json()["error"]["balance"] == issued
    assert redeem(kiosk, code, issued).json()["balance"] == 0
    assert redeem(kiosk, code, 1).status_code == 409


def test_fifty_concurrent_redemptions_never_overdraw(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code, issued = case["vouchers"][0]["code"], case["credit_total"]
    amounts = [97 + (i * 37) % 150 for i in range(50)]  # far more than the voucher holds
    assert sum(amounts) > 2 * issued
    start = threading.Barrier(50)
    answers: list[tuple[int, int]] = []
    lock = threading.Lock()

    def point_of_sale(amount: int) -> None:
        with httpx.Client(base_url=central.url, headers={"Authorization": f"Bearer {kiosk.token}"},
                          timeout=60) as client:
            start.wait()
            response = client.post(f"/v1/vouchers/{code}/redemptions", json={"amount": amount, "reference": "pos"},
                                   headers={"Idempotency-Key": uuid.uuid4().hex})
        with lock:
            answers.append((response.status_code, amount))

    threads = [threading.Thread(target=point_of_sale, args=(a,)) for a in amounts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = Counter(status for status, _ in answers)
    assert set(statuses) <= {201, 409} and statuses[201] > 0 and statuses[409] > 0
    taken = sum(amount for status, amount in answers if status == 201)
    balance = kiosk.get(f"/v1/vouchers/{code}").json()["balance"]
    assert taken <= issued and balance >= 0
    assert taken + balance == issued
    with central.db.reading() as session:
        rows = session.scalar(select(func.count()).select_from(VoucherRedemption)
                              .where(VoucherRedemption.voucher_code == code.replace("-", "")))
    assert rows == statuses[201]


def test_a_replayed_redemption_gets_the_first_answer_and_takes_nothing_more(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code, issued = case["vouchers"][0]["code"], case["credit_total"]
    first = redeem(kiosk, code, 500, key="sale-42")
    again = redeem(kiosk, code, 500, key="sale-42")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert kiosk.get(f"/v1/vouchers/{code}").json()["balance"] == issued - 500
    other = redeem(kiosk, code, 700, key="sale-42")
    assert other.status_code == 422 and other.json()["error"]["code"] == "idempotency_key_reused"


def test_a_valid_code_not_synced_yet_is_told_apart_from_an_unknown_one(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    not_synced = mint_voucher_code(mint_return_code(), 0)
    answer = kiosk.get(f"/v1/vouchers/{not_synced}")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "voucher_not_synced_yet"
    assert "has not synced yet" in answer.json()["error"]["message"]
    assert redeem(kiosk, not_synced, 100).json()["error"]["code"] == "voucher_not_synced_yet"
    second_of_synced_case = mint_voucher_code(case["code"], 1)  # the case synced with one voucher
    assert kiosk.get(f"/v1/vouchers/{second_of_synced_case}").json()["error"]["code"] == "voucher_unknown"
    code = case["vouchers"][0]["code"]
    mistyped = code[:-1] + ("A" if code[-1] != "A" else "B")
    for text in (mistyped, "VOUCHER", "K7QM-4TZ9-XH2"):
        refused = kiosk.get(f"/v1/vouchers/{text}")
        assert (refused.status_code, refused.json()["error"]["code"]) == (404, "voucher_unknown")


def test_a_void_voucher_cannot_be_spent_and_voiding_again_changes_nothing(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code = case["vouchers"][0]["code"]
    voided = kiosk.http.post(f"/v1/vouchers/{code}/void", json={"reason": "issued by mistake"})
    assert voided.status_code == 200 and voided.json()["status"] == "void"
    assert voided.json()["void_reason"] == "issued by mistake"
    again = kiosk.http.post(f"/v1/vouchers/{code}/void")
    assert again.status_code == 200 and again.json()["voided_at"] == voided.json()["voided_at"]
    refused = redeem(kiosk, code, 100)
    assert (refused.status_code, refused.json()["error"]["code"]) == (409, "voucher_void")
    kinds = [e.kind for e in events.events(central.db, subject=code)]
    assert kinds == ["voucher_voided"]


def test_a_voucher_expires_after_its_last_store_local_day(central):
    kiosk = central.kiosk()
    # NOW is 2026-11-27 10:00 in New York; the voucher's last day is that day.
    case = store_credit_case(central, kiosk, expires_on="2026-11-27")
    code = case["vouchers"][0]["code"]
    central.clock.advance(hours=13)  # 23:00 in New York, 04:00 UTC the next day
    assert kiosk.get(f"/v1/vouchers/{code}").json()["status"] == "active"
    central.clock.advance(hours=1, minutes=1)
    assert kiosk.get(f"/v1/vouchers/{code}").json()["status"] == "expired"
    refused = redeem(kiosk, code, 100)
    assert (refused.status_code, refused.json()["error"]["code"]) == (409, "voucher_expired")


def test_the_vouchers_routes_need_a_device_token(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code = case["vouchers"][0]["code"]
    assert httpx.get(f"{central.url}/v1/vouchers/{code}").status_code == 401
    assert httpx.post(f"{central.url}/v1/vouchers/{code}/redemptions", json={"amount": 1}).status_code == 401


def test_staff_look_up_redeem_and_void_from_the_command_line(central, capsys):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code, issued = case["vouchers"][0]["code"], case["credit_total"]
    url = central.db.engine.url.render_as_string(hide_password=False)

    def cli(*args):
        code_ = main(["--db", url, *args], clock=central.clock)
        captured = capsys.readouterr()
        return code_, captured.out, captured.err

    status, out, _ = cli("voucher", "redeem", code, "300", "--reference", "counter", "--key", "k-1")
    assert status == 0 and f'"balance": {issued - 300}' in out
    assert cli("voucher", "redeem", code, "300", "--key", "k-1")[0] == 1  # same key, other reference
    status, out, _ = cli("voucher", "show", code)
    assert status == 0 and '"reference": "counter"' in out
    status, _, err = cli("voucher", "redeem", code, str(issued))
    assert status == 1 and "voucher_insufficient" in err
    assert cli("voucher", "void", code, "--reason", "fraud")[0] == 0
    status, out, _ = cli("events", "--kind", "voucher_voided")
    assert status == 0 and code in out


def test_a_voucher_of_a_case_central_refused_is_unknown_and_says_why(central):
    kiosk = central.kiosk()
    first = store_credit_case(central, kiosk)
    order_number = first["order_number"]
    document = order_document(kiosk.store_id, number=order_number, lines=[order_line("L1")])
    again = with_vouchers(honest_case(document, [Pick("L1")], device_id=kiosk.device_id,
                                      resolution=Resolution.STORE_CREDIT), 2700)
    assert kiosk.post_case(again).status_code == 409  # the unit was returned already
    answer = kiosk.get(f"/v1/vouchers/{again['vouchers'][0]['code']}")
    assert (answer.status_code, answer.json()["error"]["code"]) == (404, "voucher_unknown")
    assert "refused" in answer.json()["error"]["message"]


def test_refusing_a_return_at_head_office_voids_what_is_left_of_its_voucher(central):
    kiosk = central.kiosk()
    case = store_credit_case(central, kiosk)
    code = case["vouchers"][0]["code"]
    assert redeem(kiosk, code, 100).status_code == 201
    backoffice.set_status(central.db, case["code"], "refused", central.clock())
    voucher = kiosk.get(f"/v1/vouchers/{code}").json()
    assert (voucher["status"], voucher["void_reason"]) == ("void", "the return was refused")
    assert redeem(kiosk, code, 100).json()["error"]["code"] == "voucher_void"


def test_a_listed_voucher_that_names_another_case_is_not_created_and_the_case_is_still_taken(central):
    kiosk = central.kiosk()
    document = order_document(kiosk.store_id)
    central.load(document)
    case = honest_case(document, [Pick("L1")], device_id=kiosk.device_id, resolution=Resolution.STORE_CREDIT)
    foreign = mint_voucher_code(mint_return_code(), 0)
    case = with_vouchers(case, case["credit_total"])
    case["vouchers"].append({"code": foreign, "amount": 999_999, "currency": "USD", "expires_on": None,
                             "kind": "store_credit"})
    assert kiosk.post_case(case).status_code == 201
    assert kiosk.get(f"/v1/vouchers/{case['vouchers'][0]['code']}").status_code == 200
    assert kiosk.get(f"/v1/vouchers/{foreign}").json()["error"]["code"] == "voucher_not_synced_yet"
    [rejected] = events.events(central.db, kind="voucher_rejected", subject=case["code"])
    assert "belongs to another case" in rejected.details["problem"] and rejected.actor == kiosk.device_id
