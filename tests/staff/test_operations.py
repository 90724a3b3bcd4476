"""Staff's counter tools over real parts: the cash drawer kicked through a loopback ESC/POS
printer, the end-of-day report printed on it and read back, the returns with their status in
words, and the ``kiosk report day`` command over the same profile."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest

from kiosk.app import Services, build_services
from kiosk.cli import build_parser, main
from kiosk.config import Settings
from kiosk.services.operations import ReturnState
from kiosk.workflow.cases import ReturnCase, new_case_id
from kiosk.workflow.ids import mint_return_code
from tests.conftest import NOW
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import LoopbackPrinter, loopback_printer

DRAWER_KICK_PIN_2 = b"\x1bp\x00"  # ESC p m t1 t2 with m = 0: connector pin 2
DAY = NOW.astimezone(timezone(timedelta(hours=-5))).date()  # the demo store is in New York (EST in November)


def a_case(*, cash: int = 0, card: int = 0, staff_id: str | None = "C001", at: datetime = NOW,
           status: str = "completed", vouchers: int = 0) -> ReturnCase:
    tenders = [t for t in ({"kind": "cash", "amount": cash}, {"kind": "card", "amount": card}) if t["amount"]]
    return ReturnCase.from_dict({
        "schema_version": 3, "id": new_case_id(), "code": mint_return_code(), "order_number": "R100001",
        "store_id": "S001", "device_id": "k1", "created_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "currency": "USD",
        "resolution": "refund", "status": status, "policy_version": "v1", "refund_total": cash + card,
        "staff_id": staff_id, "tender_refunds": tenders,
        "vouchers": [{"code": f"V{i}", "amount": 500, "currency": "USD", "expires_on": None, "kind": "store_credit"}
                     for i in range(vouchers)],
        "lines": [{"line_id": "L1", "sku": "TEE-M", "title": "Tee", "quantity": 2, "reason_code": "too_small",
                   "verdict": "eligible", "refund_amount": cash + card, "disposition": "restock"}]})


def save(services: Services, *cases: ReturnCase) -> None:
    with services.uow.writing() as tx:
        for case in cases:
            tx.cases.save(case, now=NOW)


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with loopback_printer() as server:
        yield server


def services_with(settings: Settings, tables: dict[str, Any]) -> Services:
    return build_services(replace(settings, printers=tables), clock=lambda: NOW)


@pytest.fixture
def counter(demo_settings: Settings, printer: LoopbackPrinter) -> Iterator[Services]:
    built = services_with(demo_settings, {"counter": {
        "kind": "network", "host": "127.0.0.1", "port": printer.port, "paper_width_mm": 80, "timeout": 2,
        "documents": ["slip", "store_copy"]}})
    yield built
    built.close()


def last_audit(services: Services) -> Any:
    with services.uow.reading() as tx:
        return list(tx.audit.entries())[-1]


def test_a_cash_refund_kicks_the_drawer_of_the_receipt_printer_and_is_audited(counter: Services,
                                                                              printer: LoopbackPrinter) -> None:
    case = a_case(cash=2500, card=1000)
    save(counter, case)
    outcome = counter.operations.open_drawer(case, "C001")
    assert (outcome.opened, outcome.amount, outcome.currency) == (True, 2500, "USD")
    assert DRAWER_KICK_PIN_2 in printer.job_bytes()
    entry = last_audit(counter)
    assert (entry.kind, entry.actor, entry.subject) == ("drawer_opened", "C001", case.id)
    assert entry.details["amount"] == 2500 and entry.details["opened"] is True


def test_a_printer_without_a_drawer_says_so_and_the_attempt_is_audited(demo_settings: Settings,
                                                                       tmp_path: Path) -> None:
    services = services_with(demo_settings, {"pdf": {"kind": "pdf", "directory": str(tmp_path / "pdf"),
                                                     "documents": ["slip"]}})
    try:
        case = a_case(cash=1200)
        save(services, case)
        outcome = services.operations.open_drawer(case, "M001")
        assert not outcome.opened and "no cash drawer" in outcome.problem
        assert last_audit(services).details["opened"] is False
    finally:
        services.close()


def test_the_day_report_prints_its_totals_and_the_audit_head(counter: Services, printer: LoopbackPrinter) -> None:
    save(counter, a_case(cash=2500), a_case(card=4000, staff_id=None, vouchers=1),
         a_case(card=9999, status="pending_approval"), a_case(cash=777, at=NOW - timedelta(days=1)))
    counter.staff.record("reprint", actor="C001")  # an audit entry, so the head is known
    with counter.uow.reading() as tx:
        count, digest = tx.audit.head() or (0, "")
    result = counter.operations.print_day_report(DAY, None, "M001")
    assert result.printed
    printout = read_escpos(printer.job_bytes())
    text = " ".join(printout.text.split())
    for fact in ("Returns 2", "Cash paid out $25.00", "Refunded $65.00", "Vouchers issued 1", "Restock 4",
                 "Waiting for approval 1", "Not yet sent to head office 3", f"Entries {count}", digest[:32],
                 digest[32:]):
        assert fact in text, fact
    entry = last_audit(counter)
    assert (entry.kind, entry.actor, entry.subject) == ("report_printed", "M001", DAY.isoformat())
    assert entry.details["cash_paid_out"] == 2500


def test_returns_show_their_state_in_staffs_words(counter: Services) -> None:
    waiting, failed, held = a_case(card=100), a_case(card=200), a_case(card=300, status="pending_approval")
    save(counter, waiting, failed, held)
    with counter.uow.writing() as tx:
        tx.server_statuses.update(failed.id, "refund_failed")
    states = {line.code: (line.state, line.needs_staff) for line in counter.operations.recent_returns()}
    assert states[waiting.code] == (ReturnState.SUBMITTED, False)
    assert states[failed.code] == (ReturnState.REFUND_FAILED, True)
    assert states[held.code] == (ReturnState.PENDING_APPROVAL, False)


def test_kiosk_report_day_prints_the_report_for_one_member_of_staff(services: Services) -> None:
    save(services, a_case(cash=2500, staff_id="C001"), a_case(card=4000, staff_id="M001"))
    args = build_parser().parse_args(["report", "day", "--date", DAY.isoformat(), "--staff", "C001"])
    written = io.StringIO()
    code = args.handler(args, services.settings, clock=lambda: NOW, out=written)
    out = " ".join(written.getvalue().split())
    assert code == 0
    assert "Returns: 1" in out and "Cash paid out: $25.00" in out and "Refunded: $25.00" in out


def test_kiosk_report_day_refuses_a_day_it_cannot_read(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "day", "--date", "29/11/2026"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_day_with_no_returns_reports_zeros(counter: Services) -> None:
    report = counter.operations.day_report(date(2020, 1, 1))
    assert report.totals.returns == 0 and report.per_staff == {}
