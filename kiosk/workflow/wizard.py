"""The return wizard as a state machine, so the whole flow is testable without Qt.

A ``ReturnSession`` holds one shopper's return from the first tap to the printed slip. The
UI shows ``session.step`` and calls ``next``, ``back`` and ``cancel``; whether a step may be
left, and where to go, is decided here. Blocked moves raise ``StepBlocked`` with a message
key the UI translates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Mapping, Sequence

from kiosk.workflow.authorisations import Authorisation, DropoffRefused
from kiosk.workflow.case_rules import NO_HISTORY, CustomerHistory
from kiosk.workflow.cases import Approval, CaseLine, CaseStatus, Resolution, ReturnCase
from kiosk.workflow.clock import Clock
from kiosk.workflow.dropoff import ExpectedLine, Verification
from kiosk.workflow.eligibility import Evaluation, LineDecision, Selection, Verdict, evaluate, line_availability
from kiosk.workflow.errors import KioskError
from kiosk.workflow.ids import CaseId, ReturnCode
from kiosk.workflow.orders import Order, OrderLine
from kiosk.workflow.policy import Policy
from kiosk.workflow.quotes import Quote, quote
from kiosk.workflow.staff import approved_decision, can_override
from kiosk.workflow.variants import Variant, exchange_candidates


class Step(IntEnum):
    WELCOME = 0
    FIND_ORDER = 1
    ITEMS = 2
    REASONS = 3
    ELIGIBILITY = 4
    RESOLUTION = 5
    REVIEW = 6
    DONE = 7
    #: an online return dropped off: each authorised item is checked (after the welcome step)
    VERIFY = 8


SHOPPER_STEPS = (Step.FIND_ORDER, Step.ITEMS, Step.REASONS, Step.ELIGIBILITY, Step.RESOLUTION, Step.REVIEW)


class StepBlocked(KioskError):
    """The current step cannot be left yet; key and params say why, for translation."""

    def __init__(self, key: str, **params: str | int) -> None:
        super().__init__(key, key=key, params=params)


@dataclass
class ItemChoice:
    quantity: int = 0
    reason_code: str | None = None
    condition: str | None = None
    note: str = ""


@dataclass
class ReturnSession:
    policy: Policy
    clock: Clock
    step: Step = Step.WELCOME
    order: Order | None = None
    availability: dict[str, LineDecision] = field(default_factory=dict)
    choices: dict[str, ItemChoice] = field(default_factory=dict)
    evaluation: Evaluation | None = None
    quote: Quote | None = None
    resolution: Resolution | None = None
    exchange_skus: dict[str, str] = field(default_factory=dict)
    approvals: list[Approval] = field(default_factory=list)
    case: ReturnCase | None = None
    without_receipt: bool = False
    #: this store's stock of the order's products, for exchanges (None: not known)
    variants: tuple[Variant, ...] | None = None
    #: the kiosk's clock is too far from central's: window verdicts are held for staff
    clock_unsure: bool = False
    #: an online return being dropped off, and the check of its items (issue 18)
    authorisation: Authorisation | None = None
    verification: Verification | None = None
    #: the shopper's earlier returns in the frequent-returns period (kiosk.services.shopper_history)
    history: CustomerHistory = NO_HISTORY

    # --- moving between steps -------------------------------------------------------------

    def start(self) -> None:
        self._require(Step.WELCOME)
        self.step = Step.FIND_ORDER

    def order_found(self, order: Order, *, without_receipt: bool = False,
                    variants: Sequence[Variant] | None = None, history: CustomerHistory = NO_HISTORY) -> None:
        """The lookup matched: show the order's items, each marked returnable or not.

        ``without_receipt`` is for staff who found the order by searching a customer's email
        or phone: the policy's no-receipt rule then applies to every line.
        """
        self._require(Step.FIND_ORDER, Step.WELCOME)
        self.order = order
        self.without_receipt = without_receipt
        self.history = history
        self.variants = tuple(variants) if variants is not None else None
        self.availability = line_availability(order, self.policy, self.clock(), clock_unsure=self.clock_unsure)
        self.choices = {line.id: ItemChoice() for line in order.lines}
        self.step = Step.ITEMS

    def authorisation_found(self, authorisation: Authorisation, order: Order, *,
                            variants: Sequence[Variant] | None = None,
                            history: CustomerHistory = NO_HISTORY) -> None:
        """An online return to drop off: its items come chosen, with their reasons, to be checked.

        Whether they may still be returned is decided again, by the same rules, once checked.
        """
        self._require(Step.WELCOME, Step.FIND_ORDER)
        known: dict[str, OrderLine] = {line.id: line for line in order.lines}
        if order.number != authorisation.order_number or any(l.line_id not in known for l in authorisation.lines):
            raise DropoffRefused("the authorisation does not match its order", key="authorisation_order_mismatch")
        self.order_found(order, variants=variants, history=history)
        self.authorisation = authorisation
        for line in authorisation.lines:
            self.choices[line.line_id] = ItemChoice(line.quantity, line.reason_code or None, line.condition)
        self.verification = Verification.of(
            ExpectedLine(l.line_id, l.title, l.quantity, known[l.line_id].gtin or l.gtin) for l in authorisation.lines)
        self.step = Step.VERIFY

    def verify_scan(self, barcode: str) -> str:
        """A scanned item at drop-off: the line it was counted on (ItemRefused when none)."""
        self._require(Step.VERIFY)
        assert self.verification is not None
        return self.verification.scan(barcode)

    def confirm_by_sight(self, line_id: str, staff_id: str) -> None:
        """Staff confirmed one unit of the line by looking at it."""
        self._require(Step.VERIFY)
        assert self.verification is not None
        self.verification.confirm_by_sight(line_id, staff_id)

    def next(self) -> Step:
        advance = {
            Step.VERIFY: self._leave_verify,
            Step.WELCOME: self._leave_welcome,
            Step.ITEMS: self._leave_items,
            Step.REASONS: self._leave_reasons,
            Step.ELIGIBILITY: self._leave_eligibility,
            Step.RESOLUTION: self._leave_resolution,
        }.get(self.step)
        if advance is None:
            raise StepBlocked("step_needs_action")
        self.step = advance()
        return self.step

    def back(self) -> Step:
        if self.step in (Step.WELCOME, Step.DONE):
            return self.step
        if self.authorisation is not None:
            return self._back_in_dropoff()
        self.step = Step(self.step - 1)
        if self.step < Step.ITEMS:
            self._forget_order()
        if self.step < Step.RESOLUTION:
            self.resolution = None
        return self.step

    def cancel(self) -> None:
        """Forget everything about this shopper and return to the welcome screen."""
        self._forget_order()
        self.step = Step.WELCOME

    def show_saved(self, case: ReturnCase) -> None:
        """A scanned return code: show that return's done page (slip, reprint)."""
        self._require(Step.WELCOME, Step.FIND_ORDER)
        self._forget_order()
        self.case = case
        self.step = Step.DONE

    def finished(self, case: ReturnCase) -> None:
        """The case is saved; the wizard shows the done page."""
        self._require(Step.REVIEW)
        self.case = case
        self.step = Step.DONE

    # --- the shopper's choices ------------------------------------------------------------

    def set_quantity(self, line_id: str, quantity: int) -> None:
        available = self.availability[line_id]
        limit = available.quantity if available.verdict != Verdict.INELIGIBLE else 0
        if not 0 <= quantity <= limit:
            raise StepBlocked("quantity_out_of_range", line=line_id, maximum=limit)
        self.choices[line_id].quantity = quantity
        self._invalidate()

    def set_reason(self, line_id: str, reason_code: str, condition: str | None = None, note: str = "") -> None:
        self.policy.reason(reason_code)  # unknown codes raise KeyError here, not later
        choice = self.choices[line_id]
        choice.reason_code, choice.condition, choice.note = reason_code, condition, note.strip()
        self._invalidate()

    def choose_resolution(self, resolution: Resolution) -> None:
        assert self.quote is not None
        option = self.quote.option(resolution)
        if not option.available:
            raise StepBlocked(option.message_key or "resolution_unavailable")
        self.resolution = resolution

    def exchange_choices(self, line_id: str) -> tuple[Variant, ...]:
        """Variants the shopper may swap this line for: same product, in stock, price rule met."""
        assert self.order is not None
        if self.variants is None:
            return ()
        quantity = self.choices[line_id].quantity
        return exchange_candidates(self.order.line(line_id), self.variants, self.policy, quantity)

    def choose_exchange(self, line_id: str, sku: str) -> None:
        if self.variants is not None and sku not in {v.sku for v in self.exchange_choices(line_id)}:
            raise StepBlocked("exchange_variant_unavailable", line=line_id)
        self.exchange_skus[line_id] = sku

    def approve(self, approval: Approval) -> None:
        """A manager let a held line through; re-evaluate with it.

        A line the policy refuses outright (window closed, final sale) can be waived too, but
        only when every refusal is one a manager may lift (kiosk.workflow.staff); it then
        becomes pickable on the items step.
        """
        available = self.availability.get(approval.line_id) if approval.line_id else None
        if available is not None and available.verdict == Verdict.INELIGIBLE:
            if approval.overridden_verdict != Verdict.INELIGIBLE.value or not can_override(available):
                raise StepBlocked("override_not_allowed", line=available.line_id)
            self.availability[available.line_id] = approved_decision(available)
        self.approvals = [a for a in self.approvals if a.line_id != approval.line_id] + [approval]
        if self.step >= Step.ELIGIBILITY:
            self._evaluate()

    # --- what the pages show --------------------------------------------------------------

    def selections(self) -> list[Selection]:
        return [
            Selection(line_id, c.quantity, c.reason_code or "", c.condition, c.note)
            for line_id, c in self.choices.items()
            if c.quantity > 0
        ]

    def accepted_lines(self) -> list[LineDecision]:
        if self.evaluation is None:
            return []
        return [d for d in self.evaluation.decisions if d.verdict == Verdict.ELIGIBLE]

    def held_lines(self) -> list[LineDecision]:
        if self.evaluation is None:
            return []
        return [d for d in self.evaluation.decisions if d.verdict != Verdict.ELIGIBLE]

    def build_case(self, *, case_id: CaseId, code: ReturnCode, device_id: str, staff_id: str | None = None,
                   status: CaseStatus = CaseStatus.COMPLETED) -> ReturnCase:
        """The case to save, from the accepted lines and the chosen resolution."""
        self._require(Step.REVIEW)
        assert self.order is not None and self.evaluation is not None and self.quote is not None
        assert self.resolution is not None
        option = self.quote.option(self.resolution)
        accepted = {d.line_id: d for d in self.accepted_lines()}
        lines = tuple(self._case_line(d, option.per_line) for d in accepted.values())
        return ReturnCase(
            id=case_id,
            code=code,
            order_number=self.order.number,
            store_id=self.order.store_id,
            device_id=device_id,
            created_at=self.clock(),
            currency=self.order.currency,
            resolution=self.resolution,
            lines=lines,
            policy_version=self.policy.version,
            refund_total=option.total if self.resolution in (Resolution.REFUND, Resolution.KEEP_ITEM) else 0,
            credit_total=option.total if self.resolution == Resolution.STORE_CREDIT else 0,
            tender_refunds=option.tender_refunds if self.resolution == Resolution.REFUND else (),
            approvals=tuple(a for a in self.approvals if a.line_id in accepted),
            status=status,
            customer_email=self.order.customer.email,
            customer_name=self.order.customer.name,
            staff_id=staff_id,
            authorisation_code=self.authorisation.code if self.authorisation is not None else None,
        )

    def _case_line(self, decision: LineDecision, per_line: Mapping[str, int]) -> CaseLine:
        assert self.order is not None
        line = self.order.line(decision.line_id)
        choice = self.choices[decision.line_id]
        verification = self.verification
        return CaseLine(
            gtin=line.gtin or (verification.lines[line.id].gtin if verification and line.id in verification.lines
                               else None),
            verified_by=verification.verified_by(line.id) if verification is not None else None,
            line_id=line.id, sku=line.sku, title=line.title, quantity=decision.quantity,
            reason_code=choice.reason_code or "", condition=choice.condition, note=choice.note,
            verdict=decision.verdict.value, rule=decision.rule, message_key=decision.message_key,
            refund_amount=per_line.get(line.id, 0),
            exchange_sku=self.exchange_skus.get(line.id) if self.resolution == Resolution.EXCHANGE else None,
        )

    # --- the rules for leaving each step --------------------------------------------------

    def _leave_welcome(self) -> Step:
        return Step.FIND_ORDER

    def _leave_verify(self) -> Step:
        """Every item checked: decide again, and skip what the shopper already chose online."""
        assert self.verification is not None and self.authorisation is not None
        if not self.verification.complete:
            raise StepBlocked("verify_every_item")
        try:
            for selection in self.selections():
                self._check_reason(selection)
        except (StepBlocked, KeyError):
            return Step.REASONS  # a reason this policy no longer knows: the shopper picks again
        self._evaluate()
        if self.held_lines() or not self.accepted_lines():
            return Step.ELIGIBILITY
        return Step.REVIEW if self._authorised_resolution() else Step.RESOLUTION

    def _authorised_resolution(self) -> bool:
        """Take the resolution chosen online when it is still offered (an exchange still needs its variant)."""
        assert self.authorisation is not None and self.quote is not None
        try:
            resolution = Resolution(self.authorisation.resolution)
            if not self.quote.option(resolution).available:
                return False
        except (ValueError, KeyError):  # not a resolution, or not one this policy offers
            return False
        self.resolution = resolution
        return resolution != Resolution.EXCHANGE

    def _back_in_dropoff(self) -> Step:
        """Back from a drop-off's later steps goes to the item check; back from there ends it."""
        if self.step == Step.VERIFY:
            self.cancel()
        else:
            self.step = Step.VERIFY
            self.resolution = None
        return self.step

    def _leave_items(self) -> Step:
        if not self.selections():
            raise StepBlocked("pick_at_least_one_item")
        return Step.REASONS

    def _leave_reasons(self) -> Step:
        for selection in self.selections():
            self._check_reason(selection)
        self._evaluate()
        return Step.ELIGIBILITY

    def _check_reason(self, selection: Selection) -> None:
        if not selection.reason_code:
            raise StepBlocked("reason_missing", line=selection.line_id)
        reason = self.policy.reason(selection.reason_code)
        if reason.requires_note and not selection.note:
            raise StepBlocked("note_missing", line=selection.line_id)
        if reason.conditions and selection.condition not in reason.conditions:
            raise StepBlocked("condition_missing", line=selection.line_id)

    def _leave_eligibility(self) -> Step:
        if not self.accepted_lines():
            raise StepBlocked("nothing_to_return")
        if self.authorisation is not None:
            self._authorised_resolution()  # chosen already, shown chosen on the resolution step
        return Step.RESOLUTION

    def _leave_resolution(self) -> Step:
        if self.resolution is None:
            raise StepBlocked("choose_resolution")
        if self.resolution == Resolution.EXCHANGE:
            for decision in self.accepted_lines():
                if decision.line_id not in self.exchange_skus:
                    raise StepBlocked("choose_exchange_variant", line=decision.line_id)
        return Step.REVIEW

    # --- internals ------------------------------------------------------------------------

    def _evaluate(self) -> None:
        assert self.order is not None
        approved = [a.line_id for a in self.approvals if a.line_id]
        evaluation = evaluate(self.order, self.selections(), self.policy, self.clock(), approved_line_ids=approved,
                              without_receipt=self.without_receipt, clock_unsure=self.clock_unsure,
                              history=self.history)
        self.evaluation = self._with_waivers(evaluation)
        self.quote = quote(self.order, self.evaluation, self.selections(), self.policy, variants=self.variants)

    def _with_waivers(self, evaluation: Evaluation) -> Evaluation:
        """Refused lines a manager waived (the evaluation itself only lifts needs_approval)."""
        waived = {a.line_id for a in self.approvals if a.overridden_verdict == Verdict.INELIGIBLE.value}
        if not waived:
            return evaluation
        decisions = tuple(
            approved_decision(d) if d.line_id in waived and d.verdict == Verdict.INELIGIBLE and can_override(d) else d
            for d in evaluation.decisions
        )
        return replace(evaluation, decisions=decisions)

    def _invalidate(self) -> None:
        self.evaluation = None
        self.quote = None
        self.resolution = None
        self.exchange_skus.clear()

    def _forget_order(self) -> None:
        self.authorisation = None
        self.verification = None
        self.order = None
        self.variants = None
        self.without_receipt = False
        self.availability = {}
        self.choices = {}
        self.approvals = []
        self.case = None
        self._invalidate()

    def _require(self, *steps: Step) -> None:
        if self.step not in steps:
            raise StepBlocked("wrong_step", step=self.step.name)

