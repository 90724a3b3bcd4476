"""The bulk ingest writes exactly what the models would: timestamps, JSON and lines read back the same."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.db import order_cache
from kiosk.db.engine import Database
from kiosk.db.models import OrderLineRow, OrderRow
from kiosk.workflow.orders import Order
from tests.sync.support import recent_orders


@pytest.fixture
def database(tmp_path: Path):  # noqa: ANN201
    opened = Database(tmp_path / "cache.sqlite").open()
    yield opened
    opened.close()


@pytest.mark.parametrize(("text", "moment"), [
    ("2026-11-20T16:00:00Z", datetime(2026, 11, 20, 16, tzinfo=timezone.utc)),
    ("2026-11-20T16:00:00.123456Z", datetime(2026, 11, 20, 16, 0, 0, 123456, tzinfo=timezone.utc)),
    ("2026-11-20T18:30:00+02:30", datetime(2026, 11, 20, 16, tzinfo=timezone.utc)),
    ("2026-11-20T16:00:00.5Z", datetime(2026, 11, 20, 16, 0, 0, 500000, tzinfo=timezone.utc)),
])
def test_timestamps_are_stored_as_the_orm_stores_them(database: Database, text: str, moment: datetime) -> None:
    document = recent_orders("S1", 1)[0]
    document["placed_at"] = text
    with database.session() as session, session.begin():
        order_cache.upsert_order_documents(session, [document])
    with database.session() as session:
        row = session.execute(select(OrderRow).where(OrderRow.placed_at == moment)).scalar_one()
    assert row.number == document["number"] and row.placed_at == moment


def test_an_upsert_replaces_the_order_and_its_lines(database: Database) -> None:
    document = recent_orders("S1", 1)[0]
    with database.session() as session, session.begin():
        order_cache.upsert_orders(session, [Order.from_dict(document)])
    changed = dict(document, lines=document["lines"][:1], customer={**document["customer"], "phone": "+1 (212) 555-0101"})
    with database.session() as session, session.begin():
        order_cache.upsert_order_documents(session, [changed])
    with database.session() as session:
        lines = session.execute(select(OrderLineRow.line_id).where(OrderLineRow.order_number == document["number"]))
        assert list(lines.scalars()) == [document["lines"][0]["id"]]
        assert order_cache.search_orders(session, phone="+1 212-555-0101")[0].number == document["number"]
        found = order_cache.find_order(session, document["number"].lower(), document["customer"]["email"].upper())
    assert found == Order.from_dict(changed)
