"""What an answer to a delivery means for its outbox event: delivered, refused, or tried again later.

Each function records one outcome inside the caller's writing transaction; the post itself
happened before that transaction opened (kiosk.sync.push). The table, its states and its
queries are kiosk.db.outbox_store's; rows are never deleted: nothing unsent is ever lost.
"""

from __future__ import annotations

import random
from datetime import datetime

from kiosk.db.unit_of_work import DueEvent, Transaction
from kiosk.sync.answers import Answer
from kiosk.sync.backoff import next_attempt_at

#: The case's status when central's receipt does not name one.
ACCEPTED = "accepted"


def mark_delivered(tx: Transaction, event: DueEvent, answer: Answer, now: datetime) -> None:
    receipt = answer.body if isinstance(answer.body, dict) else {}
    tx.outbox.mark_delivered(event, receipt, status=str(receipt.get("status", ACCEPTED)), now=now)


def mark_refused(tx: Transaction, event: DueEvent, answer: Answer) -> None:
    response = {"status": answer.status, "body": answer.body}
    tx.outbox.mark_refused(event, error=answer.message or answer.describe(), response=response)


def schedule_retry(tx: Transaction, event: DueEvent, answer: Answer, now: datetime, rng: random.Random) -> datetime:
    """Back off (honouring the server's Retry-After); returns when the event is due again."""
    when = next_attempt_at(now, event.attempts + 1, rng, at_least_s=answer.retry_after_s)
    tx.outbox.schedule_retry(event, at=when, error=answer.describe())
    return when
