"""Return authorisations between the real central server and kiosk profiles (issue 18).

The sync pulls the store's open authorisations so a drop-off works offline; once the kiosk's
case is pushed central marks the authorisation dropped off; two kiosks dropping off the same
one: one wins, the other's case is refused and kept for staff; another store's is found live.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central.models import Order as CentralOrder
from central.ops import authorisations as authorisation_ops
from central.policy_cache import PolicyCache
from kiosk.services.dropoff import DropoffDesk
from kiosk.services.printing import DocumentPrinter
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.remote_lookup import RemoteAuthorisations
from kiosk.workflow.authorisations import Authorisation, DropoffRefused, mint_authorisation_code
from kiosk.workflow.cases import Resolution, ReturnCase
from kiosk.workflow.clock import system_clock
from kiosk.workflow.wizard import Step
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import PAPER_OK, PAPER_OUT, loopback_printer
from tests.sync.conftest import STORE, KioskUnderTest
from tests.sync.support import FAST, LiveCentral, recent_orders, utc_now


def order_with_barcodes(*, bought: int = 1) -> list[dict[str, Any]]:
    """One order whose first line has a barcode and at least ``bought`` units."""
    orders = [o for o in recent_orders(STORE, 60) if o["lines"][0].get("gtin") and o["lines"][0]["quantity"] >= bought]
    return orders[:1]


def authorise(central: LiveCentral, document: dict[str, Any], *, store_id: str | None = STORE) -> str:
    """What the shopper web page does when the shopper confirms a drop-off of the first line."""
    with central.db.writing() as session:
        order = session.scalar(select(CentralOrder).where(CentralOrder.number_key == document["number"].upper()))
        assert order is not None
        row = authorisation_ops.create(
            session, PolicyCache(), order,
            [authorisation_ops.Requested("L1", 1, "changed_mind", "unopened")], Resolution.REFUND, store_id,
            utc_now())
        return row.code


def central_status(central: LiveCentral, code: str) -> str:
    with central.db.reading() as session:
        row = authorisation_ops.find(session, code)
        assert row is not None
        return row.status


def sync(kiosk: KioskUnderTest) -> Any:
    report = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(1))
    assert report.ok, report.problem()
    return report


def drop_off(kiosk: KioskUnderTest, code: str, *, remote: bool = False,
             printer: DocumentPrinter | None = None) -> ReturnCase:
    """At the kiosk: find the authorisation, scan each item, confirm; saved, marked, bag label."""
    desk = DropoffDesk(kiosk.uow, system_clock, kiosk.desk, labels=printer,
                       remote=RemoteAuthorisations(kiosk.uow, kiosk.settings, system_clock) if remote else None)
    found = desk.find(code)
    session = kiosk.desk.new_session()
    session.authorisation_found(found.authorisation, found.order, variants=found.variants, history=found.history)
    for line in found.authorisation.lines:
        for _ in range(line.quantity):
            session.verify_scan(found.order.line(line.line_id).gtin or "")
    assert session.next() == Step.REVIEW and session.resolution == Resolution.REFUND
    case = kiosk.desk.save(kiosk.desk.build_case(session))
    desk.dropped_off(case)
    return case


def test_an_authorisation_pulled_with_the_sync_is_dropped_off_offline_and_central_marks_it(central, make_kiosk):  # noqa: ANN001
    [order] = order_with_barcodes()
    central.load([order])
    code = authorise(central, order)
    kiosk = make_kiosk()
    assert sync(kiosk).authorisations.received == 1

    central.stop()  # the network is gone: the kiosk's copy is enough
    case = drop_off(kiosk, code)
    assert case.authorisation_code == code and case.lines[0].verified_by == "scan"
    with pytest.raises(DropoffRefused) as again:
        drop_off(kiosk, code)  # not twice on this kiosk, even offline
    assert again.value.key == "authorisation_dropped_off"

    central.start()
    sync(kiosk)
    assert central_status(central, code) == "dropped_off"
    assert [status for _, status in central.returns()] == ["accepted"]
    sync(kiosk)  # the feed's change comes back and agrees with the kiosk's copy
    with kiosk.uow.reading() as tx:
        assert tx.authorisations.get(code).status == "dropped_off"


def test_two_kiosks_dropping_off_one_authorisation_one_wins_and_the_other_is_shown_to_staff(  # noqa: ANN001
        central, make_kiosk):
    [order] = order_with_barcodes(bought=2)  # units left over: it is the authorisation that is taken
    central.load([order])
    code = authorise(central, order)
    first, second = make_kiosk("first"), make_kiosk("second")
    for kiosk in (first, second):
        sync(kiosk)
    central.stop()
    drop_off(first, code)
    drop_off(second, code)  # offline, neither can know of the other
    central.start()
    sync(first)
    report = run_cycle(client_for(second.settings, timeouts=FAST), second.uow, system_clock, random.Random(1))
    assert report.push.refused == 1
    with second.uow.reading() as tx:
        assert tx.outbox.unsent_counts() == (0, 1)  # kept, never resent on its own, shown on the sync screen
        [refused] = tx.outbox.unsent()
    assert "already dropped off by another case" in (refused.reason or "")  # central said authorisation_taken
    assert central_status(central, code) == "dropped_off"


def test_another_stores_authorisation_is_found_live_and_kept(central, make_kiosk):  # noqa: ANN001
    central.add_store("S-OTHER")
    [order] = order_with_barcodes()
    central.load([order])
    code = authorise(central, order, store_id="S-OTHER")
    kiosk = make_kiosk()
    assert sync(kiosk).authorisations.received == 0  # not this store's: not in its feed
    case = drop_off(kiosk, code, remote=True)
    assert case.authorisation_code == code
    with kiosk.uow.reading() as tx:
        assert tx.authorisations.get(code).status == "dropped_off"


def authorised_and_synced(central: LiveCentral, make_kiosk: Any) -> tuple[dict[str, Any], str, KioskUnderTest]:
    """An order with barcodes, its authorisation at central, and a kiosk that has pulled it."""
    [order] = order_with_barcodes()
    central.load([order])
    code = authorise(central, order)
    kiosk = make_kiosk()
    sync(kiosk)
    return order, code, kiosk


def counter_printer(kiosk: KioskUnderTest, port: int) -> DocumentPrinter:
    printers = {"counter": {"kind": "network", "host": "127.0.0.1", "port": port, "timeout": 2,
                            "paper_width_mm": 80, "documents": ["slip"]}}
    return DocumentPrinter(replace(kiosk.settings, printers=printers), kiosk.uow, system_clock)


def test_the_bag_label_names_the_return_and_the_authorisation_with_a_code_128(central, make_kiosk):  # noqa: ANN001
    order, code, kiosk = authorised_and_synced(central, make_kiosk)
    with loopback_printer() as printer:
        service = counter_printer(kiosk, printer.port)
        case = drop_off(kiosk, code, printer=service)
        printout = read_escpos(printer.job_bytes())
    assert case.code in printout.text and code in printout.text and "Return bag" in printout.text
    assert order["lines"][0]["gtin"] in printout.text and "barcode scanned" in printout.text
    assert (73, b"{B" + case.code.replace("-", "").encode()) in printout.barcodes


def test_a_bag_label_that_finds_the_printer_out_of_paper_prints_when_paper_is_back(central, make_kiosk):  # noqa: ANN001
    order, code, kiosk = authorised_and_synced(central, make_kiosk)
    with loopback_printer() as printer:
        service = counter_printer(kiosk, printer.port)
        printer.paper = PAPER_OUT
        case = drop_off(kiosk, code, printer=service)
        assert "Return bag" not in read_escpos(printer.job_bytes()).text
        assert [job.kind.value for job in service.queued()] == ["bag_label"]  # what staff see in the queue
        printer.paper = PAPER_OK
        assert all(result.printed for result in service.queue.retry_pending())  # what the retrier does
        printout = read_escpos(printer.job_bytes())
    assert "Return bag" in printout.text and case.code in printout.text and code in printout.text
    assert service.queued() == []


def test_copies_a_month_past_their_expiry_are_forgotten_at_the_next_pull(central, make_kiosk):  # noqa: ANN001
    kiosk = make_kiosk()
    now = utc_now()
    old, recent = (Authorisation.from_dict({
        "code": mint_authorisation_code(bits), "status": "expired", "order_number": "R0000001", "store_id": STORE,
        "created_at": (now - timedelta(days=days + 14)).isoformat(), "expires_at": (now - timedelta(days=days)).isoformat(),
        "currency": "USD", "resolution": "refund",
        "lines": [{"line_id": "L1", "sku": "TEE-M-SAGE", "title": "Tee", "quantity": 1, "reason_code": "too_small"}],
    }) for bits, days in ((11, 31), (12, 29)))
    with kiosk.uow.writing() as tx:
        tx.authorisations.save([old, recent], now=now)
    assert sync(kiosk).authorisations.purged == 1
    with kiosk.uow.reading() as tx:
        assert tx.authorisations.get(old.code) is None and tx.authorisations.get(recent.code) is not None
