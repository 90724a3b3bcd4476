"""The service the wizard talks to: order lookup, saving a finished return, and printing.

It is the only place the UI reaches storage and printers through, so the widgets stay free
of SQL and I/O. Saving follows DESIGN §3: the case and its outbox event are committed in one
transaction before anything is printed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Protocol

from kiosk.config import Settings
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.workflow.cases import ReturnCase, new_case_id
from kiosk.workflow.clock import Clock
from kiosk.workflow.errors import KioskError
from kiosk.workflow.ids import mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy
from kiosk.workflow.scans import Scan, receipt_matches
from kiosk.workflow.throttle import MissThrottle
from kiosk.workflow.variants import Variant
from kiosk.workflow.wizard import ReturnSession

if TYPE_CHECKING:
    from kiosk.services.staff import StaffDesk

log = logging.getLogger(__name__)


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


RemoteLookup = Callable[[str, str], "Order | None"]


class ReturnsDesk:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, *, printing: PrintService | None = None,
                 staff: StaffDesk | None = None, remote_lookup: RemoteLookup | None = None) -> None:
        self.uow = uow
        self.settings = settings
        self.clock = clock
        self.printing = printing
        self.throttle = MissThrottle(clock)
        self._policy: Policy | None = None
        #: staff sign-in, exposure limits and the audit trail; None keeps the plain behaviour
        self.staff = staff
        #: fetches an order missing from the cache from the central API (None: not registered)
        self.remote_lookup = remote_lookup

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
        return ReturnSession(self.policy(), self.clock)

    def lookup(self, number: str, email: str) -> LookupResult:
        """The order when number AND email match; misses slow the next attempt down."""
        wait = self.throttle.wait_seconds()
        if wait:
            return LookupResult(None, wait)
        with self.uow.reading() as tx:
            order = tx.orders.find(number, email)
        if order is None and self.remote_lookup is not None:
            order = self.remote_lookup(number, email)  # over the network: outside any transaction
        if order is not None:
            order = self._with_local_returns(order)
        if order is None:
            return LookupResult(None, self.throttle.record_miss())
        self.throttle.record_hit()
        return LookupResult(order, variants=self.variants_for(order))

    def lookup_receipt(self, scan: Scan) -> LookupResult:
        """A scanned receipt barcode: the order when its token matches (same throttle as typing)."""
        wait = self.throttle.wait_seconds()
        if wait:
            return LookupResult(None, wait)
        with self.uow.reading() as tx:
            order = tx.orders.get(scan.order_number)
        order = self._with_local_returns(order) if order is not None and receipt_matches(scan, order) else None
        if order is None:
            return LookupResult(None, self.throttle.record_miss())
        self.throttle.record_hit()
        return LookupResult(order, variants=self.variants_for(order))

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
        return case

    def build_case(self, wizard: ReturnSession, *, staff_id: str | None = None) -> ReturnCase:
        """The case for the wizard's current choices, with a fresh id and return code."""
        if staff_id is None and self.staff is not None:
            staff_id = self.staff.operator_id
        return wizard.build_case(case_id=new_case_id(), code=mint_return_code(), device_id=self.settings.device_id,
                                 staff_id=staff_id)

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

