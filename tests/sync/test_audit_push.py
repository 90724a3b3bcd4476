"""The audit log travels to central with the sync: delivered once, kept when central cannot take it."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from central.models import AuditEntry as CentralAuditEntry
from kiosk.cli import sync as sync_cli
from kiosk.db.models import AuditLogRow
from kiosk.services.staff import StaffDesk
from kiosk.sync.audit_push import BATCH, push_audit
from kiosk.sync.client import ApiClient
from kiosk.sync.cycle import run_cycle
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.clock import system_clock
from tests.sync.support import FAST, free_port, utc_now


def write_entries(kiosk, count: int) -> None:  # noqa: ANN001
    """One entry from a real StaffDesk action, the rest appended as the desk's other actions do."""
    StaffDesk(kiosk.uow, kiosk.settings, system_clock).record(
        AuditKind.REPRINT, subject="K7QM-4TZ9-XH2", details={"copy": "store", "email": "maria.garcia@example.com"})
    for index in range(count - 1):
        with kiosk.uow.writing() as tx:
            tx.audit.append(at=utc_now(), kind=AuditKind.SETTINGS_CHANGE, actor="kiosk", subject="printer",
                            details={"step": index})


def delivered_flags(kiosk) -> list[bool]:  # noqa: ANN001
    with kiosk.database.session() as session:
        return list(session.execute(select(AuditLogRow.delivered).order_by(AuditLogRow.id)).scalars())


def held_centrally(central) -> list[tuple[int, str, str]]:  # noqa: ANN001
    with central.db.reading() as session:
        rows = session.execute(select(CentralAuditEntry.entry_id, CentralAuditEntry.kind, CentralAuditEntry.hash)
                               .order_by(CentralAuditEntry.entry_id))
        return [tuple(row) for row in rows]


def sync_once(kiosk, capsys) -> list[str]:  # noqa: ANN001
    status = sync_cli.main(["--profile", str(kiosk.settings.profile), "sync", "--once"])
    out = capsys.readouterr().out.splitlines()
    assert status == 0, out
    return out


def test_one_cycle_sends_every_pending_entry_in_batches_and_the_next_sends_none(central, make_kiosk, capsys) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    count = BATCH + 5  # two requests
    write_entries(kiosk, count)
    assert "audit: 105 sent, head 105 anchored at central" in sync_once(kiosk, capsys)
    assert delivered_flags(kiosk) == [True] * count
    with kiosk.uow.reading() as tx:
        local = [(e.id, e.kind, e.hash) for e in tx.audit.entries()]
    assert held_centrally(central) == local
    assert local[0][1] == "reprint"

    assert "audit: 0 sent, head 105 anchored at central" in sync_once(kiosk, capsys)
    assert len(held_centrally(central)) == count


def test_entries_written_after_a_cycle_follow_with_the_next_one(central, make_kiosk, capsys) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 2)
    sync_once(kiosk, capsys)
    write_entries(kiosk, 3)
    assert "audit: 3 sent, head 5 anchored at central" in sync_once(kiosk, capsys)
    with central.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CentralAuditEntry)) == 5


@pytest.mark.parametrize(("status", "body"), [
    (409, {"error": {"code": "audit_entry_conflict", "message": "audit entry 1 is held already", "entry_id": 1}}),
    (422, {"error": {"code": "audit_chain_broken", "message": "audit entry 1 does not link", "entry_id": 1}}),
    (503, {"error": {"code": "database_busy", "message": "retry shortly"}}),
    (200, {"unexpected": True}),
])
def test_an_answer_that_is_not_what_central_holds_leaves_the_entries_pending_and_ends_the_round(
        make_kiosk, stand_in, status, body) -> None:  # noqa: ANN001
    kiosk = make_kiosk(server_url=stand_in.url)
    write_entries(kiosk, 3)
    stand_in.reply(status, body)
    client = ApiClient(stand_in.url, "kc_test", timeouts=FAST)
    try:
        report = push_audit(client, kiosk.uow)
    finally:
        client.close()
    assert report.sent == 0 and report.problem is not None and not report.stops_cycle
    assert [path for _, path, _, _ in stand_in.requests] == ["/v1/audit/epochs"]  # once, not in a loop
    assert delivered_flags(kiosk) == [False] * 3
    assert report.failed is (status in (409, 422))  # a refusal fails the sync; "later" does not


def test_a_refusal_fails_the_report_but_does_not_stop_the_push_only_round(make_kiosk, stand_in) -> None:  # noqa: ANN001
    kiosk = make_kiosk(server_url=stand_in.url)
    write_entries(kiosk, 1)
    stand_in.reply(422, {"error": {"code": "audit_chain_broken", "message": "no link", "entry_id": 1}})
    client = ApiClient(stand_in.url, "kc_test", timeouts=FAST)
    try:
        report = run_cycle(client, kiosk.uow, system_clock, random.Random(1), pull=False)
    finally:
        client.close()
    assert not report.ok and report.stopped_by is None
    assert report.lines()[1].startswith("audit: 0 sent; central refused the log, the rest is kept "
                                        "(HTTP 422 audit_chain_broken")
    assert report.problem() == report.lines()[1]
    assert delivered_flags(kiosk) == [False]


def test_a_server_that_cannot_be_reached_stops_the_cycle_and_keeps_the_entries(make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 1)
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "kc_test", timeouts=FAST)  # nothing listens there
    try:
        report = push_audit(client, kiosk.uow)
    finally:
        client.close()
    assert report.stops_cycle and report.problem is not None and report.problem.status is None
    assert delivered_flags(kiosk) == [False]
