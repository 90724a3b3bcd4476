"""Back-office users: argon2id hashes, sessions kept hashed, lockout, and the add-user command."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from central import cli
from central.database import Database
from central.errors import AdminError
from central.models_backoffice import BackofficeSession, BackofficeUser
from central.ops import backoffice_users as users
from central.ops import devices
from tests.central.support import NOW

PASSWORD = "correct horse battery"


@pytest.fixture
def db(db_urls):
    database = Database.open(db_urls())
    database.migrate()
    devices.add_store(database, "S1", "Store 1", "America/New_York", NOW)
    devices.add_store(database, "S2", "Store 2", "America/New_York", NOW)
    yield database
    database.dispose()


def test_a_password_is_kept_only_as_an_argon2id_hash_and_signs_in(db):
    users.add_user(db, "hana", "head_office", None, PASSWORD, NOW)
    with db.reading() as session:
        row = session.scalar(select(BackofficeUser).where(BackofficeUser.name == "hana"))
    assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    staff, session_id = users.sign_in(db, "hana", PASSWORD, NOW)
    assert staff.head_office and staff.can_see("S2")
    assert users.session_staff(db, session_id, NOW + timedelta(minutes=5)) == staff
    with db.reading() as session:
        stored = session.scalars(select(BackofficeSession.id_hash)).all()
    assert stored == [users.hash_session_id(session_id)] and session_id not in stored


def test_a_session_ends_at_sign_out_and_after_its_lifetime(db):
    users.add_user(db, "hana", "head_office", None, PASSWORD, NOW)
    _staff, first = users.sign_in(db, "hana", PASSWORD, NOW)
    _staff, second = users.sign_in(db, "hana", PASSWORD, NOW)
    users.sign_out(db, first, NOW)
    assert users.session_staff(db, first, NOW) is None
    assert users.session_staff(db, second, NOW + users.SESSION_TTL - timedelta(seconds=1)) is not None
    assert users.session_staff(db, second, NOW + users.SESSION_TTL) is None
    assert users.session_staff(db, "made-up", NOW) is None


def test_repeated_wrong_passwords_lock_the_account_even_against_the_right_one(db):
    users.add_user(db, "sam", "store_manager", "S1", PASSWORD, NOW)
    for attempt in range(users.MAX_FAILURES):
        with pytest.raises(users.SignInRefused, match="wrong name or password"):
            users.sign_in(db, "sam", f"wrong {attempt}", NOW)
    with pytest.raises(users.SignInRefused, match="locked"):
        users.sign_in(db, "sam", PASSWORD, NOW + timedelta(minutes=1))
    staff, _session = users.sign_in(db, "sam", PASSWORD, NOW + users.LOCKOUT + timedelta(seconds=1))
    assert staff.store_id == "S1" and staff.can_see("S1") and not staff.can_see("S2")


def test_a_good_password_resets_the_count_of_failures(db):
    users.add_user(db, "sam", "store_manager", "S1", PASSWORD, NOW)
    for _ in range(users.MAX_FAILURES - 1):
        with pytest.raises(users.SignInRefused):
            users.sign_in(db, "sam", "nope nope nope", NOW)
    users.sign_in(db, "sam", PASSWORD, NOW)
    with pytest.raises(users.SignInRefused, match="wrong name"):
        users.sign_in(db, "sam", "nope nope nope", NOW)
    users.sign_in(db, "sam", PASSWORD, NOW)


def test_unknown_and_deactivated_users_are_refused_alike(db):
    users.add_user(db, "gone", "head_office", None, PASSWORD, NOW)
    _staff, session_id = users.sign_in(db, "gone", PASSWORD, NOW)
    users.deactivate_user(db, "gone", NOW)
    assert users.session_staff(db, session_id, NOW) is None
    for name in ("gone", "nobody"):
        with pytest.raises(users.SignInRefused, match="wrong name or password"):
            users.sign_in(db, name, PASSWORD, NOW)


@pytest.mark.parametrize(("role", "store", "password", "message"), [
    ("store_manager", None, PASSWORD, "needs --store"),
    ("head_office", "S1", PASSWORD, "head office has no store"),
    ("store_manager", "S9", PASSWORD, "no store 'S9'"),
    ("head_office", None, "short", "at least"),
    ("cashier", None, PASSWORD, "role must be"),
])
def test_bad_users_are_refused_with_the_reason(db, role, store, password, message):
    with pytest.raises(AdminError, match=message):
        users.add_user(db, "x", role, store, password, NOW)


def test_add_user_command_reads_the_password_from_a_file(db, tmp_path, capsys):
    url = db.engine.url.render_as_string(hide_password=False)
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    assert cli.main(["--db", url, "add-user", "mia", "--role", "store_manager", "--store", "S2",
                     "--password-file", str(secret)]) == 0
    assert "user mia saved (store_manager of S2)" in capsys.readouterr().out
    assert users.sign_in(db, "mia", PASSWORD, NOW)[0].store_id == "S2"
    assert cli.main(["--db", url, "add-user", "mia", "--role", "head_office", "--password-file", str(secret)]) == 1
    assert "exists" in capsys.readouterr().err


def test_a_review_decision_moves_the_return_and_is_recorded_with_its_reason(central):
    from central.ops import events, review
    from tests.central.support import Pick, honest_case, order_document, tampered

    kiosk = central.kiosk()
    other_store = central.new_store()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = tampered(honest_case(order, [Pick("L1")], device_id=kiosk.device_id), refund_total=1)
    assert kiosk.post_case(case).json()["status"] == "review"
    assert case["id"] in [item.id for item in review.queue(central.db, store_id=kiosk.store_id)]
    assert review.queue(central.db, store_id=other_store) == []
    with pytest.raises(review.NotYours):
        review.decide(central.db, case["code"], "accept", "checked the receipt", actor="sam", now=NOW,
                      store_id=other_store)
    with pytest.raises(AdminError, match="reason"):
        review.decide(central.db, case["id"], "accept", "  ", actor="hana", now=NOW)

    review.decide(central.db, case["code"], "refuse", "the refund total was altered", actor="hana", now=NOW)
    assert review.find(central.db, case["id"]).status == "refused"
    [decision] = review.decisions(central.db, case["id"])
    assert (decision.decision, decision.reason, decision.decided_by) == ("refuse", "the refund total was altered", "hana")
    [event] = events.events(central.db, subject=case["id"])
    assert (event.kind, event.actor, event.details["reason"]) == ("review_refuse", "hana", "the refund total was altered")
    with pytest.raises(AdminError, match="not in review"):
        review.decide(central.db, case["id"], "accept", "changed my mind", actor="hana", now=NOW)


def test_a_review_decision_that_cannot_be_recorded_leaves_the_return_in_review(central, monkeypatch):
    from central.ops import events, review
    from tests.central.support import Pick, honest_case, order_document, tampered

    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = tampered(honest_case(order, [Pick("L1")], device_id=kiosk.device_id), refund_total=1)
    assert kiosk.post_case(case).json()["status"] == "review"

    def broken(*_args, **_kwargs):
        raise RuntimeError("the events table is gone")

    monkeypatch.setattr(events, "record", broken)
    with pytest.raises(RuntimeError):
        review.decide(central.db, case["code"], "accept", "checked the receipt", actor="hana", now=NOW)
    assert review.find(central.db, case["id"]).status == "review"  # one transaction: nothing moved
    assert review.decisions(central.db, case["id"]) == []


def test_the_review_and_analytics_commands(central, capsys):
    import csv
    import io
    import json

    from central.ops import review
    from tests.central.support import Pick, honest_case, order_document, order_line, tampered

    url = central.db.engine.url.render_as_string(hide_password=False)
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", category="shoes", quantity=2)])
    central.load(order)
    honest = honest_case(order, [Pick("L1", 1, "too_small")], device_id=kiosk.device_id)
    assert kiosk.post_case(honest).status_code == 201
    disputed = tampered(honest_case(order, [Pick("L1", 1, "too_large")], device_id=kiosk.device_id), refund_total=7)
    assert kiosk.post_case(disputed).json()["status"] == "review"

    assert cli.main(["--db", url, "review", "list", "--store", kiosk.store_id, "--json"]) == 0
    [listed] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (listed["code"], listed["disagreements"][0]["kind"]) == (disputed["code"], "total")
    assert cli.main(["--db", url, "review", "accept", disputed["code"], "--reason", "till receipt seen",
                     "--by", "hana"]) == 0
    assert review.find(central.db, disputed["id"]).status == "accepted"
    assert review.decisions(central.db, disputed["id"])[0].decided_by == "hana"
    assert cli.main(["--db", url, "review", "refuse", disputed["code"], "--reason", "again"]) == 1
    assert "not in review" in capsys.readouterr().err

    clock = lambda: NOW + timedelta(minutes=1)  # noqa: E731
    assert cli.main(["--db", url, "analytics", "--store", kiosk.store_id, "--csv", "by_reason"], clock=clock) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["reason_code"]: int(r["units"]) for r in rows} == {"too_small": 1, "too_large": 1}
    assert cli.main(["--db", url, "analytics", "--store", kiosk.store_id, "--csv", "return_rate"], clock=clock) == 0
    [rate] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (rate["category"], rate["units_sold"], rate["units_returned"], rate["rate_percent"]) == \
        ("shoes", "2", "2", "100.0")
