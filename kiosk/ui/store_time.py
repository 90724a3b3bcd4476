"""Moments as people in the store read them: on the store's clock, in the language on screen.

Stored times are UTC; a clerk in New York reading "14:05" must not have to add five hours,
and a French screen writes dates the French way.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _local(moment: datetime, zone: tzinfo | None) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def store_date(moment: datetime, zone: tzinfo | None) -> str:
    """The day, short ("11/27/26", "27/11/2026")."""
    return QLocale().toString(_local(moment, zone).date(), QLocale.FormatType.ShortFormat)


def store_date_time(moment: datetime, zone: tzinfo | None) -> str:
    """The day and time, short."""
    return QLocale().toString(_local(moment, zone), QLocale.FormatType.ShortFormat)
