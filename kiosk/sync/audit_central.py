"""What central holds of this device's audit log, and the calls that tell it more.

Central keeps each device's entries by (epoch, entry id) and knows each epoch's key once the
kiosk announced it (``POST /v1/audit/epochs``). ``GET /v1/audit/epochs`` says what it holds
of each epoch: the sync sends what is missing from that, never from the local ``delivered``
flag, so a flag set by hand hides no entry; ``kiosk audit verify`` pages through the hashes
central holds (``GET /v1/audit/hashes``) to compare them with the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from kiosk.sync.answers import Answer, Kind
from kiosk.sync.client import ApiClient
from kiosk.workflow.audit_chain import Epoch

AUDIT_PATH = "/v1/audit"
EPOCHS_PATH = "/v1/audit/epochs"
HEAD_PATH = "/v1/audit/head"
HASHES_PATH = "/v1/audit/hashes"
#: Hashes per page when comparing with central (central allows up to 5000).
HASH_PAGE = 2000


@dataclass(frozen=True)
class HeldEpoch:
    """What central holds of one epoch: how many entries, the lowest and highest id, the head anchored last."""

    epoch: str
    first_id: int
    count: int
    low: int | None
    high: int | None
    head: tuple[int, str] | None

    def resume_after(self, local_first: int) -> int:
        """The id after which entries must be sent: past what central holds without a gap, or
        from the start of the local rows when its copy has gaps (replays are skipped there)."""
        if self.low is None or self.high is None:
            return local_first - 1
        whole = self.count == self.high - self.low + 1 and self.low <= local_first
        return max(local_first - 1, self.high) if whole else local_first - 1


class CentralAnswerError(Exception):
    """Central's answer was not what the call needs; ``answer`` says what came back."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.describe())
        self.answer = answer


def held_epochs(client: ApiClient) -> dict[str, HeldEpoch]:
    """This device's epochs at central, by name ("" for unkeyed entries); raises CentralAnswerError."""
    answer = client.get(EPOCHS_PATH)
    body = answer.body
    if answer.kind is not Kind.OK:
        raise CentralAnswerError(answer)
    try:
        return {item["epoch"]: _held(item) for item in body["epochs"]}
    except (KeyError, TypeError, ValueError) as error:
        raise CentralAnswerError(_garbage(answer, f"the list of audit epochs cannot be read ({error})")) from error


def announce(client: ApiClient, epoch: Epoch) -> Answer:
    """Give central an epoch's key and where it starts; the same announcement again is harmless."""
    return client.post(EPOCHS_PATH, {"epoch": epoch.id, "scheme": epoch.scheme, "key": epoch.key.hex(),
                                     "first_id": epoch.first_id, "prev_hash": epoch.prev_hash})


def anchor(client: ApiClient, epoch: str, entry_id: int, digest: str) -> Answer:
    """Tell central the newest entry; it compares it with its copy and keeps it."""
    return client.post(HEAD_PATH, {"epoch": epoch, "id": entry_id, "hash": digest})


def central_hashes(client: ApiClient, epoch: str, after: int = 0) -> Iterator[tuple[int, str]]:
    """(id, hash) of every entry of ``epoch`` central holds past ``after``, in id order; raises CentralAnswerError."""
    while True:
        answer = client.get(HASHES_PATH, {"epoch": epoch, "after": after, "limit": HASH_PAGE})
        if answer.kind is not Kind.OK:
            raise CentralAnswerError(answer)
        try:
            page = [(int(item["id"]), str(item["hash"])) for item in answer.body["entries"]]
        except (KeyError, TypeError, ValueError) as error:
            raise CentralAnswerError(_garbage(answer, f"the audit hashes cannot be read ({error})")) from error
        yield from page
        if len(page) < HASH_PAGE:
            return
        after = page[-1][0]


def _held(item: Any) -> HeldEpoch:
    head = (int(item["head_id"]), str(item["head_hash"])) if item.get("head_id") is not None else None
    low, high = item.get("held_low"), item.get("held_high")
    return HeldEpoch(str(item["epoch"]), int(item["first_id"]), int(item["held"]),
                     int(low) if low is not None else None, int(high) if high is not None else None, head)


def _garbage(answer: Answer, message: str) -> Answer:
    return Answer(Kind.TRANSIENT, answer.status, "bad_answer", message, answer.body)
