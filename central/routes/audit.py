"""``/v1/audit``: a device's keyed audit log, its epochs and its anchored head; stored once, never rewritten."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from central.audit_schemas import (
    MAX_HASH_PAGE,
    AuditBatchIn,
    AuditReceipt,
    EpochIn,
    EpochTaken,
    HashesOut,
    HeadIn,
    HeadTaken,
    HeldEpochsOut,
)
from central.auth import CurrentDevice
from central.context import Context
from central.errors import ErrorBody
from central.ops.audit import receive_entries
from central.ops.audit_epochs import anchor_head, announce_epoch, hashes_page, list_epochs
from central.routes import errors

router = APIRouter(tags=["audit"])

_CONFLICT = {"model": ErrorBody, "description": "the device's log differs from central's copy; an alarm was raised"}


@router.post("/v1/audit", response_model=AuditReceipt, summary="Post entries of the device's audit log",
             responses={**errors(401, 413, 422, 503), 409: _CONFLICT})
def post_audit(batch: AuditBatchIn, device: CurrentDevice, context: Context) -> dict[str, Any]:
    """Up to 500 entries (``AuditEntry.to_dict()``), in any order. Entries held already with the
    same hash are skipped, so a replay is safe. An entry with an `epoch` is checked under that
    epoch's key, which must have been announced first (422 `audit_epoch_unknown`); one without is
    an older kiosk's unkeyed entry. 409 `audit_entry_conflict`: an entry id held (or anchored)
    with another hash. 422 `audit_chain_broken`: a new entry's `prev_hash` is not the hash of the
    entry before it (when that one is known); `audit_entry_altered`: an entry does not match its
    hash; `audit_scheme_downgrade`: an unkeyed entry where the device's log is keyed. Each names
    `entry_id`, stores nothing of the batch, and (but for an unknown epoch) raises an alarm."""
    new = receive_entries(context.db, device, batch.entries, context.clock())
    return {"received": len(batch.entries), "new": new}


@router.get("/v1/audit/epochs", response_model=HeldEpochsOut, summary="What central holds of the device's log",
            responses=errors(401, 503))
def get_epochs(device: CurrentDevice, context: Context) -> dict[str, Any]:
    """Each epoch of the device's log (`""`: unkeyed entries): how many entries central holds,
    the lowest and highest id, and the head the device anchored last. The kiosk sends what is
    missing from this."""
    return {"epochs": list_epochs(context.db, device)}


@router.post("/v1/audit/epochs", response_model=EpochTaken, summary="Announce an epoch of the device's log",
             responses={**errors(401, 413, 422, 503),
                        409: {"model": ErrorBody, "description": "the epoch is held with another key or start"}})
def post_epoch(epoch: EpochIn, device: CurrentDevice, context: Context) -> dict[str, Any]:
    """The key of a stretch of the log the kiosk began (after an upgrade, a reset profile, a
    restore), and where it begins. The same announcement again is taken (`new`: false). An
    epoch that begins where central's copy says otherwise is taken, so what follows still
    arrives, and raises an alarm, named in `alarm` (`audit_log_cut`, `audit_diverged`,
    `audit_entries_lost`). 409 `audit_epoch_conflict`: the epoch is held with another key."""
    new, alarm = announce_epoch(context.db, device, epoch, context.clock())
    return {"epoch": epoch.epoch, "new": new, "alarm": alarm}


@router.post("/v1/audit/head", response_model=HeadTaken, summary="Anchor the head of the device's log",
             responses={**errors(401, 413, 422, 503), 409: _CONFLICT})
def post_head(head: HeadIn, device: CurrentDevice, context: Context) -> dict[str, Any]:
    """The device's newest entry, posted at every sync. Central compares it with its copy and
    keeps it; an entry that arrives later under that id must be this one. 409 `audit_diverged`:
    central holds that entry with another hash; `audit_log_cut`: central holds (or was told of)
    entries of the epoch past it. Both raise an alarm. 422 `audit_epoch_unknown`."""
    return anchor_head(context.db, device, head, context.clock())


@router.get("/v1/audit/hashes", response_model=HashesOut, summary="The hashes central holds of the device's log",
            responses=errors(401, 422, 503))
def get_hashes(device: CurrentDevice, context: Context,
               epoch: Annotated[str, Query(pattern=r"^([0-9a-f]{32})?$", description='"" for unkeyed entries')] = "",
               after: Annotated[int, Query(ge=0, le=2**62)] = 0,
               limit: Annotated[int, Query(ge=1, le=MAX_HASH_PAGE)] = 1000) -> dict[str, Any]:
    """(id, hash) of the entries of one epoch past `after`, in id order, for `kiosk audit verify`
    to compare with the device's file."""
    return {"epoch": epoch, "entries": hashes_page(context.db, device, epoch, after, limit)}
