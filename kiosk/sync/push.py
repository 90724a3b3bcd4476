"""Delivering outbox events: each posted with its idempotency key, its outcome committed alone.

A crash between the server's answer and the local commit only means the event is posted
again with the same key and body, and the server answers as it did the first time: the
server holds every case exactly once. The order of events is the order they were saved.
No transaction is open while a post is on its way: the due events are read in one, the
outcome of each post is recorded in another.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from typing import Callable

from kiosk.db.unit_of_work import DueEvent, UnitOfWork
from kiosk.sync import outbox
from kiosk.sync.answers import Answer, Kind
from kiosk.sync.client import ApiClient
from kiosk.workflow.clock import Clock

log = logging.getLogger(__name__)

RETURNS_PATH = "/v1/returns"
BATCH = 50


@dataclass
class PushReport:
    delivered: int = 0
    refused: int = 0
    retrying: int = 0
    #: The answer that ended the round early (server unreachable, busy, token refused), if any.
    stopped_by: Answer | None = None


def push_outbox(client: ApiClient, uow: UnitOfWork, clock: Clock, rng: random.Random,
                should_stop: Callable[[], bool] = lambda: False) -> PushReport:
    """Post every due event once; a sign that the server cannot take any more ends the round."""
    report = PushReport()
    after = 0
    while not should_stop():
        with uow.reading() as tx:
            events = tx.outbox.due(clock(), BATCH, after)
        if not events:
            break
        for event in events:
            if should_stop():
                return report
            answer = client.post(RETURNS_PATH, event.payload, {"Idempotency-Key": event.idempotency_key})
            if not _record(uow, event, _checked(answer, event), clock, rng, report):
                return report
        after = events[-1].id
    return report


def _checked(answer: Answer, event: DueEvent) -> Answer:
    """A success must be the receipt for this very case; anything else is garbage, to retry."""
    if answer.kind is not Kind.OK:
        return answer
    body = answer.body
    if isinstance(body, dict) and body.get("id") == event.case_id and isinstance(body.get("status"), str):
        return answer
    return Answer(Kind.TRANSIENT, answer.status, "bad_answer", "the server's answer is not a receipt for this case",
                  body)


def _record(uow: UnitOfWork, event: DueEvent, answer: Answer, clock: Clock, rng: random.Random,
            report: PushReport) -> bool:
    """Commit the outcome of one attempt; False when the round should stop."""
    if answer.kind is Kind.UNAUTHORIZED:
        report.stopped_by = answer  # nothing can be delivered until the device is registered again
        return False
    with uow.writing() as tx:
        if answer.kind is Kind.OK:
            outbox.mark_delivered(tx, event, answer, clock())
            report.delivered += 1
            return True
        if answer.kind is Kind.REFUSED:
            outbox.mark_refused(tx, event, answer)
            log.warning("case %s refused by the server: %s", event.case_id, answer.describe())
            report.refused += 1
            return True
        outbox.schedule_retry(tx, event, answer, clock(), rng)
    report.retrying += 1
    if _server_unavailable(answer):
        report.stopped_by = answer
        return False
    return True


def _server_unavailable(answer: Answer) -> bool:
    """No answer, a busy or rate-limiting server, or not our API at all: stop for this round."""
    return answer.status is None or answer.status in (404, 429, 502, 503, 504) or answer.code == "not_the_api"
