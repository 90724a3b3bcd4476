"""Pulling return authorisations (returns started online) so a drop-off works offline.

Like the order feed: each page and the cursor after it are committed in one transaction, so
a crash resumes at the last page; the cursor is read before the request and no transaction is
open while it travels. The first pull (no cursor) brings the store's open authorisations;
later pulls bring every change, so the kiosk hears that one it holds was dropped off
elsewhere or expired. Copies a month past their expiry are forgotten. A cursor the server cannot resume (410) means starting over: the copies
are cleared with the cursor, in one transaction, and pulled again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient
from kiosk.sync.errors import StepFailed, bad_answer
from kiosk.workflow.authorisations import Authorisation
from kiosk.workflow.clock import Clock

log = logging.getLogger(__name__)

CHANGES_PATH = "/v1/authorisations/changes"
PAGE_SIZE = 200
CURSOR = "sync.authorisations.cursor"
#: How long an expired authorisation's copy is kept (central refuses its drop-off by then anyway).
KEEP_AFTER_EXPIRY = timedelta(days=30)


@dataclass(frozen=True)
class AuthorisationPage:
    authorisations: list[Authorisation]
    next_cursor: str
    has_more: bool


@dataclass
class AuthorisationsReport:
    pages: int = 0
    received: int = 0
    resynced: bool = False
    complete: bool = False
    purged: int = 0

    def describe(self) -> str:
        resync = " after a full resync" if self.resynced else ""
        return f"return authorisations: {self.received} received in {self.pages} page(s){resync}"


def pull_authorisations(client: ApiClient, uow: UnitOfWork, clock: Clock, *, page_size: int = PAGE_SIZE,
                        should_stop: Callable[[], bool] = lambda: False) -> AuthorisationsReport:
    report = AuthorisationsReport()
    while not should_stop():
        with uow.reading() as tx:
            cursor = tx.settings.get(CURSOR) or None
        answer = client.get(CHANGES_PATH, {"cursor": cursor, "limit": page_size})
        if answer.kind is Kind.GONE and not report.resynced:
            log.warning("the server cannot resume the authorisation cursor (%s): full resync", answer.message)
            _start_over(uow)
            report.resynced = True
            continue
        if answer.kind is not Kind.OK:
            raise StepFailed("authorisations", answer)
        page = parse_page(answer.body)
        with uow.writing() as tx:
            tx.authorisations.save(page.authorisations, now=clock())
            tx.settings.put(CURSOR, page.next_cursor)
        report.pages += 1
        report.received += len(page.authorisations)
        if not page.has_more:
            report.complete = True
            break
    with uow.writing() as tx:
        report.purged = tx.authorisations.purge_expired(clock() - KEEP_AFTER_EXPIRY)
    return report


def parse_page(body: Any) -> AuthorisationPage:
    """The page, checked whole: one authorisation that cannot be read refuses the page (never skipped)."""
    try:
        page = AuthorisationPage([Authorisation.from_dict(item) for item in body["authorisations"]],
                                 body["next_cursor"], body["has_more"])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise bad_answer("authorisations", f"the authorisation page cannot be read: {error!r}") from error
    if not (isinstance(page.next_cursor, str) and page.next_cursor and isinstance(page.has_more, bool)):
        raise bad_answer("authorisations", "the authorisation page lacks a cursor or has_more")
    return page


def _start_over(uow: UnitOfWork) -> None:
    with uow.writing() as tx:
        tx.authorisations.clear()
        tx.settings.put(CURSOR, "")
