"""The shared base of central's web pages: templates, translations, CSRF, headers, cookies, limits.

How a page module uses it::

    from central.web import base

    router = APIRouter(include_in_schema=False)
    LIMIT = base.RateLimiter(per_minute=30)

    @router.get("/things")
    def things(request: Request) -> HTMLResponse:
        return base.render(request, "things/list.html", things=[...])

    @router.post("/things")
    async def add_thing(request: Request) -> RedirectResponse:
        LIMIT.check(request)                     # 429 page when a client posts too often
        form = await base.checked_form(request)  # 403 page unless the CSRF token matches
        ...
        return base.redirect(request, "/things")  # POST-redirect-GET (303)

Templates extend ``base.html`` (blocks ``title`` and ``content``) and get ``t`` (translate:
``{{ t("Find your order") }}``, with ``{name}`` parameters: ``t("{n} items", n=3)``), ``lang``,
``languages``, ``csrf_field()`` (the hidden input every POST form must contain) and ``url_for``.
English source text is the message id; ``central/web/locales/<lang>.json`` maps it to Spanish
and French (``<lang>.<anything>.json`` files are merged in, so each page family keeps its own
file, e.g. ``es.backoffice.json``). A missing translation shows the English text.

``install(app)`` (called once by central.app) mounts ``/static``, renders ``WebRefusal`` as an
HTML page and adds the security headers to every response outside ``/v1``.
"""

from __future__ import annotations

import hmac
import json
import math
import secrets
import threading
import time
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.datastructures import FormData
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LOCALES = HERE / "locales"

LANGUAGES: Mapping[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
DEFAULT_LANGUAGE = "en"
LANG_COOKIE = "intake_lang"
CSRF_COOKIE = "intake_csrf"
CSRF_FIELD = "csrf_token"

#: No script at all and no inline style: pages are plain HTML forms with one stylesheet. Images may be
#: the QR codes (data: URIs) and the shop's product pictures (order lines' ``image_url``, over https).
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self' data: https:; form-action 'self'; "
                           "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class WebRefusal(Exception):
    """A page that cannot be served: rendered as ``error.html`` with this status."""

    def __init__(self, status: int, message: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


# --- translations -----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def catalogue(lang: str) -> Mapping[str, str]:
    """English message id -> text in ``lang``, from locales/<lang>.json and locales/<lang>.*.json."""
    merged: dict[str, str] = {}
    for path in sorted(LOCALES.glob(f"{lang}.json")) + sorted(LOCALES.glob(f"{lang}.*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def translate(lang: str, message: str, **params: object) -> str:
    """``message`` in ``lang`` (English when untranslated), with ``{name}`` parameters filled in."""
    text = catalogue(lang).get(message) or message
    return text.format_map(_Blank(params)) if params else text


def choose_language(request: Request) -> str:
    """``?lang=``, else the language cookie, else the best of Accept-Language, else English."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate is not None and candidate in LANGUAGES:
            return candidate
    return _accepted(request.headers.get("accept-language", ""))


def _accepted(header: str) -> str:
    best, best_q = DEFAULT_LANGUAGE, 0.0
    for part in header.split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower()[:2]
        q = _quality(params)
        if code in LANGUAGES and q > best_q:
            best, best_q = code, q
    return best


def _quality(params: str) -> float:
    name, _, value = params.strip().partition("=")
    if name.strip() != "q":
        return 1.0
    try:
        q = float(value)
    except ValueError:
        return 0.0
    return q if math.isfinite(q) else 0.0


# --- cookies and CSRF ---------------------------------------------------------------------------

def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, *, max_age: int | None = None) -> None:
    """A cookie the page's scripts cannot read (there are none), sent only to this site, Secure over https."""
    response.set_cookie(name, value, max_age=max_age, path="/", secure=is_https(request), httponly=True,
                        samesite="strict")


def csrf_token(request: Request) -> str:
    """The client's CSRF token (from its cookie), or a new one that ``render`` will set."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if not _well_formed(token):
        token = getattr(request.state, "new_csrf", "") or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def _well_formed(token: str) -> bool:
    return 30 <= len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum()


async def checked_form(request: Request) -> FormData:
    """The posted form, once its CSRF field matches the cookie (double submit); else a 403 page."""
    form = await request.form()
    sent, kept = form.get(CSRF_FIELD), request.cookies.get(CSRF_COOKIE, "")
    if not isinstance(sent, str) or not _well_formed(kept) or not hmac.compare_digest(sent.encode(), kept.encode()):
        raise WebRefusal(403, "This form has expired or did not come from this site. Please go back, reload the "
                              "page and try again.")
    return form


# --- rendering ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """A page in the client's language, with its CSRF cookie and the language it chose kept."""
    lang = choose_language(request)
    token = csrf_token(request)
    values = {
        "t": lambda message, **params: translate(lang, message, **params),
        "lang": lang,
        "languages": LANGUAGES,
        "csrf_field": lambda: Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, token),
        "url_for": request.url_for,
        "path": request.url.path,
        **context,
    }
    response = HTMLResponse(environment().get_template(template).render(values), status_code=status)
    response.headers["Cache-Control"] = "no-store"
    if request.cookies.get(CSRF_COOKIE) != token:
        set_cookie(response, request, CSRF_COOKIE, token)
    if request.query_params.get("lang") in LANGUAGES and request.cookies.get(LANG_COOKIE) != lang:
        set_cookie(response, request, LANG_COOKIE, lang, max_age=365 * 24 * 3600)
    return response


def redirect(request: Request, path: str) -> RedirectResponse:
    """POST-redirect-GET: 303 to ``path`` on this site."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError("redirects stay on this site")
    return RedirectResponse(path, status_code=303)


# --- rate limits --------------------------------------------------------------------------------

def client_key(request: Request) -> str:
    """Who is asking, as far as this server can tell (the peer address; no proxy headers trusted)."""
    return request.client.host if request.client else "unknown"


class RateLimiter:
    """At most ``per_minute`` requests per client in any rolling minute (token bucket, in memory).

    Per process: with several workers each allows the rate, which is still a brake. Clients
    beyond ``max_clients`` push the least recently seen out.
    """

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = 10_000) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, request: Request, scope: str = "") -> None:
        """Take one request from the client's allowance; a 429 page with Retry-After when none is left."""
        wait = self.take(f"{scope}|{client_key(request)}")
        if wait > 0:
            raise WebRefusal(429, "Too many requests from your connection. Please wait a moment and try again.",
                             headers={"Retry-After": str(math.ceil(wait))})

    def take(self, key: str) -> float:
        """0 when allowed, else the seconds until the next request would be."""
        now = self.clock()
        with self._lock:
            tokens, seen = self._buckets.pop(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - seen) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return 0.0 if allowed else (1.0 - tokens) / self.rate


# --- installing into the app ----------------------------------------------------------------------

class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response outside the JSON API (``/v1``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        secure = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in present:
                        headers.append((name.lower().encode(), value.encode()))
                if secure:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refusal_page(request: Request, error: Exception) -> Response:
    assert isinstance(error, WebRefusal)
    lang = choose_language(request)
    response = render(request, "error.html", status=error.status, message=translate(lang, error.message))
    response.headers.update(error.headers)
    return response


def install(app: FastAPI) -> None:
    """The shared web parts: static files, HTML refusal pages and security headers."""
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_exception_handler(WebRefusal, _refusal_page)
    app.add_middleware(SecurityHeaders)
