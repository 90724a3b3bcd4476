"""Pulling the return policy: cheap when unchanged (ETag), refused when bad, last good kept.

The server validates what it serves, but the kiosk checks again with the same parser before
anything changes: a document this version of the kiosk cannot read must never replace the
policy it decides returns with. A refused document's ETag is remembered, so it is not
downloaded again every cycle, and its problems are kept for the sync health. What to ask is
read before the request, and what came back is stored after it, each in a transaction of
its own.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient
from kiosk.sync.errors import StepFailed, bad_answer
from kiosk.workflow.clock import Clock
from kiosk.workflow.policy import PolicyError, parse_policy

log = logging.getLogger(__name__)

POLICY_PATH = "/v1/policy"
REFUSED_ETAG = "sync.policy.refused_etag"
REFUSED_PROBLEMS = "sync.policy.refused_problems"


@dataclass(frozen=True)
class PolicyOutcome:
    #: unchanged, updated, refused or none (the server has no policy yet)
    status: str
    version: str | None = None
    problems: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.status == "updated":
            return f"policy {self.version} installed"
        if self.status == "refused":
            return "policy refused, last good kept: " + "; ".join(self.problems[:3])
        if self.status == "none":
            return "the server has no policy yet"
        return f"policy unchanged ({self.version or 'none installed'})"


def pull_policy(client: ApiClient, uow: UnitOfWork, clock: Clock) -> PolicyOutcome:
    with uow.reading() as tx:
        active = tx.policy_etags.in_force()
        refused_etag = tx.settings.get(REFUSED_ETAG)
    etags = [e for e in (active.etag if active else None, refused_etag) if e]
    headers = {"If-None-Match": ", ".join(etags)} if etags else {}
    answer = client.get(POLICY_PATH, headers=headers)
    if answer.kind is Kind.NOT_MODIFIED:
        offered = answer.headers.get("ETag")
        return _unchanged(uow, active.version if active else None, refused=bool(refused_etag)
                          and offered in (refused_etag, None) and offered != (active.etag if active else None))
    if answer.kind is Kind.NOT_FOUND:
        return PolicyOutcome("none")
    if answer.kind is not Kind.OK:
        raise StepFailed("policy", answer)
    if not isinstance(answer.body, dict):
        raise bad_answer("policy", "the policy is not a JSON object")
    return _install(uow, answer.body, answer.headers.get("ETag"), clock)


def _unchanged(uow: UnitOfWork, version: str | None, *, refused: bool) -> PolicyOutcome:
    """304: the server still offers what we have, or still the document we refused."""
    with uow.writing() as tx:
        problems = tx.settings.get(REFUSED_PROBLEMS)
        if refused and problems:
            return PolicyOutcome("refused", version, tuple(json.loads(problems)))
        if problems:  # the server went back to the policy in force: forget the refusal
            tx.settings.put(REFUSED_ETAG, "")
            tx.settings.put(REFUSED_PROBLEMS, "")
    return PolicyOutcome("unchanged", version)


def _install(uow: UnitOfWork, document: dict[str, object], etag: str | None, clock: Clock) -> PolicyOutcome:
    try:
        policy = parse_policy(document)
    except PolicyError as error:
        problems = tuple(str(p) for p in error.problems)
        log.error("refused the server's policy: %s", "; ".join(problems))
        with uow.writing() as tx:
            tx.settings.put(REFUSED_ETAG, etag or "")
            tx.settings.put(REFUSED_PROBLEMS, json.dumps(problems))
        return PolicyOutcome("refused", None, problems)
    with uow.writing() as tx:
        previous = tx.policies.active_version()
        tx.policies.activate(policy, received_at=clock(), etag=etag)
        tx.settings.put(REFUSED_ETAG, "")
        tx.settings.put(REFUSED_PROBLEMS, "")
    return PolicyOutcome("updated" if previous != policy.version else "unchanged", policy.version)
