"""Staff fixtures: a real migrated SQLite file, staff with PIN hashes, the demo policy with
offline limits, a clock the test moves by hand, and wizards driven to the review step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest

from kiosk.config import Settings, settings_from_dict
from kiosk.db import policy_store, staff_store
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.demo import showcase_orders
from kiosk.resources import resource
from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import StaffDesk
from kiosk.sync.credentials import current_pepper
from kiosk.workflow.cases import Resolution
from kiosk.workflow.orders import Order
from kiosk.workflow.pins import HashCost, hash_pin
from kiosk.workflow.policy import Policy, load_policy_file
from kiosk.workflow.staff import Role, StaffMember
from kiosk.workflow.wizard import ReturnSession

#: 10:00 in the store (America/New_York).
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=timezone.utc)
POLICY = load_policy_file(resource("demo", "policy.json"))
FULL, PARTLY, LATE = (Order.from_dict(d) for d in showcase_orders(NOW))
#: One line worth 600.00, above the demo policy's 500.00 approval limit.
BIG = Order.from_dict({**FULL.to_dict(), "number": "R100009", "lines": [
    {**FULL.to_dict()["lines"][0], "unit_price": 60000, "tax": 0}],
    "tenders": [{"kind": "card", "amount": 60000}], "discounts": []})

PINS = {"M001": "246813", "M002": "975310", "C001": "1357", "C002": "8642"}
STAFF = (
    StaffMember("M001", "Dana Whitfield", Role.MANAGER),
    StaffMember("M002", "Lee Park", Role.MANAGER),
    StaffMember("C001", "Sam Ortiz", Role.CLERK),
    StaffMember("C002", "Ari Lind", Role.CLERK),
)


#: argon2id at its smallest: the tests check the rules, not the hash's cost.
CHEAP = HashCost(memory_kib=8, time_cost=1)


class MovableClock:
    """A clock that stands still until the test moves it."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def policy_with(**sections: Any) -> Policy:
    """The demo policy with extra top-level sections (offline_limits, overrides), as a new version."""
    version = POLICY.version + "+" + "+".join(sorted(sections))
    document = {**policy_store.plain_json(POLICY.document), **sections, "version": version}
    return replace(POLICY, version=version, document=document)


def install_policy(database: Database, policy: Policy, now: datetime) -> None:
    with database.session() as session, session.begin():
        policy_store.activate_policy(session, policy, received_at=now)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(NOW)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return settings_from_dict(tmp_path / "profile", {"kiosk": {"device_id": "kiosk-7"}})


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    database = Database(settings.database_path).open()
    pepper = current_pepper(settings.database_path.parent)
    with database.session() as session, session.begin():
        for member in STAFF:  # cheap hashes: the tests check the rules, not the hash's cost
            staff_store.upsert_member(session, member, hash_pin(PINS[member.id], pepper, CHEAP), now=NOW)
    install_policy(database, policy_with(overrides={"self_approval_limit": 2000}), NOW)
    yield database
    database.close()


@pytest.fixture
def staff(database: Database, settings: Settings, clock: MovableClock) -> StaffDesk:
    return StaffDesk(UnitOfWork(database), settings, clock)


@pytest.fixture
def desk(database: Database, settings: Settings, clock: MovableClock, staff: StaffDesk) -> ReturnsDesk:
    return ReturnsDesk(UnitOfWork(database), settings, clock, staff=staff)


def wizard_at_eligibility(clock: MovableClock, order: Order = FULL, line_id: str = "L1") -> ReturnSession:
    session = ReturnSession(POLICY, clock)
    session.start()
    session.order_found(order)
    session.set_quantity(line_id, 1)
    session.next()
    session.set_reason(line_id, "too_small", "unopened")
    session.next()
    return session


def to_review(session: ReturnSession, resolution: Resolution = Resolution.REFUND) -> ReturnSession:
    session.next()
    session.choose_resolution(resolution)
    session.next()
    return session


def wizard_at_review(clock: MovableClock, order: Order = FULL, resolution: Resolution = Resolution.REFUND) -> ReturnSession:
    return to_review(wizard_at_eligibility(clock, order), resolution)
