"""Back-office pages of what decisions became: refunds waiting or failed, and vouchers.

Refund instructions and vouchers are central.models_outcomes' tables (the payment side
answers the instructions; kiosks and tills redeem the vouchers); these pages only read them.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select

from central.models_outcomes import RefundInstruction, Voucher
from central.web.backoffice_common import db, page, signed_in, store_scope

router = APIRouter(prefix="/backoffice", include_in_schema=False)

LIMIT = 200


@router.get("/refunds", response_class=HTMLResponse)
def refunds_page(request: Request) -> Response:
    staff = signed_in(request)
    store_id = store_scope(staff, request.query_params.get("store"))
    shown = request.query_params.get("status") or "open"
    statuses = ("pending", "failed") if shown == "open" else (shown,)
    query = (select(RefundInstruction).where(RefundInstruction.status.in_(statuses))
             .order_by(RefundInstruction.status, RefundInstruction.created_at).limit(LIMIT))
    counts = select(RefundInstruction.status, func.count(), func.coalesce(func.sum(RefundInstruction.amount), 0)
                    ).group_by(RefundInstruction.status)
    if store_id:
        query = query.where(RefundInstruction.store_id == store_id)
        counts = counts.where(RefundInstruction.store_id == store_id)
    with db(request).reading() as session:
        rows = list(session.scalars(query))
        totals = {status: (int(n), int(amount)) for status, n, amount in session.execute(counts)}
    return page(request, "refunds.html", staff, rows=rows, totals=totals, shown=shown)


@router.get("/vouchers", response_class=HTMLResponse)
def vouchers_page(request: Request) -> Response:
    staff = signed_in(request)
    store_id = store_scope(staff, request.query_params.get("store"))
    code = (request.query_params.get("code") or "").replace("-", "").replace(" ", "").upper()
    query = select(Voucher).order_by(Voucher.issued_at.desc()).limit(LIMIT)
    totals = select(Voucher.status, func.count(), func.coalesce(func.sum(Voucher.issued), 0),
                    func.coalesce(func.sum(Voucher.balance), 0)).group_by(Voucher.status)
    if store_id:
        query, totals = query.where(Voucher.store_id == store_id), totals.where(Voucher.store_id == store_id)
    if code:
        query = query.where(Voucher.code == code)
    with db(request).reading() as session:
        rows = list(session.scalars(query))
        sums = [tuple(int(v) if isinstance(v, int) else v for v in row) for row in session.execute(totals)]
    return page(request, "vouchers.html", staff, rows=rows, sums=sums, code=code)


def refunds_of(request: Request, return_id: str) -> list[Any]:
    with db(request).reading() as session:
        return list(session.scalars(select(RefundInstruction).where(RefundInstruction.return_id == return_id)
                                    .order_by(RefundInstruction.id)))


def vouchers_of(request: Request, return_id: str) -> list[Any]:
    with db(request).reading() as session:
        return list(session.scalars(select(Voucher).where(Voucher.return_id == return_id).order_by(Voucher.code)))
