"""The return flow on screen: which page shows, and the slow work behind Next.

The controller decides nothing about the flow itself: it asks the session
(kiosk.workflow.wizard) to move, shows the page registered for the step it lands on, and
shows the session's reasons when a move is blocked. Where the answer is obvious it moves on
by itself: when every chosen item can be returned, the verdict step has nothing to say and
the review shows the verdicts instead. Everything that touches the database, the printers
or the network (the policy, lookups, scans, saving, printing, the slip's PDF) runs through
``run_in_background``, so a slow disk never freezes the screen under a shopper's finger;
only the callbacks touch widgets, on the GUI thread.

Each shopper gets their own count of wrong look-ups (``ShopperMisses``), dropped when their
session ends, so nobody waits for the person before them.

Until the first policy has been read there is no session: the welcome page says the kiosk
is not ready, and the policy is asked for again now and then (a first start before any sync).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QStackedWidget, QWidget

from kiosk.services.dropoff import DropoffDesk
from kiosk.services.returns import LookupResult, NoPolicy, PrintOutcome, RefusalSlips, ReturnsDesk
from kiosk.ui.background import run_in_background
from kiosk.ui.chrome import Footer
from kiosk.ui.dropoff_flow import DropoffFlow
from kiosk.ui.errors import error_text
from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage
from kiosk.ui.pages.review import ReviewPage
from kiosk.ui.pages.wizard_pages import WizardPages
from kiosk.ui.stepper import Stepper
from kiosk.workflow.case_rules import NO_HISTORY, CustomerHistory
from kiosk.workflow.cases import Approval, ReturnCase
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.orders import Order
from kiosk.workflow.scans import ScanKind, parse_scan
from kiosk.workflow.throttle import ShopperMisses
from kiosk.workflow.variants import Variant
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked

log = logging.getLogger(__name__)

#: How often a kiosk without a policy asks again (sync may have brought one meanwhile).
POLICY_RETRY_MS = 30_000


class WizardController(QObject):
    #: a return was saved (the case) — the sync worker listens
    case_saved = Signal(object)
    #: a lookup, scan or save started (True) or finished (False)
    busy_changed = Signal(bool)
    #: the documents of the last case were printed, or failed to (a PrintOutcome)
    printed = Signal(object)
    #: a step's page is on screen (the Step)
    step_shown = Signal(object)
    #: the shopper was forgotten (cancel, finish, idle): whoever shows their data clears it
    reset = Signal()
    #: the shopper asked for a member of staff
    staff_called = Signal()

    def __init__(self, desk: ReturnsDesk, pages: WizardPages, stack: QStackedWidget, stepper: Stepper,
                 footer: Footer, *, window: QWidget, open_dialog: Callable[[QDialog], None],
                 refusals: RefusalSlips | None = None, done_reset_ms: int = 30_000,
                 dropoff: DropoffDesk | None = None) -> None:
        super().__init__(window)
        self.desk = desk
        self.pages = pages
        self.stack = stack
        self.stepper = stepper
        self.footer = footer
        self.window = window
        self.open_dialog = open_dialog
        self.refusals = refusals
        self._session: ReturnSession | None = None
        self.shopper = ShopperMisses()
        self.busy = False
        self.lookups_locked = False
        self.last_case: ReturnCase | None = None
        self.last_print: PrintOutcome | None = None
        self.done_timer = self._timer(done_reset_ms, self.finish)
        self.policy_retry = self._timer(POLICY_RETRY_MS, self.load_policy)
        self._connect()
        #: returns started online, dropped off here; item barcodes (issue 18)
        self.dropoff = DropoffFlow(self, dropoff or DropoffDesk.for_desk(desk))

    def _timer(self, interval_ms: int, action: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(action)
        return timer

    def _connect(self) -> None:
        welcome, find, done = self.pages.welcome, self.pages.find_order, self.pages.done
        welcome.start_requested.connect(self.start)
        welcome.demo_chosen.connect(self.try_demo_order)
        find.submitted.connect(self.go_next)
        find.waiting_changed.connect(lambda _waiting: self._update_chrome())
        done.finish_requested.connect(self.finish)
        done.preview_requested.connect(self.preview_slip)
        for page in (find, self.pages.items_page, self.pages.eligibility):
            page.call_staff_requested.connect(self.call_staff)
        for page in (self.pages.items_page, self.pages.eligibility):
            page.print_refusal_requested.connect(self.print_refusal)
        self.footer.back_button.clicked.connect(self.go_back)
        self.footer.cancel_button.clicked.connect(self.cancel)
        self.footer.next_button.clicked.connect(self.go_next)

    # --- the session ----------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Whether a policy is known, so returns can be taken."""
        return self._session is not None

    @property
    def session(self) -> ReturnSession:
        if self._session is None:
            raise RuntimeError("no return policy yet: the wizard is not ready")
        return self._session

    @property
    def step(self) -> Step:
        return self._session.step if self._session is not None else Step.WELCOME

    @property
    def page(self) -> WizardPage:
        return self.pages[self.step]

    @property
    def shown_case(self) -> ReturnCase | None:
        """The saved return on the done page (just taken, or found by its code)."""
        return self.last_case or (self._session.case if self._session is not None else None)

    def load_policy(self) -> None:
        """Ask for a session under the policy in force now; the next shopper gets it."""
        run_in_background(self.desk.new_session, self._policy_loaded, self._policy_missing, owner=self)

    def _policy_loaded(self, session: ReturnSession) -> None:
        self.policy_retry.stop()
        current = self._session
        if current is not None and (current.step != Step.WELCOME or current.policy.version == session.policy.version):
            return  # a policy never changes in the middle of a return
        self._session = session
        self.pages.welcome.set_ready(True)
        self.show_step()

    def _policy_missing(self, error: BaseException) -> None:
        if self._session is not None:
            log.error("the policy could not be read (%s); keeping the one in force", error)
            return
        log.error("no return policy yet (%s); asking again in %d s", error, POLICY_RETRY_MS // 1000)
        self.pages.welcome.set_ready(False, "no_policy" if isinstance(error, NoPolicy) else "unexpected_error")
        self.policy_retry.start()

    # --- showing the current step ---------------------------------------------------------

    def show_step(self) -> None:
        page, step = self.page, self.step
        self.stack.setCurrentWidget(page)
        if self._session is not None:
            page.enter(self._session)
        else:
            page.retranslate()
        if self._dead_end(step):
            self.check_refusal_printer(self.pages.items_page.set_can_print if step == Step.ITEMS
                                       else self.pages.eligibility.set_can_print)
        self._update_chrome()
        self._focus_into(page)
        if step == Step.DONE:
            self.done_timer.start()
        else:
            self.done_timer.stop()
        self.step_shown.emit(step)

    def _focus_into(self, page: WizardPage) -> None:
        """Keyboard users land on the page's first control, not on a header button."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible() and page.isAncestorOf(focus):
            return
        controls = [w for w in page.findChildren(QAbstractButton)
                    if w.isVisibleTo(page) and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        next_button = self.footer.next_button
        target = controls[0] if controls else (next_button if next_button.isVisibleTo(self.window) else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_chrome(self) -> None:
        step = self.step
        self.footer.show_step(step, busy=self.busy, can_continue=self._can_continue(step),
                              dead_end=self._dead_end(step))

    def _can_continue(self, step: Step) -> bool:
        if step == Step.FIND_ORDER:
            return not self.lookups_locked and not self.pages.find_order.waiting
        return not self._dead_end(step)

    def _dead_end(self, step: Step) -> bool:
        """Nothing on this step can go any further: every item was refused, or is held for staff."""
        session = self._session
        if session is None or session.order is None:
            return False
        if step == Step.ITEMS:
            return all(a.verdict == Verdict.INELIGIBLE for a in session.availability.values())
        return step == Step.ELIGIBILITY and not session.accepted_lines()

    def stop(self) -> None:
        """The window is closing: no reset and no policy read are due any more."""
        self.done_timer.stop()
        self.policy_retry.stop()

    def show_error(self, text: str) -> None:
        self.page.show_error(text)

    def stash(self) -> None:
        """Keep what the shopper entered on this page, unchecked (the language is changing)."""
        if self._session is not None:
            self.page.stash(self._session)

    # --- moving ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._session is None or self.busy or self.step != Step.WELCOME:
            return
        self._session.start()
        self.show_step()

    def try_demo_order(self, number: str, email: str) -> None:
        if self._session is None or self.busy or self.step not in (Step.WELCOME, Step.FIND_ORDER):
            return
        if self.step == Step.WELCOME:
            self._session.start()
        self.pages.find_order.fill(number, email)
        self.show_step()

    def go_next(self) -> None:
        if self.busy or self._session is None:
            return
        session, page = self._session, self.page
        try:
            if session.step == Step.FIND_ORDER:
                self._lookup()
                return
            page.collect(session)
            if session.step == Step.REVIEW:
                self._save()
                return
            session.next()
            if session.step == Step.ELIGIBILITY and _verdicts_are_plain(session):
                session.next()  # every item can be returned: the review shows that
        except StepBlocked as blocked:
            explain = getattr(page, "explain", None)
            page.show_error(explain(blocked, session) if explain else message(blocked.key, blocked.params))
            return
        self.show_step()

    def go_back(self) -> None:
        if self.busy or self._session is None:
            return
        session = self._session
        session.back()
        if session.step == Step.ELIGIBILITY and _verdicts_are_plain(session):
            session.back()  # it was skipped on the way here
        self.show_step()

    def cancel(self) -> None:
        """Forget the shopper: session data, typed fields, every page, the last case shown,
        and their count of wrong look-ups.

        The next shopper gets a fresh session under the policy in force now (sync may have
        brought a newer one, asked for off the GUI thread); a policy never changes in the
        middle of a return.
        """
        if self._session is not None:
            self._session.cancel()
        for page in self.pages.values():
            page.wipe()
        self.shopper = ShopperMisses()
        self.last_case = None
        self.last_print = None
        self.reset.emit()
        self.show_step()
        self.load_policy()

    def finish(self) -> None:
        self.cancel()

    def approve(self, approval: Approval) -> None:
        """A manager let a held line through (staff mode)."""
        try:
            self.session.approve(approval)
        except StepBlocked as blocked:
            self.show_error(message(blocked.key, blocked.params))
            return
        self.show_step()

    def call_staff(self) -> None:
        """The shopper asked for help: the window shows the call, the page says it was made."""
        self.staff_called.emit()
        self.page.show_notice(message("staff_called"))

    # --- finding the order ----------------------------------------------------------------

    def _lookup(self) -> None:
        number, email = self.pages.find_order.query()
        if not number or not email:
            self.pages.find_order.show_error(message("lookup_fields_missing"))
            return
        shopper = self.shopper
        self._set_busy(True)
        run_in_background(lambda: self.desk.lookup(number, email, shopper), self._looked_up, self._failed, owner=self)

    def _looked_up(self, result: LookupResult) -> None:
        self._set_busy(False)
        if self.step != Step.FIND_ORDER:  # the shopper cancelled meanwhile
            return
        find = self.pages.find_order
        if result.locked:
            self.lookups_locked = True
            find.show_locked()
        elif result.wait_seconds:
            find.start_wait(result.wait_seconds)
        elif result.number_for_email:
            find.ask_email_for(result.number_for_email)
        elif result.order is None:
            find.show_error(message("order_not_found"))
        else:
            self.pages.items_page.images = dict(result.images)
            self.session.order_found(result.order, variants=result.variants, history=result.history)
            self.show_step()
            return
        self._update_chrome()

    def lookups_unlocked(self) -> None:
        """Staff unlocked look-ups: the find-order page may ask again."""
        self.lookups_locked = False
        self.pages.find_order.unlock()
        self._update_chrome()

    def take_order_without_receipt(self, order: Order) -> None:
        """Staff found the order by the customer's email or phone: the no-receipt rules apply."""
        if self.busy or self.step != Step.FIND_ORDER:
            return
        self._set_busy(True)
        run_in_background(lambda: (self.desk.variants_for(order), self.desk.images_for(order),
                                   self.desk.history_for(order)),
                          lambda found: self._found_by_staff(order, *found), self._failed, owner=self)

    def _found_by_staff(self, order: Order, variants: tuple[Variant, ...], images: dict[str, str],
                        history: CustomerHistory = NO_HISTORY) -> None:
        self._set_busy(False)
        if self.step != Step.FIND_ORDER:
            return
        self.pages.items_page.images = images
        self.session.order_found(order, without_receipt=True, variants=variants, history=history)
        self.show_step()

    def handle_scan(self, text: str) -> None:
        """A barcode scan on the welcome or find-order step jumps to the right step."""
        if self.dropoff.handle_scan(text):  # an online return's QR code, or an item's barcode
            return
        if self.busy or self._session is None or self.step not in (Step.WELCOME, Step.FIND_ORDER):
            return
        self.pages.find_order.strip_scanned(text)
        scan = parse_scan(text)
        if scan.kind == ScanKind.RECEIPT:
            if self.step == Step.WELCOME:
                self._session.start()
                self.show_step()
            shopper = self.shopper
            self._set_busy(True)
            run_in_background(lambda: self.desk.lookup_receipt(scan, shopper), self._looked_up, self._failed,
                              owner=self)
        elif scan.kind == ScanKind.RETURN_CODE and scan.return_code:
            code = scan.return_code
            self._set_busy(True)
            run_in_background(lambda: self.desk.find_case(code), self._case_found, self._failed, owner=self)
        else:
            self.show_error(message("scan_unknown"))

    def _case_found(self, case: ReturnCase | None) -> None:
        self._set_busy(False)
        if self.step not in (Step.WELCOME, Step.FIND_ORDER):
            return
        if case is None:
            self.show_error(message("return_code_unknown"))
            return
        self.session.show_saved(case)
        self.last_case = case
        self.show_step()

    # --- when nothing can be returned -----------------------------------------------------

    def print_refusal(self, refusals: list[tuple[str, str]]) -> None:
        """The refusal slip: each item and why, as the screen says it, for the shopper to keep."""
        printer, order = self.refusals, self._session.order if self._session is not None else None
        if printer is None or order is None or not refusals:
            return
        page = self.page
        run_in_background(lambda: printer.print_refusal(order.number, refusals),
                          lambda outcome: page.show_notice(message(
                              "refusal_printed" if outcome.printed else "printer_problem_no_case")),
                          lambda error: page.show_error(message("printer_problem_no_case")), owner=self)

    def check_refusal_printer(self, on_answer: Callable[[bool], None]) -> None:
        """Whether a printer takes refusal slips (asked off the GUI thread: it builds the queue)."""
        printer = self.refusals
        if printer is None:
            on_answer(False)
            return
        run_in_background(printer.available, on_answer, lambda _error: on_answer(False), owner=self)

    # --- saving and printing --------------------------------------------------------------

    def _save(self) -> None:
        case = self.desk.build_case(self.session, sub_reasons=self.pages.reasons.sub_reasons(),
                                    dispositions=self.pages.typed(Step.REVIEW, ReviewPage).chosen_dispositions())
        self._set_busy(True)
        run_in_background(lambda: self.desk.save(case), self._saved, self._save_failed, owner=self)

    def _saved(self, case: ReturnCase) -> None:
        """The case is on disk: show the done page at once, then print behind it."""
        self._set_busy(False)
        if self.step != Step.REVIEW:  # the shopper walked away meanwhile: the return is kept, not shown
            self.case_saved.emit(case)
            return
        self.last_case, self.last_print = case, None
        self.session.finished(case)
        self.case_saved.emit(case)
        self.pages.done.printing_started()
        self.show_step()
        run_in_background(lambda: self.desk.print_case(case), self.show_print_outcome, self._print_failed, owner=self)

    def show_reprint(self, printed: bool, text: str) -> None:
        """A reprint from the done page, said on the done page."""
        if self.step == Step.DONE:
            self.pages.done.show_reprint(printed, text)

    def show_print_outcome(self, outcome: PrintOutcome) -> None:
        self.last_print = outcome
        self.printed.emit(outcome)
        if self.step == Step.DONE:
            self.pages.done.printing_result(outcome.printed, bool(outcome.problems))

    def _print_failed(self, error: BaseException) -> None:
        self.show_print_outcome(PrintOutcome(problems=(str(error),)))

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_error(message("save_failed"))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_error(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_chrome()
        self.busy_changed.emit(busy)

    def preview_slip(self) -> None:
        """The slip on screen: its PDF is read off the GUI thread, then shown."""
        if self.last_print is None or not self.last_print.pdf_path:
            return
        path = Path(self.last_print.pdf_path)
        run_in_background(path.read_bytes, self._show_preview, self._failed, owner=self)

    def _show_preview(self, pdf: bytes) -> None:
        from kiosk.printing.errors import PrinterError  # QtPdf loads on the first preview, not at start
        from kiosk.ui.print_preview import PdfPreviewDialog

        if self.step != Step.DONE:  # the shopper left before it was read
            return
        try:
            self.open_dialog(PdfPreviewDialog(pdf, self.window))
        except PrinterError:
            self.show_error(message("unexpected_error"))


def _verdicts_are_plain(session: ReturnSession) -> bool:
    """Every chosen item can be returned: nothing for the verdict step to explain."""
    return bool(session.accepted_lines()) and not session.held_lines()
