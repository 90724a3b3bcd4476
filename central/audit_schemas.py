"""The JSON shapes of the audit routes: entries, epochs, the anchored head, central's hashes.

``AuditEntryIn`` mirrors ``kiosk.workflow.audit_chain.AuditEntry.to_dict``; older kiosks
leave ``epoch`` out (their entries are unkeyed) and are still taken as they are.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StrictInt, StrictStr

from central.schemas import Name64, Strict, Text200, Timestamp

Hash = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$", description="sha256 or HMAC-SHA256, lowercase hex")]
EntryId = Annotated[StrictInt, Field(ge=1, le=2**62, description="the entry's number in the device's log, from 1")]
EpochName = Annotated[StrictStr, Field(pattern=r"^([0-9a-f]{32})?$",
                                       description='32 hex digits the kiosk chose; "" for unkeyed entries')]
KeyedEpochName = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{32}$", description="32 hex digits the kiosk chose")]
MAX_AUDIT_BATCH = 500
MAX_HASH_PAGE = 5000


class AuditEntryIn(Strict):
    """One entry of a kiosk's hash-chained audit log.

    PINs never reach the log and e-mail addresses are masked on the kiosk before chaining.
    """

    id: EntryId
    at: Timestamp
    kind: Annotated[StrictStr, Field(pattern=r"^[a-z_]{1,32}$", description="login, refund, override, ...")]
    actor: Name64
    subject: Text200 = ""
    details: dict[str, Any] = {}
    prev_hash: Hash
    hash: Hash
    epoch: EpochName = ""


class AuditBatchIn(Strict):
    entries: Annotated[list[AuditEntryIn], Field(min_length=1, max_length=MAX_AUDIT_BATCH)]


class AuditReceipt(BaseModel):
    received: int = Field(description="entries in the request")
    new: int = Field(description="entries stored by this request; the rest were held already (a replay)")


class EpochIn(Strict):
    """An epoch the kiosk began: its key and where it starts in the device's log."""

    epoch: KeyedEpochName
    scheme: Literal["hmac-sha256"]
    key: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$", description="the HMAC key, 32 bytes in hex")]
    first_id: EntryId
    prev_hash: Hash = Field(description="the hash the epoch's first entry links to (all zeros for a new log)")


class EpochTaken(BaseModel):
    epoch: str
    new: bool = Field(description="false: the same announcement was taken before")
    alarm: str | None = Field(None, description="what central found wrong when it took the epoch, if anything")


class HeldEpochOut(BaseModel):
    """What central holds of one epoch of the device's log."""

    epoch: str
    scheme: str
    first_id: int
    held: int = Field(description="entries held")
    held_low: int | None = Field(description="the lowest entry id held")
    held_high: int | None = Field(description="the highest entry id held")
    head_id: int | None = Field(description="the head the device anchored last")
    head_hash: str | None


class HeldEpochsOut(BaseModel):
    epochs: list[HeldEpochOut]


class HeadIn(Strict):
    """The newest entry of the device's log, to compare with central's copy and keep."""

    epoch: EpochName
    id: Annotated[StrictInt, Field(ge=0, le=2**62)]
    hash: Hash


class HeadTaken(BaseModel):
    epoch: str
    id: int
    held: int = Field(description="entries of this epoch central holds")


class EntryHash(BaseModel):
    id: int
    hash: str


class HashesOut(BaseModel):
    epoch: str
    entries: list[EntryHash]
