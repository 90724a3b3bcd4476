"""A store-credit return at an unattended kiosk, end to end against the real central server: the
voucher is minted on the device, printed on the loopback printer (its Code 128 and QR carry the
code), audited, and once synced central knows it with the balance the slip promises."""

from __future__ import annotations

import random
from dataclasses import replace

import requests

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.printing import DocumentPrinter
from kiosk.services.returns import VOUCHER_ISSUED
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.workflow.cases import Resolution, ReturnCase
from kiosk.workflow.clock import system_clock
from kiosk.workflow.vouchers import parse_voucher_code, voucher_payload
from kiosk.workflow.wizard import Step
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import loopback_printer
from tests.sync.conftest import STORE, central, make_kiosk  # noqa: F401 - the fixtures
from tests.sync.support import FAST, recent_orders


def take_store_credit(desk, number: str, email: str) -> ReturnCase:  # noqa: ANN001
    found = desk.lookup(number, email)
    assert found.order is not None
    wizard = desk.new_session()
    wizard.start()
    wizard.order_found(found.order)
    wizard.set_quantity(found.order.lines[0].id, 1)
    wizard.next()
    wizard.set_reason(found.order.lines[0].id, "changed_mind", "unopened")
    assert wizard.next() == Step.ELIGIBILITY
    assert wizard.next() == Step.RESOLUTION
    wizard.choose_resolution(Resolution.STORE_CREDIT)
    assert wizard.next() == Step.REVIEW
    return desk.save(desk.build_case(wizard))


def sync(kiosk) -> None:  # noqa: ANN001
    client = client_for(kiosk.settings, timeouts=FAST)
    assert client is not None
    run_cycle(client, kiosk.uow, system_clock, random.Random(1))


def test_a_store_credit_voucher_is_printed_audited_and_known_to_central_after_sync(central, make_kiosk) -> None:  # noqa: ANN001, F811
    documents = recent_orders(STORE, 2)
    central.load(documents)
    kiosk = make_kiosk()
    sync(kiosk)
    case = take_store_credit(kiosk.desk, documents[0]["number"], documents[0]["customer"]["email"])
    (voucher,) = case.vouchers
    assert voucher.kind == "store_credit" and voucher.amount == case.credit_total > 0
    assert case.credit_bonus > 0  # the demo policy's bonus is in the voucher

    with loopback_printer() as printer:
        printers = {"counter": {"kind": "network", "host": "127.0.0.1", "port": printer.port, "timeout": 2,
                                "paper_width_mm": 80, "documents": ["slip"]}}
        service = DocumentPrinter(replace(kiosk.settings, printers=printers), kiosk.uow, system_clock)
        outcome = service.print_case(case)
        printout = read_escpos(printer.job_bytes())
    assert outcome.printed
    payload = voucher_payload(voucher.code).encode()
    assert (73, b"{B" + payload) in printout.barcodes and payload in printout.qr_codes
    assert parse_voucher_code(payload.decode()) == voucher.code

    with UnitOfWork(kiosk.database).reading() as tx:
        issued = [e.details for e in tx.audit.entries() if e.kind == VOUCHER_ISSUED]
    assert [(d["code"], d["amount"]) for d in issued] == [(voucher.code, voucher.amount)]

    sync(kiosk)
    token = kiosk_token(kiosk)
    answer = requests.get(f"{central.url}/v1/vouchers/{voucher.code}", timeout=10,
                          headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    held = answer.json()
    assert (held["balance"], held["currency"], held["status"]) == (voucher.amount, voucher.currency, "active")
    assert held["expires_on"] == voucher.expires_on.isoformat()

    spent = voucher.amount // 3
    redeemed = requests.post(f"{central.url}/v1/vouchers/{voucher.code}/redemptions", timeout=10,
                             json={"amount": spent, "reference": "till-4"},
                             headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "till-4-sale-1"})
    assert redeemed.status_code == 201, redeemed.text
    assert redeemed.json()["balance"] == voucher.amount - spent


def kiosk_token(kiosk) -> str:  # noqa: ANN001
    from kiosk.sync.credentials import load_credentials

    credentials = load_credentials(kiosk.settings.profile)
    assert credentials is not None
    return credentials.token
