"""The back office in the browser: sign-in, returns, the review queue and the fleet.

Server-rendered pages over central.ops (the same functions the ``kiosk-central`` commands
call), plain forms with CSRF double submit, POST-redirect-GET, no JavaScript. The pages of
refunds and vouchers, analytics and policy live in ``backoffice_outcomes``,
``backoffice_analytics`` and ``backoffice_policy``; ``install(app)`` mounts them all under
``/backoffice``.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import or_, select

from central.errors import AdminError
from central.models import AuditEntry, Order, Return, Store
from central.ops import backoffice_users, events, fleet, review
from central.ops.policies import current_policy, policy_version
from central.ops.policy_simulator import replay_return
from central.web import backoffice_analytics, backoffice_outcomes, backoffice_policy, base
from central.web.backoffice_common import (
    POSTS,
    SESSION_COOKIE,
    SIGN_INS,
    SignInNeeded,
    csv_response,
    db,
    now,
    page,
    parse_day,
    require_store,
    signed_in,
    store_scope,
)
from kiosk.workflow.policy import parse_policy
from kiosk.workflow.policy_messages import render_message

router = APIRouter(prefix="/backoffice", include_in_schema=False)

STATUSES = ("accepted", "review", "refused", "refunded", "refund_failed")
LIST_LIMIT = 200


def install(app: FastAPI) -> None:
    """Mount the back office (after ``base.install``)."""
    app.add_exception_handler(SignInNeeded, _sign_in_needed)
    for module_router in (router, backoffice_outcomes.router, backoffice_analytics.router, backoffice_policy.router):
        app.include_router(module_router)


async def _sign_in_needed(request: Request, _error: Exception) -> Response:
    if request.method in ("GET", "HEAD"):
        return RedirectResponse("/backoffice/sign-in", status_code=303)
    return base.render(request, "backoffice/sign_in.html", status=401, staff=None,
                       error="Your session has ended. Please sign in again.", name="")


# --- signing in and out -----------------------------------------------------------------------

@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request) -> Response:
    return base.render(request, "backoffice/sign_in.html", staff=None, error=None, name="")


@router.post("/sign-in")
async def sign_in(request: Request) -> Response:
    SIGN_INS.check(request, "backoffice-sign-in")
    form = await base.checked_form(request)
    name, password = str(form.get("name") or ""), str(form.get("password") or "")
    try:
        _staff, session_id = backoffice_users.sign_in(db(request), name, password, now(request))
    except backoffice_users.SignInRefused as refused:
        return base.render(request, "backoffice/sign_in.html", status=401, staff=None, error=str(refused),
                           name=name)
    response = base.redirect(request, "/backoffice/returns")
    base.set_cookie(response, request, SESSION_COOKIE, session_id,
                    max_age=int(backoffice_users.SESSION_TTL.total_seconds()))
    return response


@router.post("/sign-out")
async def sign_out(request: Request) -> Response:
    await base.checked_form(request)
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        backoffice_users.sign_out(db(request), session_id, now(request))
    response = base.redirect(request, "/backoffice/sign-in")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("", response_class=HTMLResponse)
@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    signed_in(request)
    return RedirectResponse("/backoffice/returns", status_code=303)


# --- returns ----------------------------------------------------------------------------------

def _filters(request: Request) -> dict[str, str]:
    keys = ("store", "status", "since", "until", "reason", "q")
    return {k: request.query_params.get(k, "").strip() for k in keys}


def _find_returns(request: Request, store_id: str | None, filters: dict[str, str]) -> list[Return]:
    query = select(Return).order_by(Return.received_at.desc(), Return.id).limit(LIST_LIMIT * 5)
    if store_id:
        query = query.where(Return.store_id == store_id)
    if filters["status"] in STATUSES:
        query = query.where(Return.status == filters["status"])
    if filters["q"]:
        text = filters["q"].upper()
        query = query.where(or_(Return.code == text, Return.order_number == filters["q"], Return.id == filters["q"]))
    zone = _zone(request, store_id)
    if (since := parse_day(filters["since"])) is not None:
        query = query.where(Return.created_at >= datetime.combine(since, time(), zone).astimezone(timezone.utc))
    if (until := parse_day(filters["until"])) is not None:
        end = datetime.combine(until + timedelta(days=1), time(), zone).astimezone(timezone.utc)
        query = query.where(Return.created_at < end)
    with db(request).reading() as session:
        rows = list(session.scalars(query))
    if filters["reason"]:
        rows = [r for r in rows if any(l.get("reason_code") == filters["reason"] for l in r.body.get("lines", []))]
    return rows[:LIST_LIMIT]


def _zone(request: Request, store_id: str | None) -> ZoneInfo:
    """Days are the store's days when one store is shown; UTC days across stores."""
    if store_id:
        with db(request).reading() as session:
            store = session.get(Store, store_id)
        if store is not None:
            return ZoneInfo(store.timezone)
    return ZoneInfo("UTC")


def _stores(request: Request) -> list[Store]:
    with db(request).reading() as session:
        return list(session.scalars(select(Store).order_by(Store.id)))


def _summary(row: Return) -> dict[str, Any]:
    body = row.body
    lines = body.get("lines", [])
    return {"id": row.id, "code": row.code, "store_id": row.store_id, "order_number": row.order_number,
            "status": row.status, "created_at": row.created_at, "received_at": row.received_at,
            "resolution": body.get("resolution", ""), "currency": body.get("currency", "USD"),
            "units": sum(int(l.get("quantity", 0)) for l in lines),
            "value": sum(int(l.get("refund_amount", 0)) for l in lines),
            "reasons": sorted({str(l.get("reason_code", "")) for l in lines})}


@router.get("/returns", response_class=HTMLResponse)
def returns_page(request: Request) -> Response:
    staff = signed_in(request)
    filters = _filters(request)
    store_id = store_scope(staff, filters["store"])
    rows = [_summary(r) for r in _find_returns(request, store_id, filters)]
    return page(request, "returns.html", staff, rows=rows, filters=filters, statuses=STATUSES,
                stores=_stores(request) if staff.head_office else [], limit=LIST_LIMIT, reasons=_reasons(request))


def _reasons(request: Request) -> list[tuple[str, str]]:
    """(code, label) of the current policy's return reasons, for the filter."""
    with db(request).reading() as session:
        stored = current_policy(session)
    reasons = stored.document.get("reasons", []) if stored else []
    return [(str(r.get("code")), str(r.get("label") or r.get("code"))) for r in reasons if isinstance(r, dict)]


@router.get("/returns.csv")
def returns_csv(request: Request) -> Response:
    staff = signed_in(request)
    filters = _filters(request)
    rows = [_summary(r) for r in _find_returns(request, store_scope(staff, filters["store"]), filters)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = ("code", "id", "store_id", "order_number", "status", "created_at", "resolution", "currency", "units",
               "value", "reasons")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c].isoformat() if isinstance(row[c], datetime) else
                         " ".join(row[c]) if isinstance(row[c], list) else row[c] for c in columns])
    return csv_response(out.getvalue(), "returns.csv")


@router.get("/returns/{case}", response_class=HTMLResponse)
def return_page(request: Request, case: str) -> Response:
    staff = signed_in(request)
    try:
        row = review.find(db(request), case)
    except AdminError:
        raise base.WebRefusal(404, "There is no such return.") from None
    require_store(staff, row.store_id)
    return page(request, "return.html", staff, r=_summary(row), body=row.body, lines=_explained(request, row),
                disagreements=row.disagreements, decisions=review.decisions(db(request), row.id),
                events=events.events(db(request), subject=row.id), audit=_audit_entries(request, row),
                refunds=backoffice_outcomes.refunds_of(request, row.id),
                vouchers=backoffice_outcomes.vouchers_of(request, row.id),
                can_decide=row.status == "review")


def _explained(request: Request, row: Return) -> list[dict[str, Any]]:
    """Each line as posted, with the policy's explanation under the version the kiosk decided by."""
    lines = [dict(l) for l in row.body.get("lines", [])]
    for line in lines:
        line["explanation"] = render_message(str(line.get("message_key") or ""), line.get("message_params") or {}) \
            if line.get("message_key") else ""
    with db(request).reading() as session:
        stored = policy_version(session, row.policy_version)
        order = session.get(Order, row.order_id)
    if stored is None or order is None:
        return lines
    try:
        replayed = replay_return(row, order.document, parse_policy(stored.document), [], [])
    except Exception:  # an explanation is a help, never a reason to refuse the page
        return lines
    for line, outcome in zip(lines, replayed):
        line["policy_verdict"], line["policy_rule"], line["explanation"] = (
            outcome.after_verdict, outcome.after_rule, outcome.message)
    return lines


def _audit_entries(request: Request, row: Return) -> list[AuditEntry]:
    with db(request).reading() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.store_id == row.store_id, or_(AuditEntry.subject == row.id, AuditEntry.subject == row.code))
            .order_by(AuditEntry.at, AuditEntry.entry_id).limit(100)))


# --- the review queue -------------------------------------------------------------------------

@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request) -> Response:
    staff = signed_in(request)
    items = review.queue(db(request), store_id=store_scope(staff, request.query_params.get("store")))
    return page(request, "review.html", staff, items=items, done=request.query_params.get("done"),
                error=None)


@router.post("/review/{case}")
async def decide(request: Request, case: str) -> Response:
    staff = signed_in(request)
    POSTS.check(request, "backoffice")
    form = await base.checked_form(request)
    decision, reason = str(form.get("decision") or ""), str(form.get("reason") or "")
    try:
        review.decide(db(request), case, decision, reason, actor=staff.name, now=now(request),
                      store_id=staff.stores)
    except review.NotYours:
        raise base.WebRefusal(403, "This belongs to another store. You can see only your own store's returns.") \
            from None
    except AdminError as error:
        items = review.queue(db(request), store_id=staff.stores)
        return page(request, "review.html", staff, status=422, items=items, done=None, error=str(error))
    return base.redirect(request, f"/backoffice/review?done={case}")


# --- the fleet --------------------------------------------------------------------------------

@router.get("/fleet", response_class=HTMLResponse)
def fleet_page(request: Request) -> Response:
    staff = signed_in(request)
    moment = now(request)
    statuses = fleet.fleet(db(request), moment, store_id=staff.stores)
    counts = {state: sum(s.state == state for s in statuses) for state in fleet.STATES}
    return page(request, "fleet.html", staff, statuses=statuses, counts=counts, now=moment,
                age=lambda received: fleet.describe_age(moment - received) if received else "-")
