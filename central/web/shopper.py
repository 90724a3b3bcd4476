"""The shopper's returns page: find the order, choose items, read the policy, get a QR code.

Plain forms, POST-redirect-GET, no JavaScript. Finding the order needs its number AND the
e-mail, answers the same neutral sentence whatever did not match, and brakes a client that
keeps missing exactly as the kiosk API brakes a device (central.ops.lookups). Once found,
the order is held by a server-side session (``shopper_sessions``; the cookie carries only a
random token). Eligibility is kiosk.workflow's, through central.ops.authorisations.
"""

from __future__ import annotations

import base64
import hashlib
import io
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Iterator, cast

import qrcode
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from central.context import ServerContext
from central.errors import ApiError
from central.models import LookupThrottle, Order, Store
from central.models_authorisations import Authorisation, ShopperLookupThrottle, ShopperSession
from central.ops import authorisations as authorisation_ops
from central.ops import lookups
from central.ops import orders as order_ops
from central.web import base
from central.web.authorisation_pdf import authorisation_pdf
from kiosk.workflow.authorisations import qr_payload
from kiosk.workflow.cases import Resolution
from kiosk.workflow.eligibility import line_availability
from kiosk.workflow.money import Money, format_money, localise_amounts
from kiosk.workflow.policy_messages import MESSAGES

router = APIRouter(include_in_schema=False)

SESSION_COOKIE = "intake_shopper"
SESSION_MINUTES = 30
POSTS_PER_MINUTE = 30
PAGES_PER_MINUTE = 120
NEUTRAL_MISS = "We could not find an order with that number and e-mail address. Please check both and try again."
MAX_QUANTITY = 99


def _context(request: Request) -> ServerContext:
    return cast(ServerContext, request.app.state.context)


def _limited(request: Request, kind: str) -> None:
    """Per client, per app: ``post`` for forms sent, ``page`` for pages read (429 page beyond)."""
    limits = getattr(request.app.state, "shopper_limits", None)
    if limits is None:
        limits = {"post": base.RateLimiter(POSTS_PER_MINUTE), "page": base.RateLimiter(PAGES_PER_MINUTE)}
        request.app.state.shopper_limits = limits
    limits[kind].check(request, kind)


# --- 1. find the order ------------------------------------------------------------------------

@router.get("/returns", response_class=HTMLResponse)
def find_page(request: Request) -> Response:
    _limited(request, "page")
    return base.render(request, "shopper/find.html", error=None, number="", email="")


@router.post("/returns/find")
async def find_order(request: Request) -> Response:
    _limited(request, "post")
    form = await base.checked_form(request)
    number, email = _text(form, "number", 40), _text(form, "email", 254)
    context = _context(request)
    try:
        order_id = _lookup(context, base.client_key(request), number, email)
    except lookups.TooManyMisses as brake:
        raise base.WebRefusal(429, "Too many searches found no order. Please wait a few minutes and try again.",
                              headers={"Retry-After": str(brake.details["retry_after"])}) from None
    if order_id is None:
        return base.render(request, "shopper/find.html", status=404, error=NEUTRAL_MISS, number=number, email=email)
    response = base.redirect(request, "/returns/items")
    base.set_cookie(response, request, SESSION_COOKIE, _open_session(context, order_id), max_age=SESSION_MINUTES * 60)
    return response


def _lookup(context: ServerContext, client: str, number: str, email: str) -> int | None:
    """The order's id, or None (a miss, counted); TooManyMisses while the client is braked."""
    with context.db.writing() as session:
        throttle = _held_throttle(session, client[:100])
        now = context.clock()
        wait = lookups.seconds_left(cast(LookupThrottle, throttle), now)
        if wait > 0:
            raise lookups.TooManyMisses(wait)
        order = order_ops.find(session, number, email) if number and email else None
        if order is not None:
            return order.id
        lookups.count_miss(cast(LookupThrottle, throttle), context.settings, now)
    return None


def _held_throttle(session: Session, client: str) -> ShopperLookupThrottle:
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(insert(ShopperLookupThrottle).values(client_key=client, misses=0, last_miss_at=None,
                                                         blocked_until=None).on_conflict_do_nothing())
    throttle = session.scalar(select(ShopperLookupThrottle).where(ShopperLookupThrottle.client_key == client)
                              .with_for_update().execution_options(populate_existing=True))
    assert throttle is not None
    return throttle


def _open_session(context: ServerContext, order_id: int) -> str:
    token = secrets.token_urlsafe(32)
    now = context.clock()
    with context.db.writing() as session:
        session.execute(delete(ShopperSession).where(ShopperSession.expires_at <= now))
        session.add(ShopperSession(token_hash=_hash(token), order_id=order_id, draft={}, created_at=now,
                                   expires_at=now + timedelta(minutes=SESSION_MINUTES)))
    return token


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Visit:
    """The shopper's session and its order, read in one unit of work."""

    token_hash: str
    order: Order
    draft: dict[str, Any]


def _visit(request: Request, session: Session) -> Visit:
    token = request.cookies.get(SESSION_COOKIE, "")
    row = session.get(ShopperSession, _hash(token)) if 20 <= len(token) <= 64 else None
    if row is None or row.expires_at <= _context(request).clock():
        raise base.WebRefusal(401, "Your session has ended. Please find your order again.")
    order = session.get(Order, row.order_id)
    assert order is not None
    return Visit(row.token_hash, order, dict(row.draft))


def _save_draft(context: ServerContext, token_hash: str, draft: dict[str, Any]) -> None:
    with context.db.writing() as session:
        row = session.get(ShopperSession, token_hash)
        if row is not None:
            row.draft = draft


# --- 2. choose items, reasons, resolution ---------------------------------------------------------

@router.get("/returns/items", response_class=HTMLResponse)
def items_page(request: Request) -> Response:
    _limited(request, "page")
    return _items(request, errors=[])


NO_POLICY = "Returns cannot be started online just now. Please try again later or visit a store."


@contextmanager
def _policy_needed() -> Iterator[None]:
    """Before head office has set a return policy there is nothing to decide with: say so, as a page."""
    try:
        yield
    except authorisation_ops.NoPolicy:
        raise base.WebRefusal(503, NO_POLICY, headers={"Retry-After": "60"}) from None


def _items(request: Request, errors: list[str], status: int = 200) -> Response:
    context = _context(request)
    lang = base.choose_language(request)
    with context.db.reading() as session, _policy_needed():
        visit = _visit(request, session)
        now = context.clock()
        policy, _ = authorisation_ops.policy_now(session, context.policies)
        order = authorisation_ops.order_now(session, visit.order, now)
        stores = list(session.scalars(select(Store).order_by(Store.name)))
    available = line_availability(order, policy, now)
    chosen = {line["line_id"]: line for line in visit.draft.get("lines", [])}
    lines = [{"index": i, "line": line, "decision": available[line.id],
              "message": policy_text(lang, available[line.id].message_key, available[line.id].message_params),
              "chosen": chosen.get(line.id, {}), "price": money(line.unit_price, order.currency, lang)}
             for i, line in enumerate(order.lines)]
    offered = [r.value for r in authorisation_ops.ONLINE_RESOLUTIONS if r in policy.resolutions()]
    return base.render(request, "shopper/items.html", status=status, order=order, lines=lines, errors=errors,
                       reasons=policy.reasons, conditions=policy.conditions, resolutions=offered,
                       resolution=visit.draft.get("resolution", offered[0] if offered else ""),
                       stores=stores, store_id=visit.draft.get("store_id", ""))


@router.post("/returns/items")
async def choose_items(request: Request) -> Response:
    _limited(request, "post")
    form = await base.checked_form(request)
    context = _context(request)
    with context.db.reading() as session:
        visit = _visit(request, session)
        store_ids = set(session.scalars(select(Store.id)))
    lines, errors = _chosen_lines(form, visit.order.document["lines"])
    resolution = _text(form, "resolution", 20)
    if resolution not in {r.value for r in authorisation_ops.ONLINE_RESOLUTIONS}:
        errors.append("Please choose how you would like your money back.")
    store_id = _text(form, "store_id", 40)
    if store_id and store_id not in store_ids:
        errors.append("Please choose a store from the list.")
    draft = {"lines": lines, "resolution": resolution, "store_id": store_id}
    _save_draft(context, visit.token_hash, draft)
    if errors:
        return _items(request, errors=errors, status=422)
    return base.redirect(request, "/returns/review")


def _chosen_lines(form: FormData, order_lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    lines, errors = [], []
    for i, line in enumerate(order_lines):
        raw = _text(form, f"line-{i}-quantity", 3) or "0"
        quantity = int(raw) if raw.isdigit() else -1
        if not 0 <= quantity <= MAX_QUANTITY:
            errors.append("Please choose a quantity from the list.")
            continue
        if quantity == 0:
            continue
        reason = _text(form, f"line-{i}-reason", 40)
        if not reason:
            errors.append("Please choose a reason for each item you return.")
        lines.append({"line_id": line["id"], "quantity": quantity, "reason_code": reason,
                      "condition": _text(form, f"line-{i}-condition", 40) or None,
                      "note": _text(form, f"line-{i}-note", 500)})
    if not lines and not errors:
        errors.append("Choose at least one item to return.")
    return lines, list(dict.fromkeys(errors))


# --- 3. read the policy's answer, confirm the drop-off -----------------------------------------

@router.get("/returns/review", response_class=HTMLResponse)
def review_page(request: Request) -> Response:
    _limited(request, "page")
    context = _context(request)
    lang = base.choose_language(request)
    with context.db.reading() as session, _policy_needed():
        visit = _visit(request, session)
        if not visit.draft.get("lines"):
            return base.redirect(request, "/returns/items")
        assessment = authorisation_ops.assess(session, context.policies, visit.order, _requested(visit.draft),
                                              context.clock())
        store = session.get(Store, visit.draft["store_id"]) if visit.draft.get("store_id") else None
    order = assessment.order
    rows = [{"line": order.line(d.line_id), "quantity": d.quantity, "verdict": d.verdict.value,
             "message": policy_text(lang, d.message_key, d.message_params)} for d in assessment.evaluation.decisions]
    resolution = Resolution(visit.draft["resolution"])
    can_drop_off = bool(assessment.eligible)
    total = None
    if can_drop_off and resolution in assessment.resolutions():
        total = money(assessment.quote.option(resolution).total, order.currency, lang)
    return base.render(request, "shopper/review.html", rows=rows, resolution=resolution.value,
                       can_drop_off=can_drop_off and total is not None, total=total,
                       store=store, valid_days=assessment.valid_days)


@router.post("/returns/confirm")
async def confirm(request: Request) -> Response:
    _limited(request, "post")
    await base.checked_form(request)
    context = _context(request)
    try:
        with _policy_needed(), context.db.writing() as session:
            visit = _visit(request, session)
            row = authorisation_ops.create(session, context.policies, visit.order, _requested(visit.draft),
                                           Resolution(visit.draft.get("resolution", "refund")),
                                           visit.draft.get("store_id") or None, context.clock())
            code = row.code
            draft = {**visit.draft, "authorised": [*visit.draft.get("authorised", []), code], "lines": []}
            stored = session.get(ShopperSession, visit.token_hash)
            assert stored is not None
            stored.draft = draft
    except ApiError as refusal:
        raise base.WebRefusal(422, "These items cannot be returned online. Please bring them to a store's "
                                   "counter.") from refusal
    return base.redirect(request, f"/returns/authorisations/{code}")


def _requested(draft: dict[str, Any]) -> list[authorisation_ops.Requested]:
    return [authorisation_ops.Requested(d["line_id"], int(d["quantity"]), d["reason_code"], d.get("condition"),
                                        d.get("note", "")) for d in draft.get("lines", [])]


# --- 4. the QR code on screen and as a PDF ---------------------------------------------------------

@router.get("/returns/authorisations/{code}", response_class=HTMLResponse)
def authorisation_page(request: Request, code: str) -> Response:
    _limited(request, "page")
    row, store_name = _own_authorisation(request, code)
    payload = qr_payload(row.code)
    return base.render(request, "shopper/authorisation.html", authorisation=row, payload=payload,
                       qr=qr_data_uri(payload), store_name=store_name,
                       expires_on=row.expires_at.date().isoformat())


@router.get("/returns/authorisations/{code}/pdf")
def authorisation_document(request: Request, code: str) -> Response:
    _limited(request, "page")
    row, store_name = _own_authorisation(request, code)
    lang = base.choose_language(request)
    pdf = authorisation_pdf(row, store_name, lambda message, **params: base.translate(lang, message, **params))
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="return-{row.code}.pdf"', "Cache-Control": "no-store"})


def _own_authorisation(request: Request, code: str) -> tuple[Authorisation, str | None]:
    """The authorisation, only for the session of the order it belongs to (else a 404 page)."""
    context = _context(request)
    with context.db.reading() as session:
        visit = _visit(request, session)
        row = authorisation_ops.find(session, code)
        if row is None or row.order_id != visit.order.id:
            raise base.WebRefusal(404, "There is no such return for this order.")
        store = session.get(Store, row.store_id) if row.store_id else None
        return row, store.name if store else None


def qr_data_uri(payload: str) -> str:
    """A PNG of the QR code as a data URI (the page's CSP allows data: images, nothing inline runs)."""
    image = qrcode.make(payload, box_size=8, border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


# --- wording --------------------------------------------------------------------------------------

def policy_text(lang: str, key: str, params: Any) -> str:
    """The policy engine's explanation for a decision, in the shopper's language."""
    shown = localise_amounts(params or {}, lambda amount, currency: money(amount, currency, lang))
    return base.translate(lang, MESSAGES.get(key, key), **shown)


def money(amount: int, currency: str, lang: str) -> str:
    """Money the way the page's language writes it, as the kiosk does."""
    return format_money(Money(amount, currency), lang)


def _text(form: FormData, name: str, limit: int) -> str:
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""

