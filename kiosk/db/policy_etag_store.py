"""The version of the policy in force and the ETag it came with, for the conditional policy pull.

The pull sends the ETag back in ``If-None-Match``, so an unchanged policy costs central a
304 and no body (kiosk.sync.pull_policy).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import PolicyVersionRow


@dataclass(frozen=True)
class PolicyTag:
    version: str
    etag: str | None


def policy_in_force(session: Session) -> PolicyTag | None:
    row = session.execute(select(PolicyVersionRow.version, PolicyVersionRow.etag)
                          .where(PolicyVersionRow.active)).first()
    return PolicyTag(row.version, row.etag) if row is not None else None
