"""``POST /v1/audit``: a device's audit log entries, stored once each, never rewritten."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from central.auth import CurrentDevice
from central.context import Context
from central.errors import ErrorBody
from central.ops.audit import receive_entries
from central.routes import errors
from central.schemas import AuditBatchIn, AuditReceipt

router = APIRouter(tags=["audit"])


@router.post("/v1/audit", response_model=AuditReceipt, summary="Post entries of the device's audit log",
             responses={**errors(401, 413, 422, 503),
                        409: {"model": ErrorBody, "description": "an entry id is held with another hash"}})
def post_audit(batch: AuditBatchIn, device: CurrentDevice, context: Context) -> dict[str, Any]:
    """Up to 500 entries (``AuditEntry.to_dict()``), in any order. Entries held already with the
    same hash are skipped, so a replay is safe. 409 `audit_entry_conflict`: an entry id held with
    another hash. 422 `audit_chain_broken`: a new entry's `prev_hash` is not the hash of the entry
    before it (when that one is known). Both name `entry_id` and store nothing of the batch."""
    new = receive_entries(context.db, device, batch.entries, context.clock())
    return {"received": len(batch.entries), "new": new}
