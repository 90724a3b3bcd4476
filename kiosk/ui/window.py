"""The kiosk window: a header with progress, the wizard pages, and Back / Cancel / Next.

The window decides nothing about the flow: it asks the session (kiosk.workflow.wizard)
to move, shows the page for the step it lands on, and shows the session's reasons when a
move is blocked. Lookups and saving run off the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.returns_desk import LookupResult, PrintOutcome, ReturnsDesk
from kiosk.ui.background import run_in_background
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
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.wizard import SHOPPER_STEPS, ReturnSession, Step, StepBlocked

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    #: emitted when a return has been saved (case) — the sync worker listens
    case_saved = Signal(object)
    #: emitted after a background lookup or save finished, for tests and the shell
    busy_changed = Signal(bool)

    def __init__(self, desk: ReturnsDesk, *, demo_pairs: Sequence[tuple[str, str, str]] = ()) -> None:
        super().__init__()
        self.desk = desk
        self.session: ReturnSession = desk.new_session()
        self.busy = False
        self.last_case: ReturnCase | None = None
        self.last_print: PrintOutcome | None = None
        self._build(demo_pairs)
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
        self.header_layout = header_layout
        layout.addWidget(header)

        self.find_page = FindOrderPage()
        self.done_page = DonePage(on_finish=self.finish, on_preview=self.preview_slip)
        pages: list[WizardPage] = [
            WelcomePage(on_start=self.start, on_try=self.try_demo_order, demo_pairs=demo_pairs),
            self.find_page, ItemsPage(), ReasonsPage(), EligibilityPage(),
            ResolutionPage(self.desk.exchange_options), ReviewPage(), self.done_page,
        ]
        self.pages = {page.step: page for page in pages}
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
        self.setCentralWidget(root)
        self.resize(1024, 768)

    # --- showing the current step ---------------------------------------------------------

    @property
    def page(self) -> WizardPage:
        return self.pages[self.session.step]

    def show_step(self) -> None:
        page = self.page
        self.stack.setCurrentWidget(page)
        page.enter(self.session)
        self._update_chrome()

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
        """Forget the shopper: session data, typed fields, and the last case shown."""
        self.session.cancel()
        self.find_page.wipe()
        self.last_case = None
        self.last_print = None
        self.show_step()

    def finish(self) -> None:
        self.cancel()

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
        run_in_background(lambda: self.desk.lookup(number, email), self._looked_up, self._failed)

    def _looked_up(self, result: LookupResult) -> None:
        if self.session.step != Step.FIND_ORDER:  # the shopper cancelled meanwhile
            self._set_busy(False)
            return
        if result.order is None:
            key = "lookup_wait" if result.wait_seconds else "order_not_found"
            self.find_page.show_error(message(key, {"seconds": result.wait_seconds}))
        else:
            self.session.order_found(result.order)
            self.show_step()
        self._set_busy(False)

    def _complete(self) -> None:
        case = self.desk.build_case(self.session)
        self._set_busy(True)
        run_in_background(lambda: self.desk.complete(case), self._completed, self._save_failed)

    def _completed(self, result: tuple[ReturnCase, PrintOutcome]) -> None:
        self.last_case, self.last_print = result
        self.session.finished(self.last_case)
        self.case_saved.emit(self.last_case)
        self.done_page.printing_result(self.last_print.printed, bool(self.last_print.problems))
        self.show_step()
        self._set_busy(False)

    def _save_failed(self, error: BaseException) -> None:
        self.page.show_error(message("save_failed"))
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self.page.show_error(message("unexpected_error"))
        self._set_busy(False)

    def preview_slip(self) -> None:
        if self.last_print is None or not self.last_print.pdf_path:
            return
        from kiosk.ui.print_preview import show_pdf_preview

        show_pdf_preview(self, self.last_print.pdf_path)
