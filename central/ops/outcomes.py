"""What a taken case becomes at central: its vouchers, its refund instructions, its stock moves.

Called by intake inside the transaction that stores the case, so the case and its outcomes
commit together (a replayed post finds the case and never gets here again). A case under
review gets its vouchers and stock moves (the shopper holds the voucher and the goods are
back in the store whatever staff decide) but no refund instruction until staff accept it
(central.ops.backoffice.set_status).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

from sqlalchemy.orm import Session

from central.models import Return
from central.ops import refunds, stock, vouchers


def after_intake(session: Session, case_id: str, case: Mapping[str, Any], now: datetime) -> None:
    """Vouchers, refund instructions and stock for the case just stored (refused cases: none)."""
    if not has_outcomes(case):
        return
    found = session.get(Return, case_id)
    if found is None or found.status not in ("accepted", "review"):
        return
    vouchers.issue(session, found, case, now)
    if found.status == "accepted":
        refunds.create_instructions(session, found, now, fresh=True)
    stock.apply_case(session, found, case, now)


def has_outcomes(case: Mapping[str, Any]) -> bool:
    """Whether the case issues vouchers, refunds to an original tender or moves stock."""
    return bool(case.get("vouchers")) or any(
        t.get("kind") in refunds.ORIGINAL_TENDERS for t in case.get("tender_refunds") or []) or any(
        line.get("disposition") == "restock" or line.get("exchange_sku") for line in case.get("lines") or [])
