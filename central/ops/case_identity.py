"""Whose case is it: a posted case may only speak for the device that posts it.

A case names the store whose order it returns (``store_id``: the kiosk's own store, or the
store the order was bought in when a shopper brings back an order from elsewhere) and the
device that took it (``device_id``: the device's id at central, or the label its kiosk.toml
gives it). A token may not post a case that names a third store, or that names another
registered device: such a case is refused whole (422 ``case_identity_mismatch``) rather than
stored with a body that says something other than who sent it.
"""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.errors import ApiError
from central.models import Device


class CaseIdentityMismatch(ApiError):
    def __init__(self, field: str, posted: str, expected: str) -> None:
        super().__init__(422, "case_identity_mismatch",
                         f"the case's {field} is {posted!r}, but the token belongs to {expected!r}",
                         field=field, posted=posted, expected=expected)


def check_case_identity(session: Session, device: DeviceIdentity, store_id: str, device_id: str,
                        order: Mapping[str, Any]) -> None:
    """Raise CaseIdentityMismatch unless the case's store and device can be the poster's."""
    if store_id not in (device.store_id, order.get("store_id")):
        raise CaseIdentityMismatch("store_id", store_id, device.store_id)
    if device_id != device.id and session.scalar(select(Device.id).where(Device.id == device_id)) is not None:
        raise CaseIdentityMismatch("device_id", device_id, device.id)
