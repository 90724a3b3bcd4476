"""The change counter behind both feeds (see central.models for why it is one locked row)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from central.models import SyncState

_state = cast(Table, SyncState.__table__)
_TAKE = (update(_state).where(_state.c.id == 1).values(last_seq=_state.c.last_seq + bindparam("count"))
         .returning(_state.c.last_seq))
_POSITION = select(_state.c.epoch, _state.c.last_seq).where(_state.c.id == 1)


def reserve(session: Session, count: int = 1) -> int:
    """Take ``count`` consecutive sequence numbers and return the first.

    The UPDATE locks the counter row until this transaction ends, so numbers are committed
    in the order they are taken. Take them last, just before commit, to hold it briefly.
    """
    last = session.connection().execute(_TAKE, {"count": count}).scalar_one()
    return int(last) - count + 1


def position(session: Session) -> tuple[str, int]:
    """This database's epoch and the last sequence number committed."""
    row = session.connection().execute(_POSITION).one()
    return row.epoch, row.last_seq
