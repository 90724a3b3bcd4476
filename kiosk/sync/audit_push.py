"""Delivering the audit log to central, and anchoring its head there at every full sync.

A round asks central what it holds of each epoch (kiosk.sync.audit_central), announces the
epochs it does not know yet (their keys), sends every entry past what it holds in batches,
and, in a full cycle, posts the newest entry (the head) for central to compare with its copy
and keep. What is sent follows from what central holds, not from the local ``delivered``
flag (which is set from central's answer), so a flag set by hand hides nothing. Central keeps
each entry once per (device, epoch, id): a batch posted again after a lost answer is harmless.

A transient failure leaves the rest for the next cycle. A refusal (an entry central holds
with another hash, a broken chain, a head that does not match its copy) is an alarm at
central: the round ends, the report fails (``kiosk sync --once`` exits non-zero) and staff
see it on the sync screen. When central holds more of the newest epoch than this file has (a
file put back from an older copy), a new epoch begins first, so that what is written from now
on stays deliverable; central raises the alarm for the entries the file lost. No transaction
is open while a request is on its way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import islice, takewhile
from typing import Callable

from kiosk.db.audit_keys import AuditKeysUnreadable
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Answer, Kind
from kiosk.sync.audit_central import AUDIT_PATH, CentralAnswerError, HeldEpoch, anchor, announce, held_epochs
from kiosk.sync.client import ApiClient
from kiosk.workflow.audit_chain import AuditEntry, Epoch, Tip, UnreadableRow
from kiosk.workflow.clock import Clock, system_clock

log = logging.getLogger(__name__)

#: Entries per request: well under central's 500, and its 256 KiB body limit.
BATCH = 100


@dataclass
class AuditReport:
    sent: int = 0
    #: The head central confirmed this round (None: not anchored).
    anchored: int | None = None
    #: The answer that ended the round before every entry was delivered, if any.
    problem: Answer | None = None
    #: Why part of the log cannot be delivered from this side (a garbled row, a lost key).
    trouble: str | None = None
    #: What central raised when it took an epoch (entries a restored file lost, say).
    alarm: str | None = None

    @property
    def stops_cycle(self) -> bool:
        """No answer at all, or a token refused: the pull that follows would fail the same way."""
        return self.problem is not None and (self.problem.status is None or self.problem.kind is Kind.UNAUTHORIZED)

    @property
    def failed(self) -> bool:
        """Central refused the log or raised an alarm, or the log cannot be delivered: the sync fails."""
        refused = self.problem is not None and self.problem.kind is not Kind.TRANSIENT
        return refused or self.trouble is not None or self.alarm is not None

    def describe(self) -> str:
        done = f"audit: {self.sent} sent" + (f", head {self.anchored} anchored at central" if self.anchored else "")
        notes = [note for note in (self.alarm and f"ALARM {self.alarm}", self.trouble) if note]
        if self.problem is not None and self.problem.kind is Kind.TRANSIENT:
            notes.append(f"the rest kept for the next cycle ({self.problem.describe()})")
        elif self.problem is not None:
            notes.append(f"central refused the log, the rest is kept ({self.problem.describe()})")
        return "; ".join([done, *notes])


def push_audit(client: ApiClient, uow: UnitOfWork, should_stop: Callable[[], bool] = lambda: False, *,
               anchor_head: bool = True, clock: Clock = system_clock) -> AuditReport:
    """Deliver what central lacks; with ``anchor_head`` (a full cycle) also anchor the head."""
    report = AuditReport()
    with uow.reading() as tx:
        waiting, tip = tx.audit.undelivered_count(), tx.audit.tip()
    if tip is None or not (anchor_head or waiting):
        return report
    try:
        held = held_epochs(client)
    except CentralAnswerError as error:
        return _ended(report, error.answer, "audit epochs")
    tip = _continue_past_lost_entries(uow, held, tip, clock)
    if _announce_new(client, uow, held, report):
        _send_all(client, uow, held, report, should_stop)
    if anchor_head and not (report.problem or report.trouble or should_stop()):
        _anchor(client, uow, tip, report)
    return report


def _continue_past_lost_entries(uow: UnitOfWork, held: dict[str, HeldEpoch], tip: Tip, clock: Clock) -> Tip:
    """Central holds entries of the newest epoch past this file's last one: begin a new epoch,
    or every entry written from here would reuse ids central holds with other content."""
    known = held.get(tip.epoch)
    if not tip.epoch or known is None or known.high is None or known.high <= tip.id:
        return tip
    log.warning("central holds audit entries up to %d of epoch %s, this file only to %d: a new epoch begins",
                known.high, tip.epoch[:8], tip.id)
    with uow.writing() as tx:
        tx.audit.restart(at=clock(), reason="central holds entries of the previous epoch that this file "
                         f"lacks ({tip.id + 1} to {known.high})")
        return tx.audit.tip() or tip


def _announce_new(client: ApiClient, uow: UnitOfWork, held: dict[str, HeldEpoch], report: AuditReport) -> bool:
    """Give central every epoch of the key file it does not know; False when the round must end."""
    with uow.reading() as tx:
        spans = tx.audit.spans()
        try:
            epochs: tuple[Epoch, ...] = tx.audit.epochs()
        except AuditKeysUnreadable as error:
            epochs, unreadable = (), str(error)
        else:
            unreadable = ""
    for epoch in (e for e in epochs if e.id not in held):
        answer = announce(client, epoch)
        if answer.kind is not Kind.OK:
            _ended(report, answer, f"audit epoch {epoch.id[:8]}")
            return False
        alarm = answer.body.get("alarm") if isinstance(answer.body, dict) else None
        report.alarm = str(alarm) if alarm else report.alarm
        held[epoch.id] = HeldEpoch(epoch.id, epoch.first_id, 0, None, None, None)
    lost = [(name, first, last) for name, first, last in spans if name and name not in held]
    if lost:
        name, first, last = lost[0]
        report.trouble = (f"audit entries {first}-{last} are keyed in epoch {name[:8]}, whose key "
                          f"{'cannot be read (' + unreadable + ')' if unreadable else 'this kiosk lost'}: "
                          "central cannot take them")
    return True


def _send_all(client: ApiClient, uow: UnitOfWork, held: dict[str, HeldEpoch], report: AuditReport,
              should_stop: Callable[[], bool]) -> None:
    with uow.reading() as tx:
        spans = tx.audit.spans()
    for epoch, first, last in spans:
        if epoch not in held and epoch:
            continue  # its key is lost: reported by _announce_new
        after = held[epoch].resume_after(first) if epoch in held else first - 1
        if not _send_epoch(client, uow, epoch, after, last, report, should_stop):
            return


def _send_epoch(client: ApiClient, uow: UnitOfWork, epoch: str, after: int, last: int, report: AuditReport,
                should_stop: Callable[[], bool]) -> bool:
    """Send the entries of ``epoch`` past ``after``; False when the round ended on a problem."""
    while after < last and not should_stop():
        with uow.reading() as tx:
            batch = list(islice(tx.audit.rows(epoch=epoch, after=after, batch=BATCH), BATCH))
        readable = [row for row in takewhile(lambda row: isinstance(row, AuditEntry), batch)
                    if isinstance(row, AuditEntry)]
        if readable and not _post_batch(client, uow, epoch, readable, report):
            return False
        if len(readable) < len(batch):
            bad = batch[len(readable)]
            reason = bad.reason if isinstance(bad, UnreadableRow) else "?"
            report.trouble = f"audit row {bad.id} cannot be read ({reason}): it and the rows after it stay here"
            return False
        if not batch:
            break
        after = readable[-1].id
    with uow.writing() as tx:
        tx.audit.confirm_delivered(epoch, after)
    return True


def _post_batch(client: ApiClient, uow: UnitOfWork, epoch: str, entries: list[AuditEntry],
                report: AuditReport) -> bool:
    answer = _checked(client.post(AUDIT_PATH, {"entries": [entry.to_dict() for entry in entries]}), entries)
    if answer.kind is not Kind.OK:
        _ended(report, answer, f"audit entries {entries[0].id}-{entries[-1].id}")
        return False
    with uow.writing() as tx:
        tx.audit.confirm_delivered(epoch, entries[-1].id)
    report.sent += len(entries)
    return True


def _anchor(client: ApiClient, uow: UnitOfWork, tip: Tip, report: AuditReport) -> None:
    answer = anchor(client, tip.epoch, tip.id, tip.hash)
    if answer.kind is not Kind.OK:
        _ended(report, answer, f"the audit head (entry {tip.id})")
        return
    if tip.epoch:
        with uow.writing() as tx:
            tx.audit.record_anchor(tip.epoch, tip.id, tip.hash)
    report.anchored = tip.id


def _checked(answer: Answer, batch: list[AuditEntry]) -> Answer:
    """A success must count this very batch; anything else is garbage, to retry."""
    if answer.kind is not Kind.OK:
        return answer
    body = answer.body
    if isinstance(body, dict) and body.get("received") == len(batch) and isinstance(body.get("new"), int):
        return answer
    return Answer(Kind.TRANSIENT, answer.status, "bad_answer", "the server's answer is not a receipt for this batch",
                  body)


def _ended(report: AuditReport, answer: Answer, what: str) -> AuditReport:
    report.problem = answer
    if answer.kind is Kind.TRANSIENT:
        log.info("%s not delivered, retried next cycle: %s", what, answer.describe())
    else:
        log.warning("%s refused by the server, kept: %s", what, answer.describe())
    return report
