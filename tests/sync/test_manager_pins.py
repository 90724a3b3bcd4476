"""Manager PINs between central and kiosks: the pepper stays out of the database, older hashes are
renewed at sign-in and kept across pulls, and wrong PINs typed at any kiosk count towards one lock."""

from __future__ import annotations

import random
import shutil
import stat

import pytest
from sqlalchemy import update

from central.models import Manager
from central.ops import managers
from kiosk.db.engine import Database
from kiosk.db.models import StaffRow
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.staff import PinRefused, StaffDesk
from kiosk.sync.connection import client_for
from kiosk.sync.credentials import PEPPERS_NAME, load_peppers
from kiosk.sync.cycle import run_cycle
from kiosk.sync.pin_lockouts import CentralLockouts
from kiosk.workflow.clock import system_clock
from kiosk.workflow.pins import legacy_hash
from kiosk.workflow.staff import OverrideRequest
from tests.sync.conftest import STORE
from tests.sync.support import FAST, utc_now


def cycle(kiosk):  # noqa: ANN001, ANN201
    report = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(7))
    assert report.ok
    return report


def desk(kiosk, shared: bool = True) -> StaffDesk:  # noqa: ANN001
    lockouts = CentralLockouts(kiosk.settings) if shared else None
    return StaffDesk(kiosk.uow, kiosk.settings, system_clock, shared_lockouts=lockouts)


def refusal(attempt) -> str:  # noqa: ANN001
    with pytest.raises(PinRefused) as refused:
        attempt()
    return refused.value.key


def test_wrong_pins_at_two_kiosks_lock_the_manager_at_both_and_at_a_third(central, make_kiosk) -> None:  # noqa: ANN001
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    first, second, third = make_kiosk("first"), make_kiosk("second"), make_kiosk("third")
    for kiosk in (first, second, third):
        cycle(kiosk)
    at_first, at_second = desk(first), desk(second)
    assert [refusal(lambda: at_first.login("M-7", "111111")) for _ in range(3)] == ["wrong_pin"] * 3
    assert refusal(lambda: at_second.login("M-7", "111111")) == "wrong_pin"
    assert refusal(lambda: at_second.login("M-7", "111111")) == "locked"  # the fifth, counted by central
    assert refusal(lambda: at_first.login("M-7", "246813")) == "locked"  # first had counted only three
    cycle(third)  # the lock comes with the roster
    assert refusal(lambda: desk(third, shared=False).login("M-7", "246813")) == "locked"


def test_offline_a_kiosk_counts_alone(central, make_kiosk) -> None:  # noqa: ANN001
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    kiosk = make_kiosk()
    cycle(kiosk)
    offline = StaffDesk(kiosk.uow, kiosk.settings, system_clock,
                        shared_lockouts=CentralLockouts(kiosk.settings, online=lambda: False))
    assert [refusal(lambda: offline.login("M-7", "111111")) for _ in range(5)] == ["wrong_pin"] * 4 + ["locked"]
    roster = client_for(kiosk.settings).get("/v1/managers").body["managers"]
    assert [(m["id"], m["failures"]) for m in roster] == [("M-7", 0)]


def test_the_pepper_stays_out_of_the_database_and_a_copied_database_checks_no_pin(
        central, make_kiosk, tmp_path) -> None:  # noqa: ANN001
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    kiosk = make_kiosk()
    cycle(kiosk)
    peppers = kiosk.settings.profile / PEPPERS_NAME
    assert stat.S_IMODE(peppers.stat().st_mode) == 0o600
    (pepper_id, key), = load_peppers(kiosk.settings.profile).items()
    assert desk(kiosk).login("M-7", "246813").id == "M-7"
    with kiosk.database.session() as session:
        stored = session.get(StaffRow, "M-7").pin_hash
    assert stored.startswith(f"pepper:{pepper_id}$argon2id$")
    kiosk.close()
    raw = kiosk.settings.database_path.read_bytes()
    assert key.hex().encode() not in raw and key not in raw

    copied = tmp_path / "copied"
    copied.mkdir()
    shutil.copy(kiosk.settings.database_path, copied / "kiosk.sqlite")
    database = Database(copied / "kiosk.sqlite").open()
    try:
        thief = StaffDesk(UnitOfWork(database), kiosk.settings, system_clock)
        assert refusal(lambda: thief.login("M-7", "246813")) == "wrong_pin"
    finally:
        database.close()


def test_an_older_hash_from_central_is_renewed_at_sign_in_and_kept_across_pulls(central, make_kiosk) -> None:  # noqa: ANN001
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    older = legacy_hash("246813", iterations=1000)
    with central.db.writing() as session:  # as an older central version stored it
        session.execute(update(Manager).where(Manager.id == "M-7").values(pin_hash=older))
    kiosk = make_kiosk()
    cycle(kiosk)
    assert desk(kiosk).login("M-7", "246813").id == "M-7"
    with kiosk.database.session() as session:
        row = session.get(StaffRow, "M-7")
        renewed, source = row.pin_hash, row.source_hash
    assert renewed.startswith("pepper:") and source == older
    cycle(kiosk)  # central still sends the older hash: the renewed one stays
    with kiosk.database.session() as session:
        assert session.get(StaffRow, "M-7").pin_hash == renewed
    assert desk(kiosk).login("M-7", "246813").id == "M-7"
    assert refusal(lambda: desk(kiosk).login("M-7", "246814")) == "wrong_pin"


def test_pin_only_guesses_at_one_kiosk_count_for_every_manager_at_central(central, make_kiosk) -> None:  # noqa: ANN001
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    managers.add_manager(central.db, "M-8", "Area Al", "area_manager", None, "135724", utc_now())
    guessing, other = make_kiosk("guessing"), make_kiosk("other")
    cycle(guessing)
    cycle(other)
    request = OverrideRequest("R1", "L1", "Item", 1, "needs_approval", 1000, "USD", None)
    at_guessing = desk(guessing)
    for _ in range(5):
        refusal(lambda: at_guessing.approve_override(request, pin="000000", reason_code="store_error"))
    at_other = desk(other)
    assert refusal(lambda: at_other.login("M-7", "246813")) == "locked"
    assert refusal(lambda: at_other.login("M-8", "135724")) == "locked"
