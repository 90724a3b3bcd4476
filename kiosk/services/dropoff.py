"""Dropping off a return started online (issue 18): find the authorisation, check the items, label the bag.

The authorisation is read from the kiosk's copy first (the sync pulls the store's open ones,
so this works offline) and asked of central only when the copy lacks it, never inside a
transaction. Its order comes from the order cache (or, from a newer central, with the
authorisation itself). Staff who confirm an item by sight identify themselves with their PIN
and the confirmation is written to the audit log. The case is saved like any other return
(kiosk.services.returns); then the kiosk's copy is marked dropped off, so the same code cannot
be dropped off here twice while offline, and the bag label is printed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Mapping, Protocol, cast

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.returns import PrintOutcome, ReturnsDesk
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.authorisations import Authorisation, DropoffRefused, check_dropoff
from kiosk.workflow.case_rules import NO_HISTORY, CustomerHistory
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.clock import Clock
from kiosk.workflow.orders import Order
from kiosk.workflow.variants import Variant

if TYPE_CHECKING:
    from kiosk.services.staff import StaffDesk

log = logging.getLogger(__name__)

#: the audit entry of an item staff confirmed by sight at drop-off
SIGHT_CHECK = AuditKind.DROPOFF_SIGHT_CHECK


class AuthorisationSource(Protocol):
    def fetch(self, code: str) -> Authorisation | None: ...


class BagLabels(Protocol):
    def print_bag_label(self, case: ReturnCase) -> PrintOutcome: ...


@dataclass(frozen=True)
class DropoffFound:
    """An authorisation that can be dropped off now, with its order as this kiosk knows it."""

    authorisation: Authorisation
    order: Order
    variants: tuple[Variant, ...] = ()
    #: line id -> a cached product picture on disk
    images: Mapping[str, str] = field(default_factory=dict)
    #: the shopper's earlier returns, for the frequent-returns rule
    history: CustomerHistory = NO_HISTORY


class DropoffDesk:
    def __init__(self, uow: UnitOfWork, clock: Clock, returns: ReturnsDesk, *,
                 remote: AuthorisationSource | None = None, staff: StaffDesk | None = None,
                 labels: BagLabels | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.returns = returns
        self.remote = remote
        self.staff = staff
        self.labels = labels

    @classmethod
    def for_desk(cls, returns: ReturnsDesk) -> DropoffDesk:
        """Over the returns desk's storage, staff and printer, asking central when the kiosk is registered."""
        from kiosk.sync.remote_lookup import RemoteAuthorisations

        remote = RemoteAuthorisations(returns.uow, returns.settings, returns.clock)
        printer = returns.printing
        labels = printer if printer is not None and hasattr(printer, "print_bag_label") else None
        return cls(returns.uow, returns.clock, returns, remote=remote, staff=returns.staff,
                   labels=cast("BagLabels | None", labels))

    def find(self, code: str) -> DropoffFound:
        """The authorisation and its order; DropoffRefused says why not (unknown, expired, taken...)."""
        with self.uow.reading() as tx:
            authorisation = tx.authorisations.get(code)
        if authorisation is None and self.remote is not None:
            authorisation = self.remote.fetch(code)  # over the network: outside any transaction
        authorisation = check_dropoff(authorisation, self.clock())
        order = self._order_of(authorisation)
        return DropoffFound(authorisation, order, self.returns.variants_for(order), self.returns.images_for(order),
                            self.returns.history_for(order))

    def _order_of(self, authorisation: Authorisation) -> Order:
        with self.uow.reading() as tx:
            order = tx.orders.get(authorisation.order_number)
            taken = tx.cases.returned_quantities(authorisation.order_number,
                                                 since=order.updated_at if order else None)
        if order is None:
            order = _order_sent_with(authorisation)
        if order is None:
            raise DropoffRefused(f"order {authorisation.order_number} is not on this kiosk",
                                 key="authorisation_order_missing")
        if taken:  # returns this kiosk took since its copy of the order was made
            order = replace(order, lines=tuple(replace(l, quantity_returned=l.quantity_returned + taken.get(l.id, 0))
                                               for l in order.lines))
        return order

    def staff_for_sight_check(self, pin: str, *, code: str, line_id: str, title: str) -> str:
        """Who confirms an item by sight: the PIN's manager, or the member of staff signed in at the
        counter when no PIN is given. Raises PinRefused; the confirmation is audited."""
        if self.staff is None:
            raise DropoffRefused("no staff on this kiosk", key="staff_unavailable")
        if not pin and self.staff.operator_id:
            staff_id = self.staff.operator_id
        else:
            staff_id = self.staff._identify_manager(pin, code).id  # PIN-only entry, with its lockout
        self.staff.record(SIGHT_CHECK, actor=staff_id, subject=code,
                          details={"authorisation_code": code, "line_id": line_id, "title": title})
        return staff_id

    def dropped_off(self, case: ReturnCase) -> PrintOutcome:
        """A saved case of a drop-off: its authorisation is marked dropped off on this kiosk (not
        twice here while offline; central decides between kiosks), then the bag label is printed."""
        if not case.authorisation_code:
            return PrintOutcome()
        with self.uow.writing() as tx:
            tx.authorisations.mark_dropped_off(case.authorisation_code, now=self.clock())
        if self.labels is None:
            return PrintOutcome()
        try:
            return self.labels.print_bag_label(case)
        except Exception as error:  # a label that will not print never undoes the drop-off
            log.error("the bag label of %s did not print: %s", case.code, error)
            return PrintOutcome(problems=(str(error),))


def _order_sent_with(authorisation: Authorisation) -> Order | None:
    document = authorisation.unknown_fields.get("order")
    if not isinstance(document, Mapping):
        return None
    try:
        order = Order.from_dict(document)
    except (KeyError, TypeError, ValueError, AttributeError):
        log.warning("the order sent with authorisation %s cannot be read", authorisation.code)
        return None
    return order if order.number == authorisation.order_number else None
