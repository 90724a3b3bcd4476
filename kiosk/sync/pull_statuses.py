"""Pulling what became of our returns on the server (accepted, review, refused, refunded).

The status lands in ``return_cases.server_status``, page by page with the cursor, so staff
see on the kiosk when head office refused or refunded a return it took. A status this
version does not know is stored as it comes: the feed must never stall on it.
"""

from __future__ import annotations

from typing import Any, Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient
from kiosk.sync.errors import StepFailed, bad_answer

STATUS_PATH = "/v1/returns/changes"
CURSOR = "sync.returns.cursor"


def pull_statuses(client: ApiClient, uow: UnitOfWork, *, page_size: int = 500,
                  should_stop: Callable[[], bool] = lambda: False) -> int:
    """Apply every status change since the saved cursor; returns how many cases changed here."""
    changed = 0
    restarted = False
    while not should_stop():
        with uow.reading() as tx:
            cursor = tx.settings.get(CURSOR) or None
        answer = client.get(STATUS_PATH, {"cursor": cursor, "limit": page_size})
        if answer.kind is Kind.GONE and not restarted:
            _save_cursor(uow, "")  # statuses are absolute: replaying them all is harmless
            restarted = True
            continue
        if answer.kind is not Kind.OK:
            raise StepFailed("return statuses", answer)
        entries, next_cursor, has_more = _parse(answer.body)
        with uow.writing() as tx:
            changed += sum(tx.server_statuses.update(case_id, status) for case_id, status in entries)
            tx.settings.put(CURSOR, next_cursor)
        if not has_more:
            break
    return changed


def _save_cursor(uow: UnitOfWork, cursor: str) -> None:
    with uow.writing() as tx:
        tx.settings.put(CURSOR, cursor)


def _parse(body: Any) -> tuple[list[tuple[str, str]], str, bool]:
    try:
        entries = [(str(e["id"]), str(e["status"])) for e in body["returns"]]
        next_cursor, has_more = body["next_cursor"], body["has_more"]
    except (KeyError, TypeError) as error:
        raise bad_answer("return statuses", f"the status page cannot be read: {error!r}") from error
    if not isinstance(next_cursor, str) or not next_cursor or not isinstance(has_more, bool):
        raise bad_answer("return statuses", "the status page lacks a cursor or has_more")
    return [(case_id, status[:24]) for case_id, status in entries], next_cursor, has_more
