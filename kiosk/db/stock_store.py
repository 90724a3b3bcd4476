"""This store's stock as central's feed last said, and the kiosk's own cases central has not counted yet.

Exchange availability is central's count plus the moves of cases central has not taken into
it: cases whose outbox event is not delivered, or was delivered after the last complete stock
pull (central counted it, but the kiosk has not heard the new number yet).
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import Text, cast, or_, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from kiosk.db.case_store import load_case
from kiosk.db.models import OutboxRow, ReturnCaseRow, StoreStockRow
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.workflow.cases import CaseStatus, ReturnCase
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.variants import RESTOCK, Variant, stock_moves, with_store_stock

#: When the stock feed was last read to its end (absent: it never was; the seed's numbers hold).
PULLED_AT = "sync.stock.pulled_at"


def save_stock(session: Session, items: Sequence[tuple[str, str, int]], now: datetime) -> int:
    """Insert or replace (store id, SKU, on hand) rows; returns how many."""
    if not items:
        return 0
    rows = [{"store_id": store, "sku": sku, "on_hand": on_hand, "updated_at": now} for store, sku, on_hand in items]
    statement = insert(StoreStockRow).values(rows)
    session.execute(statement.on_conflict_do_update(
        index_elements=["sku"], set_={"store_id": statement.excluded.store_id,
                                      "on_hand": statement.excluded.on_hand,
                                      "updated_at": statement.excluded.updated_at}))
    return len(rows)


def mark_pulled(session: Session, at: datetime) -> None:
    put_setting(session, PULLED_AT, format_utc(at))


def pulled_at(session: Session) -> datetime | None:
    text = get_setting(session, PULLED_AT)
    return parse_utc(text) if text else None


def on_hand(session: Session, skus: Sequence[str]) -> dict[str, int]:
    rows = session.execute(select(StoreStockRow.sku, StoreStockRow.on_hand).where(StoreStockRow.sku.in_(skus)))
    return {sku: count for sku, count in rows}


def uncounted_cases(session: Session, since: datetime | None) -> list[ReturnCase]:
    """Completed cases central had not counted at ``since`` (None: every completed case)."""
    moving = or_(ReturnCaseRow.resolution == "exchange",  # a cheap first cut; stock_moves reads the lines
                 cast(ReturnCaseRow.document, Text).contains(f'"{RESTOCK}"'))
    query = select(ReturnCaseRow.id).where(ReturnCaseRow.status == CaseStatus.COMPLETED.value, moving)
    if since is not None:
        counted = select(OutboxRow.case_id).where(OutboxRow.delivered_at.is_not(None),
                                                  OutboxRow.delivered_at <= since)
        query = query.where(ReturnCaseRow.id.not_in(counted))
    return [load_case(session, case_id) for case_id in session.scalars(query)]


def with_stock(session: Session, variants: Sequence[Variant]) -> list[Variant]:
    """The variants with this store's stock now (see the module's docstring)."""
    since = pulled_at(session)
    counts = on_hand(session, [v.sku for v in variants]) if since is not None else None
    return with_store_stock(variants, counts, stock_moves(uncounted_cases(session, since)))
