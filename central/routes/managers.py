"""``GET /v1/managers``: who may approve exceptions on this store's devices, PIN hashes only;
``POST /v1/managers/pin-attempts``: each wrong (or right) manager PIN typed at a device, so
every kiosk counts towards one lock."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from central.auth import CurrentDevice
from central.context import Context
from central.ops.managers import PIN_HASH_FORMAT, managers_for_store, pepper_for_devices, record_attempt
from central.routes import errors
from central.schemas import Name40

router = APIRouter(tags=["managers"])

LOCKED_UNTIL = "when a lock set by wrong PINs typed at any device ends (UTC); null when none runs"


class LockState(BaseModel):
    failures: int = Field(description="wrong PINs in a row, counted across every device")
    locked_until: str | None = Field(description=LOCKED_UNTIL)


class RosterManager(LockState):
    id: str
    name: str
    role: str
    store_id: str | None = Field(description="null: a manager of every store")
    pin_hash: str = Field(description="see `pin_hash_format`; older servers' `pbkdf2_sha256$...` hashes may remain")


class PinPepper(BaseModel):
    id: str = Field(description="the id a hash names after `pepper:`")
    key: str = Field(description="hex; keep it outside the database, readable by the device's user only")


class ManagerList(BaseModel):
    managers: list[RosterManager]
    pin_hash_format: str = Field(description="how to check a PIN against `pin_hash`")
    pin_pepper: PinPepper = Field(description="the pepper the hashes are keyed with")


class PinAttemptIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    manager_ids: list[Name40] = Field(min_length=1, max_length=20)
    outcome: Literal["miss", "success"]


class PinAttemptCount(LockState):
    id: str


class PinAttemptAnswer(BaseModel):
    managers: list[PinAttemptCount] = Field(description="the counts now, for the managers this device may see")


@router.get("/v1/managers", response_model=ManagerList, summary="Active managers of the device's store",
            responses=errors(401, 503))
def list_managers(device: CurrentDevice, context: Context) -> dict[str, Any]:
    """The full list every time: a manager missing from it has been removed. Each comes with
    the wrong PINs counted for them across every device and the lock those set."""
    with context.db.reading() as session:
        managers = managers_for_store(session, device.store_id, context.clock())
    return {"managers": managers, "pin_hash_format": PIN_HASH_FORMAT, "pin_pepper": pepper_for_devices()}


@router.post("/v1/managers/pin-attempts", response_model=PinAttemptAnswer,
             summary="A manager PIN typed at the device: a miss counts, a success clears",
             responses=errors(401, 422, 503))
def pin_attempt(attempt: PinAttemptIn, device: CurrentDevice, context: Context) -> dict[str, Any]:
    """Five misses in a row, from any devices, lock the manager for five minutes everywhere
    (a running lock is not shortened by a success). Managers the device may not see are
    left out of the answer."""
    counts = record_attempt(context.db, device.store_id, attempt.manager_ids, attempt.outcome == "success",
                            context.clock())
    return {"managers": counts}
