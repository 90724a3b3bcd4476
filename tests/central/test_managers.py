"""Managers reach devices as peppered argon2id PIN hashes a kiosk can check offline, leave when
removed, and their wrong PINs are counted across every device."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from central.errors import AdminError
from central.models import Manager
from central.ops.managers import add_manager, central_pepper, remove_manager
from kiosk.workflow.pins import legacy_hash, verify_pin


def verify_as_documented(pin: str, encoded: str, pepper_hex: str) -> bool:
    """The documented format, recomputed with nothing but hmac and argon2."""
    head, _, phc = encoded.partition("$")
    assert head.startswith("pepper:") and phc.startswith("argon2id$v=19$")
    keyed = hmac.new(bytes.fromhex(pepper_hex), pin.encode("utf-8"), hashlib.sha256).digest()
    try:
        return PasswordHasher().verify("$" + phc, keyed)
    except VerifyMismatchError:
        return False


def test_a_kiosk_gets_its_stores_managers_with_pin_hashes_it_can_verify_offline(central):
    kiosk = central.kiosk()
    other_store = central.new_store()
    now = central.clock()
    add_manager(central.db, f"{kiosk.store_id}-ana", "Ana", "manager", kiosk.store_id, "482100", now)
    add_manager(central.db, f"{kiosk.store_id}-area", "Bo", "area_manager", None, "904512", now)
    add_manager(central.db, f"{kiosk.store_id}-cy", "Cy", "manager", other_store, "111111", now)
    body = kiosk.get("/v1/managers").json()
    mine = {m["id"]: m for m in body["managers"] if m["id"].startswith(kiosk.store_id)}
    assert set(mine) == {f"{kiosk.store_id}-ana", f"{kiosk.store_id}-area"}
    ana = mine[f"{kiosk.store_id}-ana"]
    assert (ana["name"], ana["role"], ana["store_id"]) == ("Ana", "manager", kiosk.store_id)
    assert (ana["failures"], ana["locked_until"]) == (0, None)
    assert "482100" not in ana["pin_hash"] and "$argon2id$" in ana["pin_hash"]
    pepper = body["pin_pepper"]
    assert ana["pin_hash"].startswith(f"pepper:{pepper['id']}$")
    assert verify_pin("482100", ana["pin_hash"], {pepper["id"]: bytes.fromhex(pepper["key"])})
    assert verify_as_documented("482100", ana["pin_hash"], pepper["key"])
    assert not verify_as_documented("482101", ana["pin_hash"], pepper["key"])
    assert "argon2id" in body["pin_hash_format"] and "HMAC" in body["pin_hash_format"]


def test_a_stolen_hash_without_the_pepper_verifies_nothing(central):
    kiosk = central.kiosk()
    add_manager(central.db, f"{kiosk.store_id}-ana", "Ana", "manager", kiosk.store_id, "482100", central.clock())
    (ana,) = [m for m in kiosk.get("/v1/managers").json()["managers"] if m["id"] == f"{kiosk.store_id}-ana"]
    assert not verify_pin("482100", ana["pin_hash"], {})
    assert not verify_pin("482100", ana["pin_hash"], {central_pepper().id: b"another pepper, guessed"})
    head, _, phc = ana["pin_hash"].partition("$")
    with pytest.raises(VerifyMismatchError):  # the plain PIN is not what was hashed
        PasswordHasher().verify("$" + phc, "482100")


def test_every_pin_gets_its_own_salt(central):
    store = central.new_store()
    for name in ("a", "b"):
        add_manager(central.db, f"{store}-{name}", name, "manager", store, "123456", central.clock())
    hashes = [m["pin_hash"] for m in central.kiosk(store).get("/v1/managers").json()["managers"]
              if m["id"].startswith(store)]
    assert len(set(hashes)) == 2


def test_older_pbkdf2_hashes_are_still_read():
    old = legacy_hash("246813", iterations=1000)
    assert verify_pin("246813", old, {}) and not verify_pin("246814", old, {})


def test_a_removed_manager_leaves_every_device(central):
    kiosk = central.kiosk()
    manager_id = f"{kiosk.store_id}-gone"
    add_manager(central.db, manager_id, "Gone", "manager", kiosk.store_id, "246813", central.clock())
    remove_manager(central.db, manager_id, central.clock())
    assert manager_id not in [m["id"] for m in kiosk.get("/v1/managers").json()["managers"]]


@pytest.mark.parametrize(("pin", "role"), [("12", "manager"), ("12ab", "manager"), ("1234", "manager"),
                                           ("12345", "supervisor"), ("1234567890123", "manager"),
                                           ("123456", "owner")])
def test_a_bad_or_short_pin_or_a_bad_role_is_refused(central, pin, role):
    with pytest.raises(AdminError):
        add_manager(central.db, "M-bad", "Bad", role, None, pin, central.clock())


def test_wrong_pins_at_different_devices_count_towards_one_lock(central):
    first = central.kiosk()
    second = central.kiosk(first.store_id)
    elsewhere = central.kiosk()
    manager_id = f"{first.store_id}-ana"
    add_manager(central.db, manager_id, "Ana", "manager", first.store_id, "482100", central.clock())

    def miss(kiosk):  # noqa: ANN001, ANN202
        answer = kiosk.http.post("/v1/managers/pin-attempts", json={"manager_ids": [manager_id], "outcome": "miss"})
        assert answer.status_code == 200
        return answer.json()["managers"]

    assert miss(first) == [{"id": manager_id, "failures": 1, "locked_until": None}]
    assert miss(second)[0]["failures"] == 2
    assert miss(elsewhere) == []  # another store's device cannot count against this store's manager
    miss(first), miss(second)
    (locked,) = miss(first)
    assert locked["locked_until"] is not None
    roster = {m["id"]: m for m in second.get("/v1/managers").json()["managers"]}
    assert roster[manager_id]["locked_until"] == locked["locked_until"]
    success = second.http.post("/v1/managers/pin-attempts", json={"manager_ids": [manager_id], "outcome": "success"})
    assert success.json()["managers"][0]["locked_until"] == locked["locked_until"]  # a running lock runs its course
    central.clock.advance(minutes=5)
    roster = {m["id"]: m for m in second.get("/v1/managers").json()["managers"]}
    assert roster[manager_id]["locked_until"] is None
    assert miss(first)[0]["failures"] == 1


def test_pin_attempts_need_a_token_and_a_well_formed_body(central):
    kiosk = central.kiosk()
    assert kiosk.http.post("/v1/managers/pin-attempts", json={"manager_ids": [], "outcome": "miss"}).status_code == 422
    assert kiosk.http.post("/v1/managers/pin-attempts", json={"manager_ids": ["x"], "outcome": "maybe"}
                           ).status_code == 422
    nul = kiosk.http.post("/v1/managers/pin-attempts", json={"manager_ids": ["M\x00-1"], "outcome": "miss"})
    assert nul.status_code == 422, "a control character is refused before it reaches the database (found by schemathesis)"
    import httpx

    assert httpx.post(central.url + "/v1/managers/pin-attempts", content=b"{bad").status_code == 401


def test_central_keeps_the_pin_lock_window_on_its_own_clock(central):
    kiosk = central.kiosk()
    manager_id = f"{kiosk.store_id}-bo"
    add_manager(central.db, manager_id, "Bo", "manager", kiosk.store_id, "482100", central.clock())
    for _ in range(5):
        answer = kiosk.http.post("/v1/managers/pin-attempts", json={"manager_ids": [manager_id], "outcome": "miss"})
    until = answer.json()["managers"][0]["locked_until"]
    assert until == (central.clock() + timedelta(minutes=5)).isoformat().replace("+00:00", "Z")


def test_operators_see_which_managers_still_have_an_older_hash_and_who_is_locked(central):
    from central.ops.managers import manager_listing

    store = central.new_store()
    add_manager(central.db, f"{store}-new", "New", "manager", store, "482100", central.clock())
    add_manager(central.db, f"{store}-old", "Old", "manager", store, "482100", central.clock())
    with central.db.writing() as session:
        session.get(Manager, f"{store}-old").pin_hash = legacy_hash("482100", iterations=1000)
    kiosk = central.kiosk(store)
    for _ in range(5):
        kiosk.http.post("/v1/managers/pin-attempts", json={"manager_ids": [f"{store}-new"], "outcome": "miss"})
    listed = {m["id"]: m for m in manager_listing(central.db, central.clock()) if m["id"].startswith(store)}
    assert listed[f"{store}-new"]["pin_hash"] == "argon2id" and listed[f"{store}-new"]["locked_until"]
    assert listed[f"{store}-old"]["pin_hash"].startswith("pbkdf2") and listed[f"{store}-old"]["failures"] == 0


def test_list_managers_prints_each_pin_scheme(sqlite_file, capsys):
    from central.cli import main

    assert main(["--db", sqlite_file, "migrate"]) == 0
    assert main(["--db", sqlite_file, "add-store", "S1"]) == 0
    assert main(["--db", sqlite_file, "add-manager", "M1", "--store", "S1", "--pin", "482100"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_file, "list-managers"]) == 0
    assert capsys.readouterr().out == "M1\tmanager\tS1\targon2id\t0 wrong PIN(s)\n"
