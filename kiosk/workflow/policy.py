"""The return policy: a versioned JSON document turned into typed, immutable rules.

A retailer edits the JSON; the kiosk refuses a bad document with every problem at once
(``PolicyError``) so the last good policy stays in force. Everything the eligibility and
quote engines need is read here once, so evaluating an order never touches raw JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo

from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.policy_validation import (
    MAX_NESTING,
    MAX_POLICY_BYTES,
    PolicyError,
    Problem,
    check_document,
    text_nesting_depth,
)

__all__ = [
    "ApprovalRules", "Condition", "DispositionRule", "ExtendedWindow", "Policy", "PolicyError", "Problem", "Reason",
    "ResolutionSettings", "RestockingFee", "WindowRule", "load_policy_file", "parse_policy",
]

#: The order in which resolutions are offered: the ones that keep revenue first.
OFFER_ORDER = (Resolution.STORE_CREDIT, Resolution.EXCHANGE, Resolution.REFUND, Resolution.KEEP_ITEM)
#: Where a refund goes first when the policy does not say: stored value back to stored value.
DEFAULT_TENDER_ORDER = ("gift_card", "store_credit", "card", "cash")
#: How long store credit lasts when the policy does not say.
DEFAULT_CREDIT_EXPIRY_DAYS = 365
#: Where returned goods go when no disposition rule matches and the policy names no default.
DEFAULT_DISPOSITION = "restock"
#: How far the kiosk's clock may be from central's before window verdicts wait for staff.
DEFAULT_MAX_CLOCK_OFFSET_MINUTES = 5


@dataclass(frozen=True)
class Reason:
    """A return reason the shopper picks; it decides notes, conditions, fees and shipping."""

    code: str
    label: str
    requires_note: bool = False
    conditions: tuple[str, ...] = ()
    sub_reasons: tuple[str, ...] = ()
    waives_restocking_fee: bool = False
    allows_keep_item: bool = False
    refunds_shipping: bool = False


@dataclass(frozen=True)
class Condition:
    code: str
    label: str


@dataclass(frozen=True)
class WindowRule:
    """A return window in days; ``path`` names the policy field it came from, for explanations."""

    days: int
    path: str
    subject: str = ""
    label: str = ""


@dataclass(frozen=True)
class ExtendedWindow:
    """Purchases made between two local dates stay returnable until a later local date."""

    id: str
    purchased_from: date
    purchased_to: date
    returnable_until: date
    path: str
    categories: frozenset[str] = frozenset()
    label: str = ""

    def covers(self, purchased_on: date, category: str) -> bool:
        in_range = self.purchased_from <= purchased_on <= self.purchased_to
        return in_range and (not self.categories or category in self.categories)


@dataclass(frozen=True)
class RestockingFee:
    """A fee in basis points for lines of some categories returned in some conditions."""

    fee_bp: int
    path: str
    categories: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()

    def applies(self, category: str, condition: str | None) -> bool:
        category_ok = not self.categories or category in self.categories
        condition_ok = not self.conditions or condition in self.conditions
        return category_ok and condition_ok


@dataclass(frozen=True)
class ResolutionSettings:
    """Which resolutions are offered and their knobs (bonus, exchange price rule, limits)."""

    enabled: frozenset[Resolution]
    credit_bonus_bp: int = 0
    exchange_max_price_difference: int = 0
    tender_order: tuple[str, ...] = DEFAULT_TENDER_ORDER
    keep_item_max_value: int = 0
    #: store-credit vouchers are spendable this many store-local days (None: no expiry)
    credit_expiry_days: int | None = DEFAULT_CREDIT_EXPIRY_DAYS
    #: what an unattended kiosk gives instead of cash: "store_credit" or "collect_at_counter"
    unattended_cash: str = "store_credit"


@dataclass(frozen=True)
class DispositionRule:
    """Lines whose reason, condition and category are in the given sets (empty: any) go here."""

    disposition: str
    path: str
    reasons: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()

    def applies(self, reason_code: str, condition: str | None, category: str) -> bool:
        return ((not self.reasons or reason_code in self.reasons)
                and (not self.conditions or condition in self.conditions)
                and (not self.categories or category in self.categories))


@dataclass(frozen=True)
class ApprovalRules:
    """When a manager must look at a return; None or False switches a rule off."""

    refund_above: int | None = None
    grace_days: int = 0
    without_receipt: bool = False
    frequent_period_days: int | None = None
    frequent_max_returns: int | None = None
    frequent_max_refunded: int | None = None
    #: Beyond this offset from central's clock, window verdicts are held for staff.
    max_clock_offset_minutes: int = DEFAULT_MAX_CLOCK_OFFSET_MINUTES

    @property
    def max_clock_offset(self) -> timedelta:
        return timedelta(minutes=self.max_clock_offset_minutes)


@dataclass(frozen=True)
class Policy:
    version: str
    effective_at: datetime
    timezone: str
    currency: str
    reasons: tuple[Reason, ...]
    document: Mapping[str, Any]
    default_window: WindowRule
    category_windows: Mapping[str, WindowRule] = field(default_factory=dict)
    tag_windows: tuple[WindowRule, ...] = ()
    extended_windows: tuple[ExtendedWindow, ...] = ()
    final_sale_returnable: bool = False
    non_returnable_categories: frozenset[str] = frozenset()
    non_returnable_tags: frozenset[str] = frozenset()
    restocking_fees: tuple[RestockingFee, ...] = ()
    conditions: tuple[Condition, ...] = ()
    settings: ResolutionSettings = ResolutionSettings(frozenset(OFFER_ORDER))
    approval: ApprovalRules = ApprovalRules()
    disposition_rules: tuple[DispositionRule, ...] = ()
    default_disposition: str = DEFAULT_DISPOSITION

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def to_json(self) -> str:
        """The policy document as JSON text, for storing and sending."""
        return json.dumps(self.document, ensure_ascii=False, sort_keys=True)

    def reason(self, code: str) -> Reason:
        for reason in self.reasons:
            if reason.code == code:
                return reason
        raise KeyError(f"policy {self.version} has no reason {code!r}")

    def resolutions(self) -> tuple[Resolution, ...]:
        """The enabled resolutions in offer order: credit and exchange before money back."""
        return tuple(r for r in OFFER_ORDER if r in self.settings.enabled)

    def window_for(self, category: str, tags: tuple[str, ...]) -> WindowRule:
        """The window that applies to a line: a tag rule, else its category's, else the default."""
        for rule in self.tag_windows:
            if rule.subject in tags:
                return rule
        return self.category_windows.get(category, self.default_window)

    def restocking_fee(self, category: str, condition: str | None) -> RestockingFee | None:
        for fee in self.restocking_fees:
            if fee.applies(category, condition):
                return fee
        return None

    def category_label(self, category: str) -> str:
        rule = self.category_windows.get(category)
        return rule.label if rule and rule.label else category.replace("_", " ").capitalize()


def parse_policy(document: Mapping[str, Any]) -> Policy:
    """Validate a policy document (schema, then meaning) and build the Policy, or raise with every problem."""
    check_document(document)
    return _build(document)


def load_policy_file(path: str | Path) -> Policy:
    """Read and parse a policy file; unreadable files and bad JSON become a PolicyError too."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_POLICY_BYTES:
            raise PolicyError([Problem("", f"{path} is {size:,} bytes; a policy file may be at most "
                                           f"{MAX_POLICY_BYTES:,}")])
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyError([Problem("", f"cannot read {path}: {error}")]) from error
    depth = text_nesting_depth(text)
    if depth > MAX_NESTING:
        raise PolicyError([Problem("", f"nested {depth} levels deep; a policy nests at most {MAX_NESTING}")])
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise PolicyError([Problem("", f"not valid JSON at {where}: {error.msg}")]) from error
    return parse_policy(document)


def _detached(document: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy in plain JSON types, so the document stored or sent with a decision is exactly
    what was validated, even if the caller later changes its own dict."""
    copied: dict[str, Any] = json.loads(json.dumps(document))
    return copied


def _build(doc: Mapping[str, Any]) -> Policy:
    rules = doc["rules"]
    blocked = rules.get("non_returnable", {})
    return Policy(
        version=doc["version"],
        effective_at=parse_utc(doc["effective_at"]),
        timezone=doc["timezone"],
        currency=doc["currency"],
        reasons=tuple(_reason(r) for r in doc["reasons"]),
        document=_detached(doc),
        default_window=WindowRule(rules["window_days"], "rules.window_days"),
        category_windows=_category_windows(rules.get("categories", [])),
        tag_windows=_tag_windows(rules.get("tags", [])),
        extended_windows=tuple(_extended(i, e) for i, e in enumerate(rules.get("extended_windows", []))),
        final_sale_returnable=not blocked.get("final_sale", True),
        non_returnable_categories=frozenset(blocked.get("categories", [])),
        non_returnable_tags=frozenset(blocked.get("tags", [])),
        restocking_fees=tuple(_fee(i, f) for i, f in enumerate(rules.get("restocking_fees", []))),
        conditions=tuple(Condition(c["code"], c["label"]) for c in doc["conditions"]),
        settings=_settings(doc["resolutions"]),
        approval=_approval(doc.get("approval", {})),
        disposition_rules=_disposition_rules(doc.get("dispositions", {}).get("rules", [])),
        default_disposition=doc.get("dispositions", {}).get("default", DEFAULT_DISPOSITION),
    )


def _disposition_rules(entries: list[Mapping[str, Any]]) -> tuple[DispositionRule, ...]:
    return tuple(
        DispositionRule(e["disposition"], f"dispositions.rules[{i}]", frozenset(e.get("reasons", ())),
                        frozenset(e.get("conditions", ())), frozenset(e.get("categories", ())))
        for i, e in enumerate(entries)
    )


def _reason(data: Mapping[str, Any]) -> Reason:
    return Reason(
        code=data["code"],
        label=data["label"],
        requires_note=data.get("requires_note", False),
        conditions=tuple(data.get("conditions", ())),
        sub_reasons=tuple(data.get("sub_reasons", ())),
        waives_restocking_fee=data.get("waives_restocking_fee", False),
        allows_keep_item=data.get("allows_keep_item", False),
        refunds_shipping=data.get("refunds_shipping", False),
    )


def _category_windows(entries: list[Mapping[str, Any]]) -> dict[str, WindowRule]:
    return {
        e["category"]: WindowRule(e["window_days"], f"rules.categories[{i}]", e["category"], e.get("label", ""))
        for i, e in enumerate(entries)
    }


def _tag_windows(entries: list[Mapping[str, Any]]) -> tuple[WindowRule, ...]:
    return tuple(
        WindowRule(e["window_days"], f"rules.tags[{i}]", e["tag"], e.get("label", "")) for i, e in enumerate(entries)
    )


def _extended(index: int, data: Mapping[str, Any]) -> ExtendedWindow:
    return ExtendedWindow(
        id=data["id"],
        purchased_from=date.fromisoformat(data["purchased_from"]),
        purchased_to=date.fromisoformat(data["purchased_to"]),
        returnable_until=date.fromisoformat(data["returnable_until"]),
        path=f"rules.extended_windows[{index}]",
        categories=frozenset(data.get("categories", ())),
        label=data.get("label", ""),
    )


def _fee(index: int, data: Mapping[str, Any]) -> RestockingFee:
    return RestockingFee(
        fee_bp=data["fee_bp"],
        path=f"rules.restocking_fees[{index}]",
        categories=frozenset(data.get("categories", ())),
        conditions=frozenset(data.get("conditions", ())),
    )


def _settings(data: Mapping[str, Any]) -> ResolutionSettings:
    enabled = frozenset(r for r in OFFER_ORDER if data.get(r.value, {}).get("enabled", False))
    return ResolutionSettings(
        enabled=enabled,
        credit_bonus_bp=data.get("store_credit", {}).get("bonus_bp", 0),
        exchange_max_price_difference=data.get("exchange", {}).get("max_price_difference", 0),
        tender_order=tuple(data.get("refund", {}).get("tender_order", DEFAULT_TENDER_ORDER)),
        keep_item_max_value=data.get("keep_item", {}).get("max_value", 0),
        credit_expiry_days=data.get("store_credit", {}).get("expiry_days", DEFAULT_CREDIT_EXPIRY_DAYS),
        unattended_cash=data.get("refund", {}).get("unattended_cash", "store_credit"),
    )


def _approval(data: Mapping[str, Any]) -> ApprovalRules:
    frequent = data.get("frequent_returns", {})
    return ApprovalRules(
        refund_above=data.get("refund_above"),
        grace_days=data.get("grace_days", 0),
        without_receipt=data.get("without_receipt", False),
        frequent_period_days=frequent.get("period_days"),
        frequent_max_returns=frequent.get("max_returns"),
        frequent_max_refunded=frequent.get("max_refunded"),
        max_clock_offset_minutes=data.get("max_clock_offset_minutes", DEFAULT_MAX_CLOCK_OFFSET_MINUTES),
    )
