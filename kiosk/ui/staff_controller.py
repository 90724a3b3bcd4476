"""Staff mode: PIN sign-in and sign-out, the customer search, manager approvals, reprints,
unlocking order look-ups, the sync screen, the returns/print queue/end-of-day screen and the
cash drawer for cash refunds — everything a shopper must never see or reach.

It lives apart from the return flow so the shopper's path stays short and so every
staff-only action checks, in one place, that someone is signed in. Staff data (names, the
approvers, the reasons, search results, audit entries) is read and written off the GUI
thread; the pages that change in staff mode are switched through ``StaffAware``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Protocol, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from kiosk.services.operations import DrawerOutcome, StaffOperations, cash_to_pay
from kiosk.services.returns import PrintOutcome, ReturnsDesk
from kiosk.services.staff import StaffDesk
from kiosk.ui.background import run_in_background
from kiosk.ui.chrome import StaffBand
from kiosk.ui.errors import error_text
from kiosk.ui.messages import message
from kiosk.ui.pages.base import StaffAware, button
from kiosk.ui.pages.wizard_pages import WizardPages
from kiosk.ui.store_time import store_date
from kiosk.ui.wizard_controller import WizardController
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.orders import Order
from kiosk.workflow.staff import ApprovalRefused, OverrideReason, OverrideRequest, StaffMember
from kiosk.workflow.wizard import Step


class Reprinter(Protocol):
    def reprint(self, case_id: str, kind: str = "slip") -> PrintOutcome: ...


class StaffModeController(QObject):
    # someone signed in (True) or out (False)
    changed = Signal(bool)

    def __init__(self, staff: StaffDesk | None, desk: ReturnsDesk, printer: Reprinter | None,
                 wizard: WizardController, pages: WizardPages, band: StaffBand, *, window: QWidget,
                 open_dialog: Callable[[QDialog], None],
                 make_sync_screen: Callable[[], QWidget] | None = None,
                 operations: StaffOperations | None = None) -> None:
        super().__init__(window)
        self.staff = staff
        self.desk = desk
        self.printer = printer
        self.wizard = wizard
        self.pages = pages
        self.band = band
        self.window = window
        self.open_dialog = open_dialog
        self.make_sync_screen = make_sync_screen
        #: the returns list, print queue, end-of-day report and cash drawer (None: not offered)
        self.operations = operations
        self.counter_screen: QWidget | None = None  # made when first opened, then kept
        self.zone = ZoneInfo(desk.settings.store.timezone)
        self.sync_screen: QWidget | None = None  # made when first opened, then kept
        self.staff_id: str | None = None
        self._found: dict[str, Order] = {}  # search results by order number
        self._connect()

    def _connect(self) -> None:
        find, done, band = self.pages.find_order, self.pages.done, self.band
        band.sync_requested.connect(self.open_sync_screen)
        band.unlock_requested.connect(self.unlock_lookups)
        band.reprint_requested.connect(self.ask_reprint_code)
        band.sign_out_requested.connect(self.sign_out)
        band.counter_requested.connect(self.open_counter_screen)
        self.wizard.case_saved.connect(self.pay_out_cash)
        find.search_requested.connect(self.search)
        find.order_picked.connect(self.pick)
        done.reprint_requested.connect(self.reprint_last)
        for page in self.pages.approvable():
            page.approval_requested.connect(self.request_approval)
        self.wizard.reset.connect(self._forget_results)

    @property
    def signed_in(self) -> bool:
        return self.staff_id is not None

    # --- signing in and out ---------------------------------------------------------------

    def toggle(self) -> None:
        """The logo held down (or Ctrl+Shift+S): sign in with a PIN, or sign out."""
        if self.signed_in:
            self.sign_out()
        else:
            self.sign_in()

    def sign_in(self) -> None:
        staff = self.staff
        if staff is None or self.signed_in:
            return
        run_in_background(staff.members, self._ask_pin, self._failed, owner=self)

    def _ask_pin(self, members: list[StaffMember]) -> None:
        from kiosk.ui.staff_sign_in import StaffSignInDialog

        if self.staff is None or self.signed_in:
            return
        dialog = StaffSignInDialog(self.staff, members, self.window)
        dialog.signed_in.connect(lambda member: self._set_mode(member.id, member.name))
        self.open_dialog(dialog)

    def sign_out(self) -> None:
        staff = self.staff
        member = staff.sign_out() if staff is not None else None
        if staff is not None and member is not None:
            run_in_background(lambda: staff.record("logout", actor=member.id), _ignore, self._failed, owner=self)
        self._set_mode(None)

    def _set_mode(self, staff_id: str | None, name: str = "") -> None:
        """Show or hide every staff-only control; shoppers never see them."""
        self.staff_id = staff_id
        on = staff_id is not None
        self.band.show_staff(name if on else None)
        for page in self.pages.values():
            if isinstance(page, StaffAware):
                page.set_staff_mode(on)
        if not on:
            self._forget_results()
        self.changed.emit(on)
        self.wizard.show_step()

    # --- finding an order without a receipt -----------------------------------------------

    def search(self) -> None:
        """Staff search by the customer's email or phone (never for shoppers)."""
        if not self.signed_in:
            return
        query = self.pages.find_order.search_field.text()
        run_in_background(lambda: self.desk.search_orders(query), self._show_results, self._failed, owner=self)

    def _show_results(self, orders: list[Order]) -> None:
        if not self.signed_in:
            return
        find = self.pages.find_order
        self._found = {o.number: o for o in orders}
        find.results.set_options([
            (o.number, f"{o.number} · {o.customer.name} · {self.store_date(o.placed_at)}") for o in orders])
        if orders:
            find.clear_error()
        else:
            find.show_error(message("search_found_nothing"))

    def store_date(self, moment: datetime) -> str:
        """A day as the store's staff read it: in the store's zone and the language on screen."""
        return store_date(moment, self.zone)

    def _forget_results(self) -> None:
        self._found = {}

    def pick(self, number: str) -> None:
        order = self._found.get(number)
        if order is not None and self.signed_in:
            self.wizard.take_order_without_receipt(order)

    # --- manager approval -----------------------------------------------------------------

    def request_approval(self, line_id: str) -> None:
        """A manager approves a held or refused line on the device (staff mode only)."""
        staff = self.staff
        if staff is None or not self.signed_in or not self.wizard.ready:
            return
        try:
            request = staff.override_request(self.wizard.session, line_id)
        except ApprovalRefused:
            self.wizard.show_error(message("override_not_allowed"))
            return
        run_in_background(lambda: (staff.approvers(), staff.override_reasons()),
                          lambda choices: self._ask_manager(request, *choices), self._failed, owner=self)

    def _ask_manager(self, request: OverrideRequest, approvers: Sequence[StaffMember],
                     reasons: Sequence[OverrideReason]) -> None:
        from kiosk.ui.approval_dialog import ApprovalDialog

        if self.staff is None or not self.signed_in or self.wizard.step not in (Step.ITEMS, Step.ELIGIBILITY):
            return  # signed out or moved on while the names were read
        dialog = ApprovalDialog(self.staff, request, approvers, reasons, self.window)
        dialog.approved.connect(self.wizard.approve)
        self.open_dialog(dialog)

    # --- look-ups, reprints and sync ------------------------------------------------------

    def unlock_lookups(self) -> None:
        """Reopen order look-ups after too many wrong pairs (audited as the signed-in member)."""
        if not self.signed_in:
            return
        run_in_background(self.desk.unlock_lookups, lambda _none: self._unlocked(), self._failed, owner=self)

    def _unlocked(self) -> None:
        self.wizard.lookups_unlocked()
        self.wizard.page.show_notice(message("lookups_unlocked"))

    def reprint_last(self) -> None:
        case = self.wizard.shown_case
        if case is not None:
            self.reprint(case.id, case.code, self.wizard.show_reprint)

    def reprint(self, case_id: str, code: str, tell: Callable[[bool, str], None]) -> None:
        """Print a saved case's slip again, record who did, and say what happened."""
        printer, staff = self.printer, self.staff
        if printer is None or not self.signed_in:
            return

        def told(outcome: PrintOutcome) -> None:
            tell(outcome.printed, message("reprinted" if outcome.printed else "reprint_failed", {"code": code}))

        run_in_background(lambda: printer.reprint(case_id), told,
                          lambda _error: tell(False, message("reprint_failed", {"code": code})), owner=self)
        if staff is not None:
            run_in_background(lambda: staff.record("reprint", subject=case_id), _ignore, self._failed, owner=self)

    def ask_reprint_code(self) -> None:
        """Reprint an older slip: staff type its return code."""
        from kiosk.ui.reprint_dialog import ReprintDialog

        if not self.signed_in or self.printer is None:
            return
        dialog = ReprintDialog(self.desk, self.window)
        dialog.found.connect(lambda case: self.reprint(case.id, case.code, dialog.show_outcome))
        self.open_dialog(dialog)

    def open_sync_screen(self) -> None:
        """Staff only: pending and refused returns, with the server's reasons and a retry."""
        if not self.signed_in or self.make_sync_screen is None:
            return
        if self.sync_screen is None:
            self.sync_screen = self.make_sync_screen()
        self._open_in_dialog(self.sync_screen, self.tr("Sync status"))

    def open_counter_screen(self) -> None:
        """Staff only: the returns with their status, the print queue and the end-of-day report."""
        from kiosk.ui.staff_counter import StaffCounterScreen

        if not self.signed_in or self.operations is None:
            return
        if self.counter_screen is None:
            self.counter_screen = StaffCounterScreen(self.operations, zone=self.zone, staff_id=lambda: self.staff_id)
        self._open_in_dialog(self.counter_screen, self.tr("Returns and reports"))

    def _open_in_dialog(self, screen: QWidget, title: str) -> None:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setProperty("preferredSize", QSize(1100, 900))
        layout = QVBoxLayout(dialog)
        layout.addWidget(screen)
        close = button(self.tr("Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.finished.connect(lambda _=0: screen.setParent(None))  # keep it for next time
        self.open_dialog(dialog)

    # --- cash refunds at the counter ------------------------------------------------------

    def pay_out_cash(self, case: ReturnCase) -> None:
        """A return saved in staff mode refunds cash: open the drawer, then show what to pay."""
        operations, staff_id = self.operations, self.staff_id
        if operations is None or staff_id is None or cash_to_pay(case) <= 0:
            return
        run_in_background(lambda: operations.open_drawer(case, staff_id),
                          lambda outcome: self._show_payout(outcome, case.code), self._failed, owner=self)

    def _show_payout(self, outcome: DrawerOutcome, code: str) -> None:
        from kiosk.ui.staff_drawer import CashDrawerDialog

        self.open_dialog(CashDrawerDialog(outcome, code, self.window))

    def _failed(self, error: BaseException) -> None:
        self.wizard.show_error(error_text(error))


def _ignore(_result: object) -> None:
    """Nothing to show when an audit entry was written."""

