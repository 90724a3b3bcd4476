"""Opaque feed cursors: which feed, which database, how far.

A cursor is base64url of ``<feed>.<epoch>.<seq>``. Kiosks must not parse it; the server
refuses (410 Gone) one it cannot honour: garbage, another feed's, another database's (the
epoch changes when a database is rebuilt), or one from ahead of this database's counter.
Any of those means the kiosk's copy can no longer be brought up to date by changes alone,
so it resyncs from scratch.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from central.errors import ApiError


class CursorGone(ApiError):
    def __init__(self, reason: str) -> None:
        super().__init__(410, "cursor_gone", f"the cursor cannot be resumed ({reason}); start a full resync "
                                             "by omitting it")


@dataclass(frozen=True)
class Cursor:
    feed: str
    epoch: str
    seq: int

    def encode(self) -> str:
        raw = f"{self.feed}.{self.epoch}.{self.seq}".encode("ascii")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(text: str | None, *, feed: str, epoch: str, last_seq: int) -> int:
    """The sequence number a cursor stands for (0 when absent), or CursorGone."""
    if not text:
        return 0
    cursor = _parse(text)
    if cursor is None or cursor.feed != feed:
        raise CursorGone("unknown cursor")
    if cursor.epoch != epoch:
        raise CursorGone("issued by another database")
    if cursor.seq > last_seq:
        raise CursorGone("ahead of this database")
    return cursor.seq


def _parse(text: str) -> Cursor | None:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
        feed, epoch, seq = raw.split(".")
        number = int(seq)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    if number < 0 or not seq.isdigit():
        return None
    return Cursor(feed, epoch, number)
