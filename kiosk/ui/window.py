"""The kiosk window: a header with progress, the wizard pages, and Back / Cancel / Next.

The window decides nothing about the flow: it asks the session (kiosk.workflow.wizard)
to move, shows the page for the step it lands on, and shows the session's reasons when a
move is blocked. Lookups and saving run off the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.returns import LookupResult, NoPolicy, PrintOutcome, ReturnsDesk
from kiosk.ui.appearance import stylesheet
from kiosk.ui.background import run_in_background
from kiosk.ui.i18n import LANGUAGES, install_language
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, button, label
from kiosk.ui.pages.done import DonePage
from kiosk.ui.pages.eligibility import EligibilityPage
from kiosk.ui.pages.find_order import FindOrderPage
from kiosk.ui.pages.items import ItemsPage
from kiosk.ui.pages.reasons import ReasonsPage
from kiosk.ui.pages.resolution import ResolutionPage
from kiosk.ui.pages.review import ReviewPage
from kiosk.ui.pages.welcome import WelcomePage
from kiosk.ui.scanner import ScannerFilter
from kiosk.workflow.cases import Approval, ReturnCase
from kiosk.workflow.orders import Order
from kiosk.workflow.scans import ScanKind, parse_scan
from kiosk.workflow.variants import Variant
from kiosk.workflow.wizard import SHOPPER_STEPS, ReturnSession, Step, StepBlocked

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    # emitted when a return has been saved (case) — the sync worker listens
    case_saved = Signal(object)
    # emitted after a background lookup or save finished, for tests and the shell
    busy_changed = Signal(bool)
    # emitted when the documents of the last case were printed (or failed to)
    printed = Signal(object)

    def __init__(self, desk: ReturnsDesk, *, demo_pairs: Sequence[tuple[str, str, str]] = (),
                 idle_timeout_ms: int = 90_000, idle_countdown_s: int = 20, done_reset_ms: int = 30_000,
                 kiosk_mode: bool = False, language: str = "en") -> None:
        super().__init__()
        self.desk = desk
        self.session: ReturnSession = desk.new_session()
        self.busy = False
        self.kiosk_mode = kiosk_mode
        self.language = language
        self.theme = "default"
        self.large_text = False
        self.staff_id: str | None = None
        self.active_dialog: QDialog | None = None
        self._found_orders: dict[str, Order] = {}  # staff search results by order number
        # the staff screen of pending and refused returns (set by the app when sync runs)
        self.sync_screen: QWidget | None = None
        self.last_case: ReturnCase | None = None
        self.last_print: PrintOutcome | None = None
        self._build(demo_pairs)
        self._build_idle(idle_timeout_ms, idle_countdown_s, done_reset_ms)
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.handle_scan)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        app.installEventFilter(self.idle)
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.apply_appearance()
        self.show_step()

    # --- construction ---------------------------------------------------------------------

    def _build(self, demo_pairs: Sequence[tuple[str, str, str]]) -> None:
        self.setWindowTitle(self.tr("Intake returns"))
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QWidget()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        self.progress = label("", "progress")
        self.progress.setAccessibleName("progress")
        header_layout.addWidget(self.progress, 1)
        self.staff_label = label("", "progress")
        self.staff_label.setAccessibleName("staff signed in")
        self.staff_label.hide()
        header_layout.addWidget(self.staff_label)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            choice = button(code.upper(), name)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, c=code: self.switch_language(c))
            self.language_buttons[code] = choice
            header_layout.addWidget(choice)
        self.header_layout = header_layout
        layout.addWidget(header)

        self.find_page = FindOrderPage()
        self.done_page = DonePage(on_finish=self.finish, on_preview=self.preview_slip)
        self.welcome_page = WelcomePage(on_start=self.start, on_try=self.try_demo_order, demo_pairs=demo_pairs)
        self.welcome_page.contrast_button.toggled.connect(self._contrast_toggled)
        self.welcome_page.large_text_button.toggled.connect(self._large_text_toggled)
        self.welcome_page.staff_button.clicked.connect(self.request_staff_mode)
        self.welcome_page.sync_button.clicked.connect(self.open_sync_screen)
        pages: list[WizardPage] = [
            self.welcome_page,
            self.find_page, ItemsPage(), ReasonsPage(), EligibilityPage(),
            ResolutionPage(), ReviewPage(), self.done_page,
        ]
        self.pages = {page.step: page for page in pages}
        self.items_page, self.eligibility_page = pages[2], pages[4]
        for page in (self.items_page, self.eligibility_page):
            page.on_approve = self.request_approval  # type: ignore[attr-defined]
        self.find_page.search_button.clicked.connect(self.staff_search)
        self.find_page.results.changed.connect(self.staff_pick)
        self.done_page.reprint.clicked.connect(self.reprint_last)
        self.stack = QStackedWidget()
        for page in pages:
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        footer = QWidget()
        footer.setObjectName("footer")
        footer_layout = QHBoxLayout(footer)
        self.back_button = button("")
        self.cancel_button = button("")
        self.next_button = button("", primary=True)
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button.clicked.connect(self.cancel)
        self.next_button.clicked.connect(self.go_next)
        footer_layout.addWidget(self.back_button)
        footer_layout.addWidget(self.cancel_button)
        footer_layout.addStretch(1)
        footer_layout.addWidget(self.next_button)
        layout.addWidget(footer)
        self.idle_banner = label("", "error")
        self.idle_banner.setAccessibleName("idle warning")
        self.still_here = button("", primary=True)
        self.still_here.clicked.connect(self._still_here)
        banner = QHBoxLayout()
        banner.addWidget(self.idle_banner, 1)
        banner.addWidget(self.still_here)
        layout.insertLayout(1, banner)
        self._hide_idle_banner()
        self.setCentralWidget(root)
        self.resize(1024, 768)

    def _build_idle(self, idle_ms: int, countdown_s: int, done_reset_ms: int) -> None:
        self.idle = IdleWatcher(idle_ms, countdown_s, self)
        self.idle.warn.connect(self._idle_warning)
        self.idle.tick.connect(self._idle_warning)
        self.idle.resumed.connect(self._hide_idle_banner)
        self.idle.expired.connect(self.idle_reset)
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(done_reset_ms)
        self.done_timer.timeout.connect(self.finish)

    # --- showing the current step ---------------------------------------------------------

    @property
    def page(self) -> WizardPage:
        return self.pages[self.session.step]

    def show_step(self) -> None:
        page = self.page
        self.stack.setCurrentWidget(page)
        page.enter(self.session)
        self._update_chrome()
        self._focus_into(page)
        if self.session.step == Step.WELCOME and self.staff_id is None:
            self.idle.disarm()
        else:
            self.idle.arm()
        if self.session.step == Step.DONE:
            self.done_timer.start()
        else:
            self.done_timer.stop()

    def _focus_into(self, page: WizardPage) -> None:
        """Keyboard users land on the page's first control, not on a header button."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible() and page.isAncestorOf(focus):
            return
        controls = [w for w in page.findChildren(QAbstractButton)
                    if w.isVisibleTo(page) and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        target = controls[0] if controls else (self.next_button if self.next_button.isVisibleTo(self) else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_chrome(self) -> None:
        step = self.session.step
        in_flow = step in SHOPPER_STEPS
        self.back_button.setVisible(in_flow)
        self.cancel_button.setVisible(in_flow)
        self.next_button.setVisible(in_flow)
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        next_text = {
            Step.FIND_ORDER: self.tr("Find my order"),
            Step.REVIEW: self.tr("Confirm return"),
        }.get(step, self.tr("Next"))
        self.next_button.setText(next_text)
        for widget in (self.back_button, self.cancel_button, self.next_button):
            widget.setAccessibleName(widget.text())
            widget.setEnabled(not self.busy)
        if step == Step.ELIGIBILITY:
            self.next_button.setEnabled(not self.busy and bool(self.session.accepted_lines()))
        self.progress.setText(self._progress_text(step))
        for code, choice in self.language_buttons.items():
            choice.setChecked(code == self.language)
        self.still_here.setText(self.tr("I'm still here"))
        self.still_here.setAccessibleName(self.still_here.text())

    def _progress_text(self, step: Step) -> str:
        if step not in SHOPPER_STEPS:
            return self.tr("Intake returns")
        index = SHOPPER_STEPS.index(step)
        names = self.step_names()
        text = self.tr("Step {n} of {m}: {name}").format(n=index + 1, m=len(SHOPPER_STEPS), name=names[step])
        if index + 1 < len(SHOPPER_STEPS):
            text += " · " + self.tr("Next: {name}").format(name=names[SHOPPER_STEPS[index + 1]])
        return text

    def step_names(self) -> dict[Step, str]:
        return {
            Step.FIND_ORDER: self.tr("Find your order"),
            Step.ITEMS: self.tr("Items"),
            Step.REASONS: self.tr("Reasons"),
            Step.ELIGIBILITY: self.tr("What we can take back"),
            Step.RESOLUTION: self.tr("Refund or exchange"),
            Step.REVIEW: self.tr("Confirm"),
        }

    # --- moving ---------------------------------------------------------------------------

    def start(self) -> None:
        self.session.start()
        self.show_step()

    def try_demo_order(self, number: str, email: str) -> None:
        if self.session.step == Step.WELCOME:
            self.session.start()
        self.find_page.fill(number, email)
        self.show_step()

    def go_next(self) -> None:
        if self.busy:
            return
        page = self.page
        try:
            if self.session.step == Step.FIND_ORDER:
                self._lookup()
                return
            page.collect(self.session)
            if self.session.step == Step.REVIEW:
                self._complete()
                return
            self.session.next()
        except StepBlocked as blocked:
            explain = getattr(page, "explain", None)
            page.show_error(explain(blocked, self.session) if explain else message(blocked.key, blocked.params))
            return
        self.show_step()

    def go_back(self) -> None:
        if self.busy:
            return
        self.session.back()
        self.show_step()

    def cancel(self) -> None:
        """Forget the shopper: session data, typed fields, every page, and the last case shown.

        The next shopper gets a fresh session under the policy in force now (sync may have
        brought a newer one); a policy never changes in the middle of a return.
        """
        self.session.cancel()
        try:
            self.session = self.desk.new_session()
        except NoPolicy:
            log.error("no policy installed; keeping the previous one")
        for page in self.pages.values():
            page.wipe()
        self.find_page.wipe()
        self.last_case = None
        self.last_print = None
        self._found_orders = {}
        self._hide_idle_banner()
        self.show_step()

    def finish(self) -> None:
        self.cancel()

    # --- idle, scans, staff ---------------------------------------------------------------

    def _idle_warning(self, seconds: int) -> None:
        self.idle_banner.setText(self.tr("Still there? This return will be cleared in {n} seconds.").format(n=seconds))
        self.idle_banner.show()
        self.still_here.show()

    def _hide_idle_banner(self) -> None:
        self.idle_banner.clear()
        self.idle_banner.hide()
        self.still_here.hide()

    def _still_here(self) -> None:
        self._hide_idle_banner()
        self.idle.arm()

    def idle_reset(self) -> None:
        """Nobody touched the kiosk: wipe the shopper and leave staff mode."""
        if self.active_dialog is not None:
            self.active_dialog.reject()
        if self.staff_id is not None:
            self.end_staff_mode()
        self.cancel()

    def request_staff_mode(self) -> None:
        """The welcome screen's Staff button: sign in with a PIN, or sign out."""
        staff = self.desk.staff
        if staff is None:
            return
        if self.staff_id is not None:
            self.end_staff_mode()
            return
        from kiosk.ui.staff_sign_in import StaffSignInDialog

        dialog = StaffSignInDialog(staff, self)
        dialog.accepted.connect(lambda: dialog.member and self.set_staff_mode(dialog.member.id, dialog.member.name))
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking, so the idle timer and the tests keep running."""
        self.active_dialog = dialog
        dialog.finished.connect(lambda _=0: setattr(self, "active_dialog", None))
        dialog.open()

    def set_staff_mode(self, staff_id: str | None, name: str = "") -> None:
        """Show or hide every staff-only control; shoppers never see them."""
        self.staff_id = staff_id
        on = staff_id is not None
        self.staff_label.setText(self.tr("Staff mode: {name}").format(name=name) if on else "")
        self.staff_label.setVisible(on)
        self.welcome_page.signed_in = on
        self.welcome_page.retranslate()
        self.welcome_page.sync_button.setVisible(on and self.sync_screen is not None)
        self.find_page.set_staff_mode(on)
        self.items_page.staff_mode = on  # type: ignore[attr-defined]
        self.eligibility_page.staff_mode = on  # type: ignore[attr-defined]
        self.done_page.reprint.setVisible(on)
        self.show_step()

    def end_staff_mode(self) -> None:
        staff = self.desk.staff
        member = staff.sign_out() if staff is not None else None
        if staff is not None and member is not None:
            run_in_background(lambda: staff.record("logout", actor=member.id), lambda _: None, self._failed,
                              owner=self)
        self.set_staff_mode(None)

    def open_sync_screen(self) -> None:
        """Staff only: pending and refused returns, with the server's reasons and a retry."""
        if self.staff_id is None or self.sync_screen is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Sync status"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.sync_screen)
        close = button(self.tr("Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.finished.connect(lambda _=0: self.sync_screen.setParent(None))  # keep it for next time
        dialog.resize(900, 600)
        self._open_dialog(dialog)

    def request_approval(self, line_id: str) -> None:
        """A manager approves a held or refused line on the device (staff mode only)."""
        staff = self.desk.staff
        if staff is None or self.staff_id is None:
            return
        from kiosk.ui.approval_dialog import ApprovalDialog
        from kiosk.workflow.staff import ApprovalRefused

        try:
            request = staff.override_request(self.session, line_id)
        except ApprovalRefused:
            self.page.show_error(message("override_not_allowed"))
            return
        dialog = ApprovalDialog(staff, request, self)
        dialog.accepted.connect(lambda: dialog.approval and self._approved(dialog.approval))
        self._open_dialog(dialog)

    def _approved(self, approval: Approval) -> None:
        try:
            self.session.approve(approval)
        except StepBlocked as blocked:
            self.page.show_error(message(blocked.key, blocked.params))
            return
        self.show_step()

    def staff_search(self) -> None:
        if self.staff_id is None:
            return
        query = self.find_page.search_field.text()
        run_in_background(lambda: self.desk.search_orders(query), self._search_results, self._failed, owner=self)

    def _search_results(self, orders: list) -> None:  # type: ignore[type-arg]
        self._found_orders = {o.number: o for o in orders}
        self.find_page.results.set_options([
            (o.number, f"{o.number} · {o.customer.name} · {o.placed_at.date().isoformat()}") for o in orders])
        if not orders:
            self.find_page.show_error(message("search_found_nothing"))
        else:
            self.find_page.clear_error()

    def staff_pick(self, number: str) -> None:
        order = self._found_orders.get(number)
        if order is None or self.staff_id is None or self.session.step != Step.FIND_ORDER:
            return
        run_in_background(lambda: self.desk.variants_for(order), lambda variants: self._staff_found(order, variants),
                          self._failed, owner=self)

    def _staff_found(self, order: Order, variants: tuple[Variant, ...]) -> None:
        if self.session.step != Step.FIND_ORDER:
            return
        self.session.order_found(order, without_receipt=True, variants=variants)
        self.show_step()

    def reprint_last(self) -> None:
        case = self.last_case or self.session.case
        printer = self.desk.printing
        if case is None or printer is None or self.staff_id is None:
            return
        run_in_background(lambda: printer.reprint(case.id), self._printed, self._print_failed, owner=self)
        staff = self.desk.staff
        if staff is not None:
            run_in_background(lambda: staff.record("reprint", subject=case.id), lambda _: None, self._failed,
                              owner=self)

    def handle_scan(self, text: str) -> None:
        """A barcode scan on the welcome or find-order step jumps to the right step."""
        if self.busy or self.session.step not in (Step.WELCOME, Step.FIND_ORDER):
            return
        self._strip_scanned_text(text)
        scan = parse_scan(text)
        if scan.kind == ScanKind.RECEIPT:
            if self.session.step == Step.WELCOME:
                self.session.start()
                self.show_step()
            self._set_busy(True)
            run_in_background(lambda: self.desk.lookup_receipt(scan), self._looked_up, self._failed, owner=self)
        elif scan.kind == ScanKind.RETURN_CODE and scan.return_code:
            case = self.desk.find_case(scan.return_code)
            if case is None:
                self.page.show_error(message("return_code_unknown"))
                return
            self.session.show_saved(case)
            self.last_case = case
            self.show_step()
        else:
            self.page.show_error(message("scan_unknown"))

    def _strip_scanned_text(self, text: str) -> None:
        for field in (self.find_page.number, self.find_page.email):
            if field.text().endswith(text):
                field.setText(field.text()[: -len(text)])

    # --- language and appearance ----------------------------------------------------------

    def switch_language(self, code: str) -> None:
        """Show every screen in another language without losing the shopper's progress."""
        app = QApplication.instance()
        assert app is not None
        self.page.stash(self.session)
        if not install_language(app, code):
            log.warning("no translation for %s", code)
            return
        self.language = code
        for page in self.pages.values():
            page.retranslate()
        self.show_step()

    def _contrast_toggled(self, on: bool) -> None:
        self.theme = "high_contrast" if on else "default"
        self.apply_appearance()

    def _large_text_toggled(self, on: bool) -> None:
        self.large_text = on
        self.apply_appearance()

    def apply_appearance(self) -> None:
        self.setStyleSheet(stylesheet(self.theme, self.large_text))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """In kiosk mode only staff may close the window."""
        if self.kiosk_mode and self.staff_id is None:
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
            app.removeEventFilter(self.idle)
        self.idle.disarm()
        self.done_timer.stop()
        event.accept()

    # --- background work ------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_chrome()
        self.busy_changed.emit(busy)

    def _lookup(self) -> None:
        number, email = self.find_page.query()
        if not number or not email:
            self.find_page.show_error(message("lookup_fields_missing"))
            return
        self._set_busy(True)
        run_in_background(lambda: self.desk.lookup(number, email), self._looked_up, self._failed, owner=self)

    def _looked_up(self, result: LookupResult) -> None:
        if self.session.step != Step.FIND_ORDER:  # the shopper cancelled meanwhile
            self._set_busy(False)
            return
        if result.order is None:
            key = "lookup_wait" if result.wait_seconds else "order_not_found"
            self.find_page.show_error(message(key, {"seconds": result.wait_seconds}))
        else:
            self.session.order_found(result.order, variants=result.variants)
            self.show_step()
        self._set_busy(False)

    def _complete(self) -> None:
        case = self.desk.build_case(self.session)
        self._set_busy(True)
        run_in_background(lambda: self.desk.save(case), self._saved, self._save_failed, owner=self)

    def _saved(self, case: ReturnCase) -> None:
        """The case is on disk: show the done page at once, then print behind it."""
        self.last_case, self.last_print = case, None
        self.session.finished(case)
        self.case_saved.emit(case)
        self.done_page.printing_started()
        self.show_step()
        self._set_busy(False)
        run_in_background(lambda: self.desk.print_case(case), self._printed, self._print_failed, owner=self)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.last_print = outcome
        self.printed.emit(outcome)
        if self.session.step == Step.DONE:
            self.done_page.printing_result(outcome.printed, bool(outcome.problems))

    def _print_failed(self, error: BaseException) -> None:
        self._printed(PrintOutcome(problems=(str(error),)))

    def _save_failed(self, error: BaseException) -> None:
        self.page.show_error(message("save_failed"))
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self.page.show_error(message("unexpected_error"))
        self._set_busy(False)

    def preview_slip(self) -> None:
        if self.last_print is None or not self.last_print.pdf_path:
            return
        from kiosk.printing.errors import PrinterError
        from kiosk.ui.print_preview import show_pdf_preview

        try:
            show_pdf_preview(self, self.last_print.pdf_path)
        except PrinterError:
            self.page.show_error(message("unexpected_error"))
