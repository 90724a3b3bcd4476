"""The service the wizard talks to: order lookup, saving a finished return, and printing.

It is the only place the UI reaches storage and printers through, so the widgets stay free
of SQL and I/O. Saving follows DESIGN §3: the case and its outbox event are committed in one
transaction before anything is printed.

Guessing is braked (kiosk.workflow.throttle): each shopper's own misses make them wait
longer, and the kiosk as a whole takes at most 30 wrong number/email pairs an hour before
look-ups stop until staff unlock them. The kiosk's count is kept on disk, so a restart does
not reset it; a shopper's count lives as long as their session, so nobody waits for the
person before them.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping, Protocol, Sequence

from kiosk.config import Settings
from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.services.shopper_history import CentralCount, history_for
from kiosk.sync.clock_check import clock_in_doubt
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.case_outcomes import disposition_changes, with_outcomes
from kiosk.workflow.case_rules import NO_HISTORY, CustomerHistory
from kiosk.workflow.cases import ReturnCase, new_case_id
from kiosk.workflow.clock import Clock, format_utc, parse_utc
from kiosk.workflow.errors import KioskError
from kiosk.workflow.ids import mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy
from kiosk.workflow.scans import Scan, receipt_matches
from kiosk.workflow.store import Store
from kiosk.workflow.throttle import LookupBrake, ShopperMisses
from kiosk.workflow.variants import Variant
from kiosk.workflow.wizard import ReturnSession

if TYPE_CHECKING:
    from kiosk.services.printing import DocumentPrinter
    from kiosk.services.staff import StaffDesk

log = logging.getLogger(__name__)

#: Audit entries of what a case turns into.
VOUCHER_ISSUED = AuditKind.VOUCHER_ISSUED
DISPOSITION_CHANGED = AuditKind.DISPOSITION_CHANGED
REFUSAL_SLIP_PRINTED = AuditKind.REFUSAL_SLIP_PRINTED


class NoPolicy(KioskError):
    """No return policy has been received yet: returns cannot be decided."""

    default_key = "no_policy"


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to the documents of a saved case; the case is saved either way."""

    pdf_path: str | None = None
    printed: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)


class PrintService(Protocol):
    def print_case(self, case: ReturnCase) -> PrintOutcome: ...


@dataclass(frozen=True)
class LookupResult:
    order: Order | None
    wait_seconds: int = 0
    #: this store's stock of the order's products, for exchanges
    variants: tuple[Variant, ...] = ()
    #: look-ups are stopped on this kiosk until staff unlock them
    locked: bool = False
    #: a scanned receipt that did not match here: its order number, to look up with the email
    number_for_email: str = ""
    #: line id -> a cached product picture on disk, where sync brought one
    images: Mapping[str, str] = field(default_factory=dict)
    #: the shopper's earlier returns, for the frequent-returns rule
    history: CustomerHistory = NO_HISTORY

    @property
    def refused(self) -> bool:
        """The look-up did not run: the shopper must wait, or staff must unlock look-ups."""
        return self.locked or self.wait_seconds > 0


RemoteLookup = Callable[[str, str], "Order | None"]

#: Where the kiosk's lookup brake (recent misses, locked since) is kept between starts.
BRAKE_KEY = "lookup_brake"
#: Product pictures sync caches in the profile, named by SKU (or product id) with one of these.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


class ReturnsDesk:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, *, printing: PrintService | None = None,
                 staff: StaffDesk | None = None, remote_lookup: RemoteLookup | None = None,
                 remote_receipt: RemoteLookup | None = None, central_history: CentralCount | None = None) -> None:
        self.uow = uow
        self.settings = settings
        self.clock = clock
        self.printing = printing
        self.brake = LookupBrake(clock)
        self._brake_loaded = False
        self._brake_lock = threading.Lock()
        self._policy: Policy | None = None
        #: staff sign-in, exposure limits and the audit trail; None keeps the plain behaviour
        self.staff = staff
        #: fetches an order missing from the cache from the central API (None: not registered)
        self.remote_lookup = remote_lookup
        #: the same for a scanned receipt, by order number and the receipt's token
        self.remote_receipt = remote_receipt
        #: central's count of a shopper's returns (None: this kiosk counts alone)
        self.central_history = central_history

    def policy(self) -> Policy:
        """The policy in force now; parsed once per version (sync may install a newer one)."""
        with self.uow.reading() as tx:
            version = tx.policies.active_version()
            if version is None:
                raise NoPolicy("no return policy is installed on this kiosk")
            if self._policy is None or self._policy.version != version:
                self._policy = tx.policies.active()
        assert self._policy is not None
        return self._policy

    def new_session(self) -> ReturnSession:
        """A shopper's session; window verdicts wait for staff while the clock is too far from central's."""
        policy = self.policy()
        unsure = clock_in_doubt(self.uow, policy.approval.max_clock_offset)
        return ReturnSession(policy, self.clock, clock_unsure=unsure)

    def lookup(self, number: str, email: str, shopper: ShopperMisses | None = None) -> LookupResult:
        """The order when number AND email match; ``shopper``'s misses (their session's) slow them down.

        Without ``shopper`` the look-up counts as a new shopper's first. An order missing from
        the cache is fetched from central when the kiosk is registered, outside any transaction.
        """
        shopper = shopper if shopper is not None else ShopperMisses()
        refused = self._refusal(shopper)
        if refused is not None:
            return refused
        with self.uow.reading() as tx:
            order = tx.orders.find(number, email)
        if order is None and self.remote_lookup is not None:
            order = self.remote_lookup(number, email)  # over the network: outside any transaction
        if order is None:
            return self._missed(shopper)
        return self._found(order)

    def lookup_receipt(self, scan: Scan, shopper: ShopperMisses | None = None) -> LookupResult:
        """A scanned receipt barcode: the order when its token matches the cached order.

        An order missing from the cache is asked of central by number and token, like a typed
        one. Otherwise the receipt's order number comes back to be looked up with the email.
        A token that does not match a cached order counts as a miss.
        """
        shopper = shopper if shopper is not None else ShopperMisses()
        refused = self._refusal(shopper)
        if refused is not None:
            return refused
        with self.uow.reading() as tx:
            order = tx.orders.get(scan.order_number)
        if order is None and self.remote_receipt is not None:
            fetched = self.remote_receipt(scan.order_number, scan.token)  # over the network: outside any transaction
            if fetched is not None and receipt_matches(scan, fetched):
                return self._found(fetched)
        if order is not None and receipt_matches(scan, order):
            return self._found(order)
        if order is not None:
            missed = self._missed(shopper)
            if missed.refused:
                return missed
        return LookupResult(None, number_for_email=scan.order_number)

    def lookups_locked(self) -> bool:
        """Whether look-ups are stopped until staff unlock them (read from disk the first time)."""
        with self._brake_lock:
            self._load_brake()
            return self.brake.locked_at is not None

    def unlock_lookups(self) -> None:
        """Staff reopened look-ups: the kiosk's hour starts again, and the audit log says who."""
        with self._brake_lock:
            self._load_brake()
            was_locked = self.brake.locked_at
            self.brake.unlock()
            self._save_brake()
        if self.staff is not None:
            details = {"setting": BRAKE_KEY, "change": "unlocked",
                       "locked_at": format_utc(was_locked) if was_locked else None}
            self.staff.record(AuditKind.SETTINGS_CHANGE, details=details)

    def _refusal(self, shopper: ShopperMisses) -> LookupResult | None:
        with self._brake_lock:
            self._load_brake()
            refusal = self.brake.refusal(shopper)
        return _refused(refusal) if refusal is not None else None

    def _missed(self, shopper: ShopperMisses) -> LookupResult:
        with self._brake_lock:
            self._load_brake()
            refusal = self.brake.record_miss(shopper)
            self._save_brake()
        if refusal is not None and refusal[0] == "lookup_locked":
            log.warning("order look-ups locked: %d wrong pairs within an hour", len(self.brake.recent or []))
        return _refused(refusal) if refusal is not None else LookupResult(None)

    def _found(self, order: Order) -> LookupResult:
        order = self._with_local_returns(order)
        return LookupResult(order, variants=self.variants_for(order), images=self.images_for(order),
                            history=self.history_for(order))

    def history_for(self, order: Order) -> CustomerHistory:
        """The shopper's earlier returns in the policy's frequent-returns period (asks central when online)."""
        try:
            policy = self.policy()
        except NoPolicy:  # nothing to count against yet; the wizard cannot start without one anyway
            return NO_HISTORY
        return history_for(self.uow, policy, order, self.clock, self.central_history)

    def _load_brake(self) -> None:
        if self._brake_loaded:
            return
        with self.uow.reading() as tx:
            stored = tx.settings.get(BRAKE_KEY)
        if stored:
            try:
                data = json.loads(stored)
                self.brake.recent = [parse_utc(moment) for moment in data.get("recent", [])]
                self.brake.locked_at = parse_utc(data["locked_at"]) if data.get("locked_at") else None
            except (ValueError, TypeError, KeyError, AttributeError):
                log.warning("the stored lookup brake cannot be read; starting a new hour")
        self._brake_loaded = True

    def _save_brake(self) -> None:
        data = {"recent": [format_utc(moment) for moment in self.brake.recent or []],
                "locked_at": format_utc(self.brake.locked_at) if self.brake.locked_at else None}
        with self.uow.writing() as tx:
            tx.settings.put(BRAKE_KEY, json.dumps(data))

    def images_for(self, order: Order) -> dict[str, str]:
        """Line id -> the product picture sync cached in the profile, for lines that have one."""
        folder = self.settings.profile / "images"
        if not folder.is_dir():
            return {}
        found: dict[str, str] = {}
        for line in order.lines:
            path = _first_file(folder, (line.sku, line.product_id))
            if path is not None:
                found[line.id] = str(path)
        return found

    def search_orders(self, query: str) -> list[Order]:
        """Staff search by the customer's email or phone, newest first (never for shoppers)."""
        query = query.strip()
        if not query:
            return []
        with self.uow.reading() as tx:
            if "@" in query:
                return tx.orders.search(email=query)
            return tx.orders.search(phone=query)

    def find_case(self, code: str) -> ReturnCase | None:
        with self.uow.reading() as tx:
            return tx.cases.by_code(code)

    def _with_local_returns(self, order: Order) -> Order:
        """Count returns this kiosk took since the cached copy of the order was made."""
        with self.uow.reading() as tx:
            taken = tx.cases.returned_quantities(order.number, since=order.updated_at)
        if not taken:
            return order
        lines = tuple(replace(l, quantity_returned=l.quantity_returned + taken.get(l.id, 0)) for l in order.lines)
        return replace(order, lines=lines)

    def save(self, case: ReturnCase) -> ReturnCase:
        """Commit the case and its outbox event together; raises if the disk refuses.

        Returns the case as saved. With staff services it can differ from the one passed in:
        offline past an exposure limit it is saved as pending central approval, and the
        refund's audit entry is written in the same (write-locked) transaction.
        """
        with self.uow.writing() as tx:
            if self.staff is not None:
                case = self.staff.hold_for_exposure(tx, case)
            tx.cases.save(case, now=self.clock())
            if self.staff is not None:
                self.staff.record_case(tx, case)
            record_outcomes(tx, case, self.clock)
        return case

    def build_case(self, wizard: ReturnSession, *, staff_id: str | None = None,
                   sub_reasons: Mapping[str, str] | None = None,
                   dispositions: Mapping[str, str] | None = None) -> ReturnCase:
        """The case for the wizard's current choices, with a fresh id and return code.

        ``sub_reasons`` (line id -> the policy's sub-reason code the shopper picked) travel in
        the case's extras until return lines carry a field of their own. ``dispositions`` (line
        id -> where staff send it instead of the policy's choice) are kept on the lines, and the
        changes in the extras for the audit log. With no one signed in the kiosk is unattended
        and pays no cash (kiosk.workflow.case_outcomes).
        """
        if staff_id is None and self.staff is not None:
            staff_id = self.staff.operator_id
        case = wizard.build_case(case_id=new_case_id(), code=mint_return_code(), device_id=self.settings.device_id,
                                 staff_id=staff_id)
        case = with_outcomes(case, wizard, unattended=staff_id is None, dispositions=dispositions)
        changes = disposition_changes(wizard, dispositions or {})
        if changes:
            moved = [{"line_id": c.line_id, "before": c.before, "after": c.after} for c in changes]
            case = replace(case, extras={**case.extras, "disposition_changes": moved})
        chosen = dict(sub_reasons or {})
        picked = {line.line_id: chosen[line.line_id] for line in case.lines if line.line_id in chosen}
        if not picked:
            return case
        return replace(case, extras={**case.extras, "sub_reasons": picked})

    def print_case(self, case: ReturnCase) -> PrintOutcome:
        """Print a saved case's documents; problems come back in the outcome, never raised."""
        return self.printing.print_case(case) if self.printing else PrintOutcome()

    def complete(self, case: ReturnCase) -> tuple[ReturnCase, PrintOutcome]:
        """Save the case, then print it as saved (see ``save``). A printing problem never undoes the save."""
        case = self.save(case)
        return case, self.print_case(case)

    def variants_for(self, order: Order) -> tuple[Variant, ...]:
        """This store's stock of every product on the order (the exchange candidates)."""
        with self.uow.reading() as tx:
            return tuple(tx.orders.variants_of(*sorted({l.product_id for l in order.lines})))



def record_outcomes(tx: Transaction, case: ReturnCase, clock: Clock) -> None:
    """Audit entries, in the transaction that saves the case, for each voucher it issues and each
    line staff sent elsewhere than the policy."""
    actor = case.staff_id or "kiosk"
    for voucher in case.vouchers:
        tx.audit.append(at=clock(), kind=VOUCHER_ISSUED, actor=actor, subject=case.id, details={
            "code": voucher.code, "amount": voucher.amount, "currency": voucher.currency, "kind": voucher.kind,
            "expires_on": voucher.expires_on.isoformat() if voucher.expires_on else None, "return_code": case.code})
    for change in case.extras.get("disposition_changes", []):
        tx.audit.append(at=clock(), kind=DISPOSITION_CHANGED, actor=actor, subject=case.id,
                        details={**change, "return_code": case.code})


class RefusalSlips:
    """Why items could not be taken back, printed for the shopper to keep, where a printer is
    set up for refusal slips. Nothing is saved: no return was made."""

    def __init__(self, printer: DocumentPrinter, store: Store, clock: Clock) -> None:
        self.printer = printer
        self.store = store
        self.clock = clock

    def available(self) -> bool:
        """Whether a printer takes refusal slips (builds the print queue: not on the GUI thread)."""
        from kiosk.printing.document import DocumentKind

        return self.printer.queue.printer_for(DocumentKind.REFUSAL) is not None

    def print_refusal(self, order_number: str, refusals: Sequence[tuple[str, str]]) -> PrintOutcome:
        """``refusals`` are (item, reason) in the shopper's language, as the screen showed them."""
        from kiosk.printing.documents import refusal_slip

        document = refusal_slip(self.store, refusals, order_number=order_number, when=self.clock(),
                                wording=self.printer.wording())
        result = self.printer.queue.print_document(document)
        with self.printer.uow.writing() as tx:
            tx.audit.append(at=self.clock(), kind=REFUSAL_SLIP_PRINTED, actor="kiosk", subject=order_number,
                            details={"order_number": order_number, "items": len(refusals), "printed": result.printed})
        return PrintOutcome(printed=result.printed, problems=() if result.printed else (result.error,))


def _refused(refusal: tuple[str, int]) -> LookupResult:
    key, seconds = refusal
    return LookupResult(None, wait_seconds=seconds, locked=key == "lookup_locked")


def _first_file(folder: Path, names: Sequence[str]) -> Path | None:
    for name in names:
        for suffix in IMAGE_SUFFIXES:
            candidate = folder / f"{name}{suffix}"
            if candidate.is_file():
                return candidate
    return None
