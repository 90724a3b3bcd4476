"""``POST /v1/devices/health``: a device reports its health; central keeps the latest per device.

Head office reads the fleet with ``kiosk-central devices`` (central.ops.fleet). The body is
checked field by field like every other; fields this version does not know are ignored, so
a newer kiosk in a fleet upgraded bit by bit still reports.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from central.auth import CurrentDevice
from central.context import Context
from central.ops.fleet import record_health
from central.routes import errors
from central.schemas import Name40, Name64, Name80, Text200, Timestamp
from kiosk.workflow.clock import format_utc

router = APIRouter(tags=["devices"])

Count = Annotated[StrictInt, Field(ge=0, le=10**9)]
Seconds = Annotated[StrictInt, Field(ge=0, le=10**10, description="whole seconds, on the device's clock")]
Bytes = Annotated[StrictInt, Field(ge=0, le=2**62)]


class Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PrinterStatusIn(Lenient):
    name: Name64
    ready: StrictBool
    message: Text200 = ""


class DataAgesIn(Lenient):
    """Time since each synced copy was last pulled in full (null: never)."""

    policy: Seconds | None = None
    managers: Seconds | None = None
    orders: Seconds | None = None


class DeviceHealthIn(Lenient):
    """What a kiosk knows of itself (kiosk.sync.health_report)."""

    reported_at: Timestamp
    app_version: Name40
    schema_version: Name40 = Field(description="the device database's migration")
    policy_version: Name80 | None = Field(default=None, description="the policy in force; null: none yet")
    cached_orders: Count = 0
    database_bytes: Bytes = 0
    outbox_pending: Count = Field(description="returns waiting to be delivered")
    outbox_refused: Count = Field(default=0, description="returns central refused, kept for staff")
    outbox_oldest_age_s: Seconds | None = Field(default=None, description="age of the oldest waiting return")
    print_queue_depth: Count = 0
    printers: Annotated[list[PrinterStatusIn], Field(max_length=20)] | None = Field(
        default=None, description="each printer as it answered just now; null: not asked")
    last_sync_age_s: Seconds | None = Field(default=None, description="since the last complete sync; null: never")
    free_disk_bytes: Bytes
    clock_offset_ms: Annotated[StrictInt, Field(ge=-10**12, le=10**12)] | None = Field(
        default=None, description="central's clock minus the device's at its last sync; null: not measured")
    clock_unsure: StrictBool = Field(default=False, description="the offset is past the policy's limit: window "
                                                                "verdicts are held for staff")
    data_age_s: DataAgesIn = DataAgesIn()


class HealthReceipt(BaseModel):
    device_id: str
    received_at: str = Field(description="this server's time: a report later than ``stale_after`` is overdue")


@router.post("/v1/devices/health", response_model=HealthReceipt, summary="Report the device's health",
             responses=errors(401, 413, 422, 503))
def post_health(report: DeviceHealthIn, device: CurrentDevice, context: Context) -> dict[str, Any]:
    """Every few minutes and after each sync. Only the latest report of a device is kept;
    `kiosk-central devices` marks a device stale when none came for a while, and unhealthy
    when its last one shows a wrong clock, unsent or refused returns, a printer down, a full
    disk or no good sync for an hour."""
    now = context.clock()
    record_health(context.db, device, report.model_dump(mode="json"), now)
    return {"device_id": device.id, "received_at": format_utc(now)}
