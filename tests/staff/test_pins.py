"""PIN hashes that survive a copied database, the policy's minimum lengths, and older hashes renewed."""

from __future__ import annotations

import json

import pytest

from kiosk.db import staff_store
from kiosk.db.engine import Database
from kiosk.resources import resource
from kiosk.services.staff import PinRefused, StaffDesk
from kiosk.sync.credentials import current_pepper, load_peppers
from kiosk.workflow.pins import HashCost, Pepper, hash_pin, legacy_hash, needs_rehash, new_pepper, verify_pin
from kiosk.workflow.policy import PolicyError, parse_policy
from kiosk.workflow.staff import Role, StaffMember
from tests.staff.conftest import CHEAP, NOW, install_policy, policy_with


def stored_hash(database: Database, staff_id: str) -> str:
    with database.session() as session:
        found = staff_store.get_member(session, staff_id)
    assert found is not None
    return found[1]


def test_hashes_are_argon2id_keyed_with_a_pepper_that_is_not_in_the_database(staff: StaffDesk, database, settings):  # noqa: ANN001
    pepper = current_pepper(settings.database_path.parent)
    for staff_id in ("M001", "C001"):
        assert stored_hash(database, staff_id).startswith(f"pepper:{pepper.id}$argon2id$v=19$")
    assert pepper.key.hex().encode() not in settings.database_path.read_bytes()
    assert not verify_pin("246813", stored_hash(database, "M001"), {})  # the file alone checks nothing
    assert not verify_pin("246813", stored_hash(database, "M001"), {pepper.id: new_pepper().key})


def test_a_right_pin_with_another_pepper_fails_and_the_right_pepper_works() -> None:
    pepper = Pepper("p-1", b"k" * 32)
    encoded = hash_pin("246813", pepper, CHEAP)
    assert verify_pin("246813", encoded, {"p-1": pepper.key})
    assert not verify_pin("246814", encoded, {"p-1": pepper.key})
    assert not verify_pin("246813", encoded, {"p-1": b"j" * 32})
    assert not needs_rehash(encoded, pepper, CHEAP)
    assert needs_rehash(encoded, Pepper("p-2", b"k" * 32), CHEAP)  # a new pepper
    assert needs_rehash(encoded, pepper, HashCost(memory_kib=64, time_cost=2))  # a higher cost
    assert needs_rehash(legacy_hash("246813", iterations=1000), pepper, CHEAP)


def test_an_older_pbkdf2_hash_signs_in_once_and_is_renewed(staff: StaffDesk, database, settings) -> None:  # noqa: ANN001
    with database.session() as session, session.begin():
        staff_store.upsert_member(session, StaffMember("M003", "Old Hash", Role.MANAGER),
                                  legacy_hash("135792", iterations=1000), now=NOW)
    assert staff.login("M003", "135792").id == "M003"
    renewed = stored_hash(database, "M003")
    assert renewed.startswith("pepper:") and verify_pin("135792", renewed, load_peppers(settings.database_path.parent))
    assert staff.login("M003", "135792").id == "M003"
    assert stored_hash(database, "M003") == renewed  # made once


def test_the_policy_sets_the_shortest_pins(staff: StaffDesk, database, clock) -> None:  # noqa: ANN001
    install_policy(database, policy_with(staff={"min_pin_length": 5, "min_pin_length_manager": 8}), NOW)
    with pytest.raises(PinRefused) as refused:
        staff.login("M001", "246813")
    assert (refused.value.key, refused.value.min_length) == ("pin_too_short", 8)
    with pytest.raises(PinRefused) as refused:
        staff.login("C001", "1357")
    assert (refused.value.key, refused.value.min_length) == ("pin_too_short", 5)


@pytest.mark.parametrize(("staff_section", "path"), [
    ({"min_pin_length_manager": 3}, "staff.min_pin_length_manager"),
    ({"min_pin_length": 9}, "staff.min_pin_length"),
    ({"min_pin_length": 6, "min_pin_length_manager": 5}, "staff.min_pin_length_manager"),
    ({"min_pin": 6}, "staff"),
])
def test_a_policy_with_bad_pin_lengths_is_refused_naming_the_field(staff_section, path) -> None:  # noqa: ANN001
    document = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    with pytest.raises(PolicyError) as refused:
        parse_policy({**document, "staff": staff_section})
    assert path in str(refused.value)
    assert parse_policy({**document, "staff": {"min_pin_length": 4, "min_pin_length_manager": 6}})


def test_the_demo_manager_signs_in_with_a_six_digit_pin(services) -> None:  # noqa: ANN001
    from kiosk.demo import DEMO_MANAGER

    assert len(DEMO_MANAGER["pin"]) == 6
    assert services.staff.login(DEMO_MANAGER["id"], DEMO_MANAGER["pin"]).id == DEMO_MANAGER["id"]


def test_a_damaged_pepper_file_is_named_at_sign_in_and_the_sync_begins_it_again(staff: StaffDesk, settings) -> None:  # noqa: ANN001
    from kiosk.sync.credentials import CredentialsError, keep_central_pepper, peppers_path

    path = peppers_path(settings.database_path.parent)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CredentialsError, match="pin_peppers.json"):
        staff.login("M001", "246813")
    central = Pepper("c-1", b"c" * 32)
    assert keep_central_pepper(settings.database_path.parent, central)
    assert load_peppers(settings.database_path.parent) == {"c-1": b"c" * 32}
    assert path.with_name(path.name + ".damaged").read_text(encoding="utf-8") == "{not json"
