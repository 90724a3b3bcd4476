"""Delivering the audit log to central: pending entries in batches, marked delivered on a 2xx.

Central keeps each entry once per (device, entry id), so a batch posted again after a lost
answer is harmless. A transient failure leaves the entries pending for the next cycle. A
refusal (a conflict, a broken chain, a server without ``/v1/audit``) is logged and also
leaves them pending: an audit entry is never dropped, and the round ends there, so a
refused batch is offered again once per cycle, not in a loop. No transaction is open while a
batch is on its way: it is read in one, and marked delivered in another.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Answer, Kind
from kiosk.sync.client import ApiClient
from kiosk.workflow.audit_chain import AuditEntry

log = logging.getLogger(__name__)

AUDIT_PATH = "/v1/audit"
#: Entries per request: well under central's 500, and its 256 KiB body limit.
BATCH = 100


@dataclass
class AuditReport:
    sent: int = 0
    #: The answer that ended the round before every pending entry was delivered, if any.
    problem: Answer | None = None

    @property
    def stops_cycle(self) -> bool:
        """No answer at all, or a token refused: the pull that follows would fail the same way."""
        return self.problem is not None and (self.problem.status is None or self.problem.kind is Kind.UNAUTHORIZED)

    def describe(self) -> str:
        if self.problem is None:
            return f"audit: {self.sent} sent"
        return f"audit: {self.sent} sent, the rest kept for the next cycle ({self.problem.describe()})"


def push_audit(client: ApiClient, uow: UnitOfWork, should_stop: Callable[[], bool] = lambda: False) -> AuditReport:
    """Post pending entries oldest first until none is left or an answer is not a success."""
    report = AuditReport()
    while not should_stop():
        with uow.reading() as tx:
            batch = tx.audit.undelivered(BATCH)
        if not batch:
            break
        answer = _checked(client.post(AUDIT_PATH, {"entries": [entry.to_dict() for entry in batch]}), batch)
        if answer.kind is not Kind.OK:
            _log_problem(answer, batch)
            report.problem = answer
            break
        with uow.writing() as tx:
            tx.audit.mark_delivered([entry.id for entry in batch])
        report.sent += len(batch)
    return report


def _checked(answer: Answer, batch: list[AuditEntry]) -> Answer:
    """A success must count this very batch; anything else is garbage, to retry."""
    if answer.kind is not Kind.OK:
        return answer
    body = answer.body
    if isinstance(body, dict) and body.get("received") == len(batch) and isinstance(body.get("new"), int):
        return answer
    return Answer(Kind.TRANSIENT, answer.status, "bad_answer", "the server's answer is not a receipt for this batch",
                  body)


def _log_problem(answer: Answer, batch: list[AuditEntry]) -> None:
    where = f"audit entries {batch[0].id}-{batch[-1].id}"
    if answer.kind is Kind.TRANSIENT:
        log.info("%s not delivered, retried next cycle: %s", where, answer.describe())
    else:
        log.warning("%s refused by the server, kept pending: %s", where, answer.describe())
