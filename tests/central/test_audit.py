"""A device's audit log reaches central once per entry: replays are harmless, rewrites are refused."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from central.models import AuditEntry
from kiosk.workflow.audit_chain import AuditKind, chain_entry
from tests.central.support import NOW


def chain(count: int, *, subject: str = "K7QM-4TZ9-XH2") -> list[Any]:
    """``count`` honestly chained entries, as a kiosk's log holds them."""
    entries, previous = [], None
    for index in range(count):
        previous = chain_entry(previous, at=NOW + timedelta(minutes=index), kind=AuditKind.REFUND, actor="C-1",
                               subject=subject, details={"amount": 2500 + index, "email": "maria.garcia@example.com"})
        entries.append(previous)
    return entries


def post(kiosk: Any, entries: list[Any]) -> httpx.Response:
    return kiosk.http.post("/v1/audit", json={"entries": [entry.to_dict() for entry in entries]})


def held(central: Any, device_id: str) -> list[tuple[int, str]]:
    with central.db.reading() as session:
        rows = session.execute(select(AuditEntry.entry_id, AuditEntry.hash).where(AuditEntry.device_id == device_id)
                               .order_by(AuditEntry.entry_id))
        return [(entry_id, digest) for entry_id, digest in rows]


def test_entries_are_stored_with_their_device_and_store(central):
    kiosk = central.kiosk()
    entries = chain(3)
    answer = post(kiosk, entries)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"received": 3, "new": 3}
    with central.db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.device_id == kiosk.device_id)
                               .order_by(AuditEntry.entry_id)).all()
    assert [(r.entry_id, r.store_id, r.kind, r.actor, r.hash) for r in rows] == [
        (e.id, kiosk.store_id, "refund", "C-1", e.hash) for e in entries]
    assert rows[0].at == NOW and rows[0].prev_hash == "0" * 64
    assert rows[1].details == {"amount": 2501, "email": "m***@example.com"}
    assert rows[0].received_at == central.clock()


def test_a_replay_is_answered_200_and_stores_only_what_is_new(central):
    kiosk = central.kiosk()
    entries = chain(4)
    assert post(kiosk, entries[:2]).json() == {"received": 2, "new": 2}
    again = post(kiosk, entries)
    assert again.status_code == 200
    assert again.json() == {"received": 4, "new": 2}
    assert post(kiosk, entries).json() == {"received": 4, "new": 0}
    assert held(central, kiosk.device_id) == [(e.id, e.hash) for e in entries]


def test_entry_ids_are_per_device(central):
    first, second = central.kiosk(), central.kiosk()
    assert post(first, chain(2)).json()["new"] == 2
    assert post(second, chain(2, subject="other")).json()["new"] == 2


def test_a_held_entry_with_another_hash_is_refused_and_nothing_of_the_batch_is_stored(central):
    kiosk = central.kiosk()
    honest = chain(3)
    post(kiosk, honest[:2])
    rewritten = chain(3, subject="rewritten")  # the same ids, another history
    answer = post(kiosk, [honest[2], rewritten[1]])
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "audit_entry_conflict"
    assert answer.json()["error"]["entry_id"] == 2
    assert held(central, kiosk.device_id) == [(e.id, e.hash) for e in honest[:2]]


def test_a_broken_link_is_refused_naming_the_first_bad_entry(central):
    kiosk = central.kiosk()
    entries = chain(4)
    post(kiosk, entries[:1])
    forged = dataclasses.replace(entries[2], prev_hash="f" * 64)
    answer = post(kiosk, [entries[1], forged, entries[3]])
    assert answer.status_code == 422
    assert answer.json()["error"] == {"code": "audit_chain_broken", "entry_id": 3,
                                      "message": "audit entry 3 does not link to entry 2: its prev_hash differs; "
                                                 "an audit alarm was raised at central"}
    assert held(central, kiosk.device_id) == [(1, entries[0].hash)]


def test_a_first_entry_must_start_from_the_genesis_hash(central):
    kiosk = central.kiosk()
    forged = dataclasses.replace(chain(1)[0], prev_hash="a" * 64)
    assert post(kiosk, [forged]).json()["error"]["entry_id"] == 1


def test_an_entry_changed_after_it_was_chained_is_refused_and_nothing_is_stored(central):
    kiosk = central.kiosk()
    entries = chain(3)
    edited = dataclasses.replace(entries[1], details={**entries[1].details, "amount": 1})  # hash and links kept
    answer = post(kiosk, [entries[0], edited, entries[2]])
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "audit_entry_altered"
    assert answer.json()["error"]["entry_id"] == 2
    assert held(central, kiosk.device_id) == []
    assert post(kiosk, entries).status_code == 200  # the honest log is taken whole


def test_a_malformed_entry_is_a_422_naming_the_field(central):
    kiosk = central.kiosk()
    body = chain(1)[0].to_dict()
    body["pin"] = "1234"
    answer = kiosk.http.post("/v1/audit", json={"entries": [body]})
    assert answer.status_code == 422
    assert answer.json()["error"]["problems"][0]["path"] == "body.entries.0.pin"
    assert kiosk.http.post("/v1/audit", json={"entries": []}).status_code == 422


def test_without_a_device_token_nothing_is_stored(central):
    kiosk = central.kiosk()
    body = {"entries": [entry.to_dict() for entry in chain(1)]}
    assert httpx.post(central.url + "/v1/audit", json=body).status_code == 401
    wrong = httpx.post(central.url + "/v1/audit", json=body, headers={"Authorization": "Bearer kc_nope"})
    assert wrong.status_code == 401
    assert held(central, kiosk.device_id) == []
