"""``kiosk audit verify`` online: the file's audit log against the copy central holds.

Central's hashes are fetched a page at a time with no transaction open, then the rows of the
same ids are read from the file and compared (kiosk.workflow.audit_compare).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Sequence

from kiosk.db.audit_keys import AuditKeysUnreadable
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.audit_central import HASH_PAGE, central_hashes, held_epochs
from kiosk.sync.client import ApiClient
from kiosk.workflow.audit_chain import AuditEntry, ChainBreak, Epoch, UnreadableRow
from kiosk.workflow.audit_compare import compare_page


@dataclass(frozen=True)
class CentralCheck:
    """How many entries central holds of this log, and the first row where the file differs."""

    compared: int
    found: ChainBreak | None

    def line(self) -> str:
        if self.found is not None:
            return f"central's copy: row {self.found.row_id} differs ({self.found.problem})"
        return f"central's copy: {self.compared} entries of this log held there, every one identical"


def compare_with_central(client: ApiClient, uow: UnitOfWork) -> CentralCheck:
    """Raises CentralAnswerError when central cannot be asked."""
    epochs = _local_epochs(uow)
    with uow.reading() as tx:
        empty = next(tx.audit.rows(), None) is None
    if epochs is None and empty:
        return CentralCheck(0, None)  # a new log (a reset profile): what central holds is the old one's
    compared, first = 0, None
    for name, held in held_epochs(client).items():
        if held.low is None:
            continue
        counted, found = _compare_epoch(client, uow, name, held.low - 1, epochs)
        compared += counted
        if found is not None and (first is None or found.row_id < first.row_id):
            first = found
    return CentralCheck(compared, first)


def _compare_epoch(client: ApiClient, uow: UnitOfWork, epoch: str, after: int,
                   epochs: Sequence[Epoch] | None) -> tuple[int, ChainBreak | None]:
    compared, hashes = 0, central_hashes(client, epoch, after)
    while page := list(islice(hashes, HASH_PAGE)):
        counted, found = compare_page(_local_rows(uow, page[0][0], page[-1][0]), page, epoch=epoch, epochs=epochs)
        compared += counted
        if found is not None:
            return compared, found
    return compared, None


def _local_rows(uow: UnitOfWork, low: int, high: int) -> dict[int, AuditEntry | UnreadableRow]:
    rows: dict[int, AuditEntry | UnreadableRow] = {}
    with uow.reading() as tx:
        for row in tx.audit.rows(after=low - 1):
            if row.id > high:
                break
            rows[row.id] = row
    return rows


def _local_epochs(uow: UnitOfWork) -> tuple[Epoch, ...] | None:
    """The key file's epochs; None without a readable key file (then every entry central holds counts)."""
    with uow.reading() as tx:
        try:
            return tx.audit.epochs() if tx.audit.key_file.exists() else None
        except AuditKeysUnreadable:
            return None
