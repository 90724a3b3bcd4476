"""Where a returned line goes: back to stock, damaged, back to the vendor, or the returns centre.

The policy's ``dispositions`` rules are tried in order; the first whose reasons, conditions
and categories (each optional) all contain the line's decides, else the policy's default
(restock). Staff may change a line's disposition at the counter; the change is recorded in
the audit log by the service that saves the case. Lines for the returns centre get a 4x6
shipping label.
"""

from __future__ import annotations

from typing import NamedTuple

from kiosk.workflow.cases import DISPOSITIONS
from kiosk.workflow.errors import KioskError
from kiosk.workflow.policy import Policy

RESTOCK, DAMAGED, VENDOR, RETURNS_CENTRE = DISPOSITIONS


class UnknownDisposition(KioskError, ValueError):
    default_key = "disposition_unknown"


class DispositionChange(NamedTuple):
    """Staff moved a line from what the policy chose to another disposition."""

    line_id: str
    before: str
    after: str


def disposition_for(policy: Policy, reason_code: str, condition: str | None, category: str) -> str:
    """The policy's disposition for a line returned for this reason, in this condition."""
    for rule in policy.disposition_rules:
        if rule.applies(reason_code, condition, category):
            return rule.disposition
    return policy.default_disposition


def check_disposition(name: str) -> str:
    if name not in DISPOSITIONS:
        raise UnknownDisposition(f"unknown disposition {name!r}; one of {', '.join(DISPOSITIONS)}",
                                 params={"disposition": name})
    return name


def needs_label(disposition: str | None) -> bool:
    """Whether the line ships to the returns centre, so a 4x6 label is printed for it."""
    return disposition == RETURNS_CENTRE
