"""Managers reach devices as PIN hashes a kiosk can check offline, and leave when removed."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from central.errors import AdminError
from central.ops.managers import add_manager, remove_manager
from kiosk.workflow.pins import verify_pin

FAST = 1_000  # iterations: tests need the format, not the slowness


def verify_as_documented(pin: str, encoded: str) -> bool:
    """The documented format, recomputed with nothing but hashlib."""
    algorithm, iterations, salt_hex, digest_hex = encoded.split("$")
    assert algorithm == "pbkdf2_sha256"
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), digest_hex)


def test_a_kiosk_gets_its_stores_managers_with_pin_hashes_it_can_verify_offline(central):
    kiosk = central.kiosk()
    other_store = central.new_store()
    now = central.clock()
    add_manager(central.db, f"{kiosk.store_id}-ana", "Ana", "manager", kiosk.store_id, "4821", now, iterations=FAST)
    add_manager(central.db, f"{kiosk.store_id}-area", "Bo", "area_manager", None, "904512", now, iterations=FAST)
    add_manager(central.db, f"{kiosk.store_id}-cy", "Cy", "manager", other_store, "1111", now, iterations=FAST)
    body = kiosk.get("/v1/managers").json()
    mine = {m["id"]: m for m in body["managers"] if m["id"].startswith(kiosk.store_id)}
    assert set(mine) == {f"{kiosk.store_id}-ana", f"{kiosk.store_id}-area"}
    ana = mine[f"{kiosk.store_id}-ana"]
    assert (ana["name"], ana["role"], ana["store_id"]) == ("Ana", "manager", kiosk.store_id)
    assert "4821" not in ana["pin_hash"]
    assert verify_pin("4821", ana["pin_hash"]) and verify_as_documented("4821", ana["pin_hash"])
    assert not verify_as_documented("4822", ana["pin_hash"])
    assert body["pin_hash_format"] == "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>"


def test_every_pin_gets_its_own_salt(central):
    store = central.new_store()
    for name in ("a", "b"):
        add_manager(central.db, f"{store}-{name}", name, "manager", store, "1234", central.clock(), iterations=FAST)
    hashes = [m["pin_hash"] for m in central.kiosk(store).get("/v1/managers").json()["managers"]
              if m["id"].startswith(store)]
    assert len(set(hashes)) == 2


def test_a_removed_manager_leaves_every_device(central):
    kiosk = central.kiosk()
    manager_id = f"{kiosk.store_id}-gone"
    add_manager(central.db, manager_id, "Gone", "manager", kiosk.store_id, "2468", central.clock(), iterations=FAST)
    remove_manager(central.db, manager_id, central.clock())
    assert manager_id not in [m["id"] for m in kiosk.get("/v1/managers").json()["managers"]]


@pytest.mark.parametrize(("pin", "role"), [("12", "manager"), ("12ab", "manager"), ("123456789", "manager"),
                                           ("1234", "owner")])
def test_a_bad_pin_or_role_is_refused(central, pin, role):
    with pytest.raises(AdminError):
        add_manager(central.db, "M-bad", "Bad", role, None, pin, central.clock(), iterations=FAST)
