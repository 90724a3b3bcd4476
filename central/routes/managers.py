"""``GET /v1/managers``: who may approve exceptions on this store's devices, PIN hashes only."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from central.auth import CurrentDevice
from central.context import Context
from central.ops.managers import PIN_HASH_FORMAT, managers_for_store
from central.routes import errors
from central.schemas import ManagerList

router = APIRouter(tags=["managers"])


@router.get("/v1/managers", response_model=ManagerList, summary="Active managers of the device's store",
            responses=errors(401, 503))
def list_managers(device: CurrentDevice, context: Context) -> dict[str, Any]:
    """The full list every time: a manager missing from it has been removed."""
    with context.db.reading() as session:
        managers = managers_for_store(session, device.store_id)
    return {"managers": managers, "pin_hash_format": PIN_HASH_FORMAT}
