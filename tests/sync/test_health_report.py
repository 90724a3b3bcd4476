"""Health reports reach the real central server, a silent kiosk turns stale there, and a kiosk whose
clock is off holds window verdicts for staff and says so (the kiosk's clock is injected)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from central.ops.fleet import fleet
from kiosk import __version__
from kiosk.db.engine import SCHEMA_HEAD
from kiosk.services.printing import DocumentPrinter
from kiosk.services.returns import ReturnsDesk
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.health import read_health
from kiosk.sync.health_report import HealthReporter
from kiosk.sync.worker import SyncWorker
from kiosk.workflow.clock import Clock, system_clock
from kiosk.workflow.eligibility import Verdict
from tests.sync.conftest import STORE
from tests.sync.support import FAST, demo_policy, recent_orders, utc_now, wait_for


def skewed(offset: timedelta) -> Clock:
    """The kiosk's clock, ``offset`` ahead of the real one (central's)."""
    return lambda: system_clock() + offset


def only_status(central, now: datetime | None = None):  # noqa: ANN001, ANN201
    [status] = [s for s in fleet(central.db, now or utc_now()) if s.store_id == STORE]
    return status


def test_a_running_kiosk_reports_its_health_to_central_and_goes_stale_when_silent(central, make_kiosk,  # noqa: ANN001
                                                                                  tmp_path) -> None:
    central.load(recent_orders(STORE, 25))
    kiosk = make_kiosk()
    settings = replace(kiosk.settings, printers={"desk": {"kind": "pdf", "directory": str(tmp_path / "pdf")}})
    printer = DocumentPrinter(settings, kiosk.uow, system_clock)
    worker = SyncWorker(kiosk.uow, settings, system_clock, pull_interval_s=3600, timeouts=FAST,
                        printers=printer.printer_health)
    worker.start()
    try:
        wait_for(lambda: worker.reports_sent >= 1, what="the first health report")
    finally:
        assert worker.stop()

    status = only_status(central)
    report = status.report
    assert (report["app_version"], report["schema_version"]) == (__version__, SCHEMA_HEAD)
    assert report["policy_version"] == demo_policy()["version"] and report["cached_orders"] == 25
    assert (report["outbox_pending"], report["outbox_refused"], report["outbox_oldest_age_s"]) == (0, 0, None)
    assert report["printers"] == [{"name": "desk", "ready": True, "message": report["printers"][0]["message"]}]
    assert report["print_queue_depth"] == 0 and report["free_disk_bytes"] > 0 and report["database_bytes"] > 0
    assert abs(report["clock_offset_ms"]) < 2500 and report["clock_unsure"] is False
    assert report["last_sync_age_s"] < 60 and all(age < 60 for age in report["data_age_s"].values())
    assert [p for p in status.problems if not p.startswith("disk")] == []

    later = utc_now() + timedelta(minutes=20)  # central's clock, moved on: nothing came from the kiosk since
    stale = only_status(central, later)
    assert stale.state == "stale" and stale.problems[0].startswith("no report for ")


def test_a_kiosk_whose_clock_is_off_holds_window_verdicts_for_staff_and_says_so(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 3)
    central.load(documents)
    kiosk = make_kiosk()
    client = client_for(kiosk.settings, timeouts=FAST)
    assert client is not None
    ahead = skewed(timedelta(minutes=10))
    try:
        assert run_cycle(client, kiosk.uow, ahead, random.Random(1)).ok
        desk = ReturnsDesk(kiosk.uow, kiosk.settings, ahead)
        session = desk.new_session()
        assert session.clock_unsure
        session.start()
        session.order_found(desk.lookup(documents[0]["number"], documents[0]["customer"]["email"]).order)
        held = [d for d in session.availability.values() if d.verdict is Verdict.NEEDS_APPROVAL]
        assert held and {d.message_key for d in held} == {"clock_unsure"}

        health = read_health(kiosk.uow, registered=True, online=True, now=ahead())
        assert health.clock_unsure and timedelta(minutes=-11) < health.clock_offset < timedelta(minutes=-9)
        assert HealthReporter(kiosk.uow, kiosk.settings).post(client, ahead()).ok
        status = only_status(central)
        assert status.state == "unhealthy" and status.report["clock_unsure"] is True
        assert status.problems[0] == "clock 10 min ahead of central: window verdicts held for staff"

        assert run_cycle(client, kiosk.uow, system_clock, random.Random(1)).ok  # the time source is fixed
        assert not ReturnsDesk(kiosk.uow, kiosk.settings, system_clock).new_session().clock_unsure
    finally:
        client.close()


def test_the_limit_is_the_policys(central, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    client = client_for(kiosk.settings, timeouts=FAST)
    assert client is not None
    behind = skewed(-timedelta(minutes=3))
    try:
        assert run_cycle(client, kiosk.uow, behind, random.Random(1)).ok
        assert not ReturnsDesk(kiosk.uow, kiosk.settings, behind).new_session().clock_unsure  # 5 minutes allowed
        strict = demo_policy("demo-strict-clock")
        strict["approval"]["max_clock_offset_minutes"] = 2
        central.set_policy(strict)
        assert run_cycle(client, kiosk.uow, behind, random.Random(1)).ok
        assert ReturnsDesk(kiosk.uow, kiosk.settings, behind).new_session().clock_unsure
    finally:
        client.close()
