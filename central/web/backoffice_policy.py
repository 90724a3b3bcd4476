"""The policy pages: the current version and its history with readable diffs, the simulator, and
two-person publishing (one head-office user proposes a draft, another confirms it).

Store managers may read the history; only head office simulates, proposes and confirms.
A draft is pasted as JSON (the same document ``kiosk policy check`` validates).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from central.errors import AdminError
from central.models import PolicyVersion
from central.ops import policies, policy_simulator
from central.web import base
from central.web.backoffice_common import POSTS, db, head_office, now, page, signed_in
from kiosk.workflow.policy import PolicyError

router = APIRouter(prefix="/backoffice", include_in_schema=False)

MAX_DRAFT_CHARS = 200_000
DAYS = (7, 30, 90)


def _versions(request: Request) -> list[PolicyVersion]:
    with db(request).reading() as session:
        return list(session.scalars(select(PolicyVersion).order_by(PolicyVersion.created_at.desc(),
                                                                   PolicyVersion.id.desc())))


def _current_document(request: Request) -> dict[str, Any] | None:
    with db(request).reading() as session:
        stored = policies.current_policy(session)
    return dict(stored.document) if stored else None


@router.get("/policy", response_class=HTMLResponse)
def policy_page(request: Request) -> Response:
    staff = signed_in(request)
    return _policy_page(request, staff, draft="", error=None)


def _policy_page(request: Request, staff: Any, *, draft: str, error: str | None, status: int = 200,
                 note: str = "", days: int = 30) -> Response:
    versions = _versions(request)
    history = policies.history(db(request))
    current = next((h.version for h in history if h.current), None)
    current_document = _current_document(request)
    return page(request, "policy.html", staff, status=status, versions=versions, current=current,
                proposals=policy_simulator.proposals(db(request)), draft=draft or _pretty(current_document),
                error=error, note=note, days=days, day_choices=DAYS, done=request.query_params.get("done"))


def _pretty(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) if document is not None else ""


@router.get("/policy/diff", response_class=HTMLResponse)
def diff_page(request: Request) -> Response:
    staff = signed_in(request)
    before_version, after_version = request.query_params.get("before", ""), request.query_params.get("after", "")
    with db(request).reading() as session:
        before = policies.policy_version(session, before_version)
        after = policies.policy_version(session, after_version)
    if before is None or after is None:
        raise base.WebRefusal(404, "There is no such policy version.")
    changes = policy_simulator.diff(before.document, after.document)
    return page(request, "policy_diff.html", staff, before=before.version, after=after.version, changes=changes,
                proposal=None)


@router.get("/policy/proposals/{proposal_id}", response_class=HTMLResponse)
def proposal_page(request: Request, proposal_id: int) -> Response:
    staff = signed_in(request)
    try:
        proposal = policy_simulator.get_proposal(db(request), proposal_id)
    except AdminError:
        raise base.WebRefusal(404, "There is no such proposal.") from None
    current = _current_document(request) or {}
    changes = policy_simulator.diff(current, proposal.document)
    return page(request, "policy_diff.html", staff, before=current.get("version", "-"), after=proposal.version,
                changes=changes, proposal=proposal)


async def _draft(request: Request) -> tuple[Any, str, str, int, str]:
    """The posted draft (parsed), its text, the action, the days and the note."""
    form = await base.checked_form(request)
    text = str(form.get("draft") or "")
    try:
        days = int(str(form.get("days") or 30))
    except ValueError:
        days = 30
    action, note = str(form.get("action") or "simulate"), str(form.get("note") or "")
    if len(text) > MAX_DRAFT_CHARS:
        raise AdminError("the draft is too long")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise AdminError(f"the draft is not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}") \
            from None
    return document, text, action, days, note


@router.post("/policy/draft", response_class=HTMLResponse)
async def draft_action(request: Request) -> Response:
    """Simulate a pasted draft over the last N days, or propose it for publishing."""
    staff = head_office(request)
    POSTS.check(request, "backoffice")
    text, days, note = "", 30, ""
    try:
        document, text, action, days, note = await _draft(request)
        if action == "propose":
            proposal = policy_simulator.propose(db(request), document, staff.name, now(request), note)
            return base.redirect(request, f"/backoffice/policy?done=proposed-{proposal.id}")
        result = policy_simulator.simulate(db(request), document, max(1, min(days, 366)), now(request))
    except PolicyError as error:
        return _policy_page(request, staff, draft=text, error="; ".join(str(p) for p in error.problems), status=422, note=note,
                            days=days)
    except AdminError as error:
        return _policy_page(request, staff, draft=text, error=str(error), status=422, note=note, days=days)
    with db(request).reading() as session:
        stored = policies.current_policy(session)
    changes = policy_simulator.diff(stored.document if stored else {}, document)
    return page(request, "policy_simulation.html", staff, result=result, summary=result.summary(),
                changes=changes, draft=text, days=days)


@router.post("/policy/proposals/{proposal_id}/{step}")
async def proposal_step(request: Request, proposal_id: int, step: str) -> Response:
    staff = head_office(request)
    POSTS.check(request, "backoffice")
    await base.checked_form(request)
    if step not in ("confirm", "withdraw"):
        raise base.WebRefusal(404, "There is no such page.")
    act = policy_simulator.confirm if step == "confirm" else policy_simulator.withdraw
    try:
        proposal = act(db(request), proposal_id, staff.name, now(request))
    except (AdminError, PolicyError) as error:
        return _policy_page(request, staff, draft="", error=str(error), status=422)
    return base.redirect(request, f"/backoffice/policy?done={proposal.status}-{proposal.id}")
