"""Small durable key/value state kept in the database (cursors, device identity)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kiosk.db.models import SettingRow


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(SettingRow, key)
    return row.value if row is not None else default


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
