"""Purging shoppers' details: once a case is complete, delivered and old enough, its e-mail,
name and phone leave the database file itself, not just its tables."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from kiosk.config import settings_from_dict
from kiosk.db import audit_log, order_cache
from kiosk.db.engine import Database
from kiosk.db.models import OutboxRow, PrintJobRow, ReturnCaseRow
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.demo import showcase_orders
from kiosk.services.printing import DocumentPrinter
from kiosk.services.privacy import Retention, purge_shopper_data, scrub
from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import StaffDesk
from kiosk.workflow.orders import Order
from tests.staff.conftest import FULL, NOW, MovableClock, wizard_at_review

EMAIL = "Maria.Garcia@Example.com"
#: The returns being purged were taken 40 days ago, on orders of that time.
EARLIER = NOW - timedelta(days=40)
EARLY_FULL, EARLY_PARTLY, _ = (Order.from_dict(d) for d in showcase_orders(EARLIER))


def file_bytes(database: Database) -> bytes:
    wal = Path(str(database.path) + "-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def checkpoint(database: Database) -> None:
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def mark_delivered(database: Database, order_number: str) -> None:
    """What the sync does when central has taken the cases of this order."""
    cases = select(ReturnCaseRow.id).where(ReturnCaseRow.order_number == order_number)
    with database.session() as session, session.begin():
        session.execute(update(OutboxRow).where(OutboxRow.case_id.in_(cases)).values(state="delivered", delivered_at=NOW))


def test_a_purge_leaves_no_trace_of_the_email_in_the_file(desk: ReturnsDesk, database: Database,
                                                          clock: MovableClock) -> None:
    maria = Order.from_dict({**EARLY_FULL.to_dict(), "customer": {"email": EMAIL, "name": "Maria Garcia",
                                                            "phone": "+1 212 555 0199"}})
    with database.session() as session, session.begin():
        order_cache.upsert_orders(session, [maria, EARLY_PARTLY])
    clock.moment = EARLIER
    purged_case, _ = desk.complete(desk.build_case(wizard_at_review(clock, maria)))
    kept_case, _ = desk.complete(desk.build_case(wizard_at_review(clock, EARLY_PARTLY)))  # not delivered yet
    mark_delivered(database, maria.number)
    checkpoint(database)
    before = file_bytes(database)
    assert EMAIL.encode() in before and EMAIL.lower().encode() in before  # the test can see it at all

    clock.moment = NOW
    report = purge_shopper_data(UnitOfWork(database), now=NOW, older_than_days=30)

    assert (report.cases, report.orders, report.compacted) == (1, 1, True)
    after = file_bytes(database)
    for trace in (EMAIL, EMAIL.lower(), "Maria Garcia", "2125550199"):
        assert trace.encode() not in after, trace
    assert EARLY_PARTLY.customer.email.encode() in after  # undelivered cases keep their shopper's details
    raw = sqlite3.connect(database.path)
    assert raw.execute("select customer_email, customer_name from return_cases where id = ?",
                       (purged_case.id,)).fetchone() == (None, None)
    assert raw.execute("select count(*) from orders where number = ?", (maria.number,)).fetchone() == (0,)
    assert raw.execute("select refund_total from return_cases where id = ?", (purged_case.id,)).fetchone() == (
        purged_case.refund_total,)  # the decision itself stays
    raw.close()
    with database.session() as session:
        entries = list(audit_log.entries(session))
        assert entries[-1].kind == "pii_purge" and entries[-1].details["cases"] == 1
        assert audit_log.verify(session)[1] is None
    assert kept_case.customer_email == EARLY_PARTLY.customer.email


def test_recent_cases_are_kept_and_a_second_purge_finds_nothing(desk: ReturnsDesk, database: Database,
                                                                clock: MovableClock) -> None:
    desk.complete(desk.build_case(wizard_at_review(clock)))
    mark_delivered(database, FULL.number)
    assert purge_shopper_data(UnitOfWork(database), now=NOW + timedelta(days=29), older_than_days=30).cases == 0
    assert purge_shopper_data(UnitOfWork(database), now=NOW + timedelta(days=31), older_than_days=30).cases == 1
    assert purge_shopper_data(UnitOfWork(database), now=NOW + timedelta(days=32), older_than_days=30).cases == 0


def test_the_pdfs_printed_for_a_purged_case_are_deleted_with_its_details(database: Database, staff: StaffDesk,
                                                                       clock: MovableClock, tmp_path: Path) -> None:
    printed = tmp_path / "printed"
    settings = settings_from_dict(tmp_path / "profile", {"kiosk": {"device_id": "kiosk-7"},
                                                         "printers": {"desk": {"kind": "pdf", "directory": str(printed)}}})
    desk = ReturnsDesk(UnitOfWork(database), settings, clock, printing=DocumentPrinter(settings, UnitOfWork(database), clock), staff=staff)
    with database.session() as session, session.begin():
        order_cache.upsert_orders(session, [EARLY_FULL])
    clock.moment = EARLIER
    old_case, old_outcome = desk.complete(desk.build_case(wizard_at_review(clock, EARLY_FULL)))
    clock.moment = NOW
    new_case, new_outcome = desk.complete(desk.build_case(wizard_at_review(clock)))
    for order in (EARLY_FULL, FULL):
        mark_delivered(database, order.number)
    with database.session() as session:
        outputs = dict(session.execute(select(PrintJobRow.case_id, PrintJobRow.output_path)).all())
    slips = {old_case.id: Path(str(old_outcome.pdf_path)), new_case.id: Path(str(new_outcome.pdf_path))}
    assert all(Path(str(outputs[case_id])).is_file() and slips[case_id].is_file() for case_id in slips)

    report = purge_shopper_data(UnitOfWork(database), now=NOW, older_than_days=30, documents_dir=settings.documents_dir)

    assert (report.cases, report.files) == (1, 2)
    assert not slips[old_case.id].exists() and not Path(str(outputs[old_case.id])).exists()
    assert slips[new_case.id].is_file() and Path(str(outputs[new_case.id])).is_file()  # too recent to purge
    with database.session() as session:
        assert session.scalar(select(PrintJobRow.output_path).where(PrintJobRow.case_id == old_case.id)) is None
        assert list(audit_log.entries(session))[-1].details["files"] == 2


def test_scrub_drops_shopper_keys_and_blanks_known_values_anywhere() -> None:
    document = {"id": "c1", "customer": {"email": "a@b.io"}, "lines": [{"note": "ring Maria Garcia back"}],
                "extras": {"customer_email": "a@b.io", "contact": "maria@x.io"}}
    assert scrub(document, {"Maria Garcia", "maria@x.io"}) == {
        "id": "c1", "lines": [{"note": "ring [removed] back"}], "extras": {"contact": "[removed]"}}


def set_outcome(database: Database, case_id: str, *, state: str, status: str | None = None) -> None:
    """What the sync records when central took (delivered) or refused a case; ``status`` its case status."""
    with database.session() as session, session.begin():
        delivered_at = NOW if state == "delivered" else None
        session.execute(update(OutboxRow).where(OutboxRow.case_id == case_id).values(state=state,
                                                                                   delivered_at=delivered_at))
        if status is not None:
            session.execute(update(ReturnCaseRow).where(ReturnCaseRow.id == case_id).values(status=status))


def test_pending_and_refused_cases_keep_their_shopper_for_their_own_period(desk: ReturnsDesk, database: Database,
                                                                          clock: MovableClock) -> None:
    completed, _ = desk.complete(desk.build_case(wizard_at_review(clock)))
    pending, _ = desk.complete(desk.build_case(wizard_at_review(clock)))
    refused, _ = desk.complete(desk.build_case(wizard_at_review(clock)))
    unsent, _ = desk.complete(desk.build_case(wizard_at_review(clock)))
    set_outcome(database, completed.id, state="delivered")
    set_outcome(database, pending.id, state="delivered", status="pending_approval")
    set_outcome(database, refused.id, state="refused")
    retention = Retention(completed_days=30, pending_days=60, refused_days=90)

    def named() -> set[str]:
        with database.session() as session:
            return set(session.scalars(select(ReturnCaseRow.id).where(ReturnCaseRow.customer_email.is_not(None))))

    def purged_after(days: int) -> int:
        return purge_shopper_data(UnitOfWork(database), now=NOW + timedelta(days=days), retention=retention).cases

    assert purged_after(29) == 0
    assert purged_after(31) == 1 and named() == {pending.id, refused.id, unsent.id}
    assert purged_after(61) == 1 and named() == {refused.id, unsent.id}
    assert purged_after(91) == 1 and named() == {unsent.id}
    assert purged_after(3650) == 0  # a case still to be sent goes out exactly as it was saved
    with database.session() as session:
        assert list(audit_log.entries(session))[-1].details["refused_days"] == 90
