"""Pulling: policy by ETag (a bad one refused, the last good kept), order pages with their cursor,
410 resync, managers, return statuses, retention purge and the end-of-cycle count check."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import select

from central.ops import backoffice, managers
from kiosk.db.models import ReturnCaseRow, StaffRow
from kiosk.services.privacy import purge_shopper_data
from kiosk.sync.client import ApiClient
from kiosk.sync.connection import client_for
from kiosk.sync.credentials import load_peppers
from kiosk.sync.cycle import run_cycle
from kiosk.sync.errors import StepFailed
from kiosk.sync.pull_orders import CURSOR, pull_orders
from kiosk.sync.pull_policy import pull_policy
from kiosk.sync.push import push_outbox
from kiosk.workflow.clock import format_utc, system_clock
from kiosk.workflow.orders import Order
from kiosk.workflow.pins import legacy_hash, verify_pin
from kiosk.workflow.policy import parse_policy
from kiosk.workflow.staff import Role, StaffMember
from tests.sync.conftest import STORE
from tests.sync.support import FAST, StandIn, demo_policy, recent_orders, take_return, utc_now


def cycle(kiosk):  # noqa: ANN001, ANN201
    return run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(7))


def test_the_policy_is_installed_then_polled_by_etag_and_a_new_version_replaces_it(central, make_kiosk) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    client = client_for(kiosk.settings)
    assert pull_policy(client, kiosk.uow, system_clock).status == "updated"
    assert pull_policy(client, kiosk.uow, system_clock).status == "unchanged"
    central.set_policy(demo_policy("demo-2026.12-1"))
    outcome = pull_policy(client, kiosk.uow, system_clock)
    assert (outcome.status, outcome.version) == ("updated", "demo-2026.12-1")
    assert kiosk.desk.policy().version == "demo-2026.12-1"


def test_a_bad_policy_is_refused_with_its_problems_and_the_last_good_one_stays(central, make_kiosk,  # noqa: ANN001
                                                                                stand_in: StandIn) -> None:
    kiosk = make_kiosk()
    pull_policy(client_for(kiosk.settings), kiosk.uow, system_clock)
    bad = demo_policy("broken-1")
    bad["rules"]["window_days"] = -5
    stand_in.reply(200, bad, ETag='"bad-1"')
    client = ApiClient(stand_in.url, "kc_standin", timeouts=FAST)

    outcome = pull_policy(client, kiosk.uow, system_clock)
    assert outcome.status == "refused"
    assert any("rules.window_days" in problem for problem in outcome.problems)
    assert kiosk.desk.policy().version == "demo-2026.11-1"

    stand_in.reply(304, raw=b"", ETag='"bad-1"')
    assert pull_policy(client, kiosk.uow, system_clock).status == "refused"
    assert '"bad-1"' in stand_in.requests[-1][2]["If-None-Match"]  # not downloaded again


def test_orders_arrive_page_by_page_and_a_stopped_pull_resumes_at_its_cursor(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 1200)
    central.load(documents)
    kiosk = make_kiosk()
    client = client_for(kiosk.settings, timeouts=FAST)
    pages = iter(range(100))
    stopped = pull_orders(client, kiosk.uow, system_clock, should_stop=lambda: next(pages) >= 1)
    assert (stopped.pages, stopped.orders, stopped.complete) == (1, 500, False)
    with kiosk.uow.reading() as tx:
        first_cursor = tx.settings.get(CURSOR)
        assert tx.orders.count() == 500

    rest = pull_orders(client, kiosk.uow, system_clock)
    assert (rest.pages, rest.orders, rest.complete, rest.total) == (2, 700, True, 1200)
    with kiosk.uow.reading() as tx:
        assert tx.settings.get(CURSOR) != first_cursor
        sample = documents[777]
        found = tx.orders.find(sample["number"], sample["customer"]["email"].upper())
    assert found is not None and [l.id for l in found.lines] == [l["id"] for l in sample["lines"]]

    changed = dict(documents[3], customer={**documents[3]["customer"], "name": "Renamed Shopper"})
    central.load([changed, *recent_orders(STORE, 2, seed=9, prefix="N")])
    incremental = pull_orders(client, kiosk.uow, system_clock)
    assert (incremental.orders, incremental.total) == (3, 1202)
    with kiosk.uow.reading() as tx:
        assert tx.orders.get(changed["number"]).customer.name == "Renamed Shopper"


def test_an_unknown_cursor_means_a_full_resync_that_drops_what_the_server_no_longer_has(central, make_kiosk) -> None:  # noqa: ANN001
    central.load(recent_orders(STORE, 30))
    kiosk = make_kiosk()
    assert cycle(kiosk).ok
    stray = recent_orders(STORE, 1, prefix="GONE")[0]
    with kiosk.uow.writing() as tx:
        tx.orders.save([Order.from_dict(stray)])
        tx.settings.put(CURSOR, "bm90LWEtY3Vyc29y")  # a cursor from another database
    report = cycle(kiosk)
    assert report.ok and report.orders.resynced and report.count.ok
    with kiosk.uow.reading() as tx:
        assert tx.orders.get(stray["number"]) is None
        assert tx.orders.count() == 30


def test_a_persistent_count_mismatch_schedules_a_full_resync(central, make_kiosk) -> None:  # noqa: ANN001
    central.load(recent_orders(STORE, 12))
    kiosk = make_kiosk()
    assert cycle(kiosk).count.ok
    stray = recent_orders(STORE, 1, prefix="STRAY")[0]
    with kiosk.uow.writing() as tx:
        tx.orders.save([Order.from_dict(stray)])
    first = cycle(kiosk)
    assert (first.count.local, first.count.server, first.count.resync_scheduled) == (13, 12, False)
    assert "MISMATCH" in first.problem()
    second = cycle(kiosk)
    assert not second.count.ok and second.count.resync_scheduled
    third = cycle(kiosk)
    assert third.orders.orders == 12 and third.count.ok and third.problem() is None


def test_orders_past_the_retention_window_are_purged(central, make_kiosk) -> None:  # noqa: ANN001
    central.load(recent_orders(STORE, 5))
    kiosk = make_kiosk()
    old = recent_orders(STORE, 1, prefix="OLD")[0]
    old["placed_at"] = format_utc(utc_now() - timedelta(days=200))
    old["delivered_at"] = format_utc(utc_now() - timedelta(days=197))
    with kiosk.uow.writing() as tx:
        tx.orders.save([Order.from_dict(old)])
    report = cycle(kiosk)
    assert report.purged == 1 and report.count.ok
    with kiosk.uow.reading() as tx:
        assert tx.orders.get(old["number"]) is None
        assert tx.orders.count() == 5


def test_managers_replace_the_synced_staff_and_local_clerks_stay(central, make_kiosk) -> None:  # noqa: ANN001
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    managers.add_manager(central.db, "M-8", "Area Al", "area_manager", None, "135724", utc_now())
    kiosk = make_kiosk()
    with kiosk.uow.writing() as tx:
        tx.staff.save(StaffMember("C-1", "Clerk", Role.CLERK), legacy_hash("1111", iterations=1000), now=utc_now())
    assert cycle(kiosk).managers == 2
    managers.remove_manager(central.db, "M-8", utc_now())
    assert cycle(kiosk).managers == 1
    with kiosk.database.session() as session:
        staff = {s.id: s.role for s in session.execute(select(StaffRow)).scalars()}
        pin_hash = session.get(StaffRow, "M-7").pin_hash
    assert staff == {"M-7": "manager", "C-1": "clerk"}
    assert verify_pin("246813", pin_hash, load_peppers(kiosk.settings.profile))


def test_status_changes_of_our_returns_reach_the_case(central, make_kiosk) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1)[0]
    central.load([order])
    kiosk = make_kiosk()
    assert cycle(kiosk).ok
    case = take_return(kiosk.desk, order["number"], order["customer"]["email"])
    assert push_outbox(client_for(kiosk.settings), kiosk.uow, system_clock, random.Random(1)).delivered == 1
    backoffice.set_status(central.db, case.code, "refunded", utc_now())
    assert cycle(kiosk).statuses == 1
    with kiosk.database.session() as session:
        assert session.get(ReturnCaseRow, case.id).server_status == "refunded"


@pytest.mark.parametrize("body", [{"orders": [{"number": "X1"}], "next_cursor": "c", "has_more": False,
                                   "total": 1, "horizon": "2026-10-01T00:00:00Z"},
                                  {"orders": [], "has_more": False}, ["not", "a", "page"]])
def test_a_page_that_cannot_be_read_is_refused_whole_and_the_cursor_stays(make_kiosk, stand_in: StandIn,  # noqa: ANN001
                                                                          body: object) -> None:
    kiosk = make_kiosk()
    stand_in.reply(200, body)
    with pytest.raises(StepFailed, match="orders"):
        pull_orders(ApiClient(stand_in.url, "kc_t", timeouts=FAST), kiosk.uow, system_clock)
    with kiosk.uow.reading() as tx:
        assert not tx.settings.get(CURSOR) and tx.orders.count() == 0


def test_the_active_policy_survives_a_cycle_against_a_server_without_one(make_kiosk, stand_in: StandIn) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    with kiosk.uow.writing() as tx:
        tx.policies.activate(parse_policy(demo_policy()), received_at=utc_now())
    stand_in.reply(404, {"error": {"code": "no_policy", "message": "no policy has been set on the server yet"}})
    outcome = pull_policy(ApiClient(stand_in.url, "kc_t", timeouts=FAST), kiosk.uow, system_clock)
    assert outcome.status == "none" and kiosk.desk.policy().version == "demo-2026.11-1"


def test_orders_dropped_for_privacy_do_not_count_as_a_mismatch_or_trigger_a_resync(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 4)
    central.load(documents)
    kiosk = make_kiosk()
    assert cycle(kiosk).ok
    take_return(kiosk.desk, documents[0]["number"], documents[0]["customer"]["email"])
    assert cycle(kiosk).ok  # delivered
    assert purge_shopper_data(kiosk.uow, now=utc_now() + timedelta(seconds=1), older_than_days=0).orders == 1
    for _ in range(3):
        report = cycle(kiosk)
        assert report.count.ok and not report.count.resync_scheduled and not report.orders.resynced
    assert "dropped here for privacy" in report.count.describe()
    with kiosk.uow.reading() as tx:
        assert tx.orders.count() == 3
