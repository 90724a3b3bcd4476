"""Comparing the kiosk's audit log with the copy central holds, entry by entry.

The chain in the file proves only that nobody without the key changed it. Whoever holds
the whole profile (the key file too) can rewrite the chain so that it verifies; the copy
central received at each sync cannot be rewritten from the kiosk, so every entry central
holds must be in the file under the same id, epoch and hash. The first that is not names
the row where the file was changed.

Not every entry central holds belongs to this file's log: a reset profile starts a new log
(its own epochs), and after a restore from a backup a new epoch takes over from where the
backup ended. Which epoch owns an id follows from the key file (``epoch_for``), so central's
entries of an epoch that no longer owns their ids are left out, not reported.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from kiosk.workflow.audit_chain import AuditEntry, ChainBreak, Epoch, UnreadableRow, epoch_for


def owns(epochs: Sequence[Epoch] | None, epoch: str, entry_id: int) -> bool:
    """Whether entry ``entry_id`` of central's ``epoch`` belongs to this file's log.

    ``epochs`` None: there is no key file; then every entry counts (a file with rows but no key
    file is itself suspicious, and an empty one has nothing to compare).
    """
    if epochs is None:
        return True
    owner = epoch_for(epochs, entry_id)
    return (owner.id if owner else "") == epoch


def compare_page(local: Mapping[int, AuditEntry | UnreadableRow], central: Iterable[tuple[int, str]], *,
                 epoch: str, epochs: Sequence[Epoch] | None) -> tuple[int, ChainBreak | None]:
    """(entries compared, the first that differs) for one page of central's hashes of ``epoch``."""
    compared = 0
    for entry_id, digest in central:
        if not owns(epochs, epoch, entry_id):
            continue
        compared += 1
        problem = _difference(local.get(entry_id), entry_id, epoch, digest)
        if problem is not None:
            return compared, problem
    return compared, None


def _difference(row: AuditEntry | UnreadableRow | None, entry_id: int, epoch: str, digest: str) -> ChainBreak | None:
    if row is None:
        return ChainBreak(entry_id, f"row {entry_id} is missing here, but central holds it: the log was cut or "
                                    "renumbered after central received it")
    if isinstance(row, UnreadableRow):
        return ChainBreak(entry_id, f"row {entry_id} cannot be read ({row.reason}); central holds it intact")
    if row.epoch != epoch:
        named = f"epoch {epoch[:8]}" if epoch else "the unkeyed scheme"
        return ChainBreak(entry_id, f"row {entry_id} is not the entry central holds under {named}: it was rewritten")
    if row.hash != digest:
        return ChainBreak(entry_id, f"row {entry_id} differs from the copy central holds: it was changed after "
                                    "central received it")
    return None
