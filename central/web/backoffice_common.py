"""What every back-office page shares: who is signed in, the server's clock and database, money
in words, and a page rendered with the back office's navigation.

A page calls ``staff = signed_in(request)``: without a valid session cookie that raises
``SignInNeeded`` (a GET is sent to the sign-in page, a POST refused 401). A store manager is
limited to their store: ``store_scope`` answers the store a query must keep to, and
``require_store`` refuses another store's record with 403.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from central.context import ServerContext
from central.database import Database
from central.ops.backoffice_users import Staff, session_staff
from central.web import base

SESSION_COOKIE = "intake_backoffice"
POSTS = base.RateLimiter(per_minute=60)
#: Sign-in attempts per client address (the per-account lockout is in central.ops.backoffice_users).
SIGN_INS = base.RateLimiter(per_minute=20)


class SignInNeeded(Exception):
    """No valid back-office session: handled by sending the browser to the sign-in page."""


def context(request: Request) -> ServerContext:
    return cast(ServerContext, request.app.state.context)


def db(request: Request) -> Database:
    return context(request).db


def now(request: Request) -> datetime:
    return context(request).clock()


def signed_in(request: Request) -> Staff:
    staff = session_staff(db(request), request.cookies.get(SESSION_COOKIE), now(request))
    if staff is None:
        raise SignInNeeded()
    return staff


def head_office(request: Request) -> Staff:
    """The signed-in user, who must be head office (403 otherwise)."""
    staff = signed_in(request)
    if not staff.head_office:
        raise base.WebRefusal(403, "Only head office can do this.")
    return staff


def store_scope(staff: Staff, asked: str | None) -> str | None:
    """The store a query keeps to: a store manager's own (whatever was asked), else the one asked for."""
    return staff.store_id if not staff.head_office else (asked or None)


def require_store(staff: Staff, store_id: str) -> None:
    if not staff.can_see(store_id):
        raise base.WebRefusal(403, "This belongs to another store. You can see only your own store's returns.")


def money(amount: int | None, currency: str = "USD") -> str:
    """Minor units in words for a table: 12345 -> '123.45 USD' (two decimals: the chain's currencies)."""
    if amount is None:
        return "-"
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(abs(int(amount)), 100)
    return f"{sign}{whole:,}.{cents:02d} {currency}"


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "-"


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def page(request: Request, template: str, staff: Staff, *, status: int = 200, **values: Any) -> HTMLResponse:
    return base.render(request, f"backoffice/{template}", status=status, staff=staff, money=money, when=when,
                       **values)


def csv_response(text: str, filename: str) -> Response:
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})
