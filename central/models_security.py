"""Central tables for security: defined on central.models.Base, imported by central.models."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base


class ManagerPinLock(Base):
    """Wrong PINs of one manager counted across every kiosk, and the lock they set."""

    __tablename__ = "manager_pin_locks"

    manager_id: Mapped[str] = mapped_column(String(40), ForeignKey("managers.id"), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None]
    updated_at: Mapped[datetime]
