"""The drop-off of a return started online on screen, beside the ordinary return flow (issue 18).

The wizard controller hands it every scan first: an authorisation's QR code on the welcome or
find-order step finds the authorisation (the kiosk's copy, else central); an item's barcode
is checked against the authorisation on the drop-off step, or adds one of that item on the
ordinary items step. Staff confirming an item by sight enter their PIN on the drop-off page.
Slow work (the look-up, the PIN check, the bag label) runs through ``run_in_background``; only
the callbacks touch widgets. Moving between steps stays with the session and the controller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.services.dropoff import DropoffDesk, DropoffFound
from kiosk.services.returns import PrintOutcome
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import error_text
from kiosk.workflow.authorisations import InvalidAuthorisationCode, parse_authorisation_code
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.dropoff import ItemRefused
from kiosk.workflow.errors import KioskError
from kiosk.workflow.scans import ScanKind, parse_scan
from kiosk.workflow.wizard import Step

if TYPE_CHECKING:
    from kiosk.ui.wizard_controller import WizardController


class DropoffFlow(QObject):
    def __init__(self, wizard: WizardController, desk: DropoffDesk) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.desk = desk
        pages = wizard.pages
        self.page = pages.dropoff
        pages.welcome.online_code_entered.connect(self.find_typed)
        self.page.continue_requested.connect(wizard.go_next)
        self.page.cancel_requested.connect(wizard.cancel)
        self.page.sight_confirmed.connect(self.confirm_by_sight)
        wizard.case_saved.connect(self.case_saved)

    # --- scans ----------------------------------------------------------------------------

    def handle_scan(self, text: str) -> bool:
        """Whether the scan was one for this flow (and is dealt with)."""
        wizard = self.wizard
        if wizard.busy or not wizard.ready:
            return False
        scan = parse_scan(text)
        step = wizard.step
        if scan.kind == ScanKind.AUTHORISATION and scan.authorisation_code and step in (Step.WELCOME, Step.FIND_ORDER):
            wizard.pages.find_order.strip_scanned(text)
            self.find(scan.authorisation_code)
            return True
        if scan.kind == ScanKind.ITEM and step == Step.VERIFY:
            self.item_scanned(scan.gtin)
            return True
        if scan.kind == ScanKind.ITEM and step == Step.ITEMS:
            wizard.pages.items_page.scanned_item(scan.gtin)
            wizard._update_chrome()
            return True
        return False

    def item_scanned(self, gtin: str) -> None:
        try:
            line_id = self.wizard.session.verify_scan(gtin)
        except ItemRefused as refused:
            self.page.show_error(error_text(refused))
            return
        self.page.item_checked(line_id)

    # --- finding the authorisation --------------------------------------------------------

    def find_typed(self, text: str) -> None:
        try:
            code = parse_authorisation_code(text)
        except InvalidAuthorisationCode as invalid:
            self.wizard.pages.welcome.show_error(error_text(invalid))
            return
        self.find(code)

    def find(self, code: str) -> None:
        wizard = self.wizard
        if wizard.busy or not wizard.ready or wizard.step not in (Step.WELCOME, Step.FIND_ORDER):
            return
        wizard._set_busy(True)
        run_in_background(lambda: self.desk.find(code), self._found, self._failed, owner=self)

    def _found(self, found: DropoffFound) -> None:
        wizard = self.wizard
        wizard._set_busy(False)
        if wizard.step not in (Step.WELCOME, Step.FIND_ORDER):  # the shopper went on meanwhile
            return
        self.page.images = dict(found.images)
        wizard.pages.items_page.images = dict(found.images)
        try:
            wizard.session.authorisation_found(found.authorisation, found.order, variants=found.variants,
                                               history=found.history)
        except KioskError as refused:
            wizard.show_error(error_text(refused))
            return
        wizard.show_step()

    def _failed(self, error: BaseException) -> None:
        self.wizard._set_busy(False)
        self.wizard.show_error(error_text(error))

    # --- staff confirm an item by sight ---------------------------------------------------

    def confirm_by_sight(self, line_id: str, pin: str) -> None:
        wizard = self.wizard
        session = wizard.session
        if wizard.busy or wizard.step != Step.VERIFY or session.authorisation is None or session.verification is None:
            return
        code, title = session.authorisation.code, session.verification.lines[line_id].title
        wizard._set_busy(True)
        run_in_background(lambda: self.desk.staff_for_sight_check(pin, code=code, line_id=line_id, title=title),
                          lambda staff_id: self._confirmed(line_id, staff_id), self._not_confirmed, owner=self)

    def _confirmed(self, line_id: str, staff_id: str) -> None:
        self.wizard._set_busy(False)
        if self.wizard.step != Step.VERIFY:
            return
        try:
            self.wizard.session.confirm_by_sight(line_id, staff_id)
        except ItemRefused as refused:
            self.page.show_error(error_text(refused))
            return
        self.page.close_sight_check()
        self.page.item_checked(line_id)

    def _not_confirmed(self, error: BaseException) -> None:
        self.wizard._set_busy(False)
        self.page.pin.clear()
        self.page.show_error(error_text(error))

    # --- after the case is saved ----------------------------------------------------------

    def case_saved(self, case: ReturnCase) -> None:
        """Mark the authorisation dropped off here and print the bag label, behind the done page."""
        if case.authorisation_code:
            run_in_background(lambda: self.desk.dropped_off(case), lambda outcome: self._labelled(case, outcome),
                              lambda _error: self._labelled(case, PrintOutcome(problems=("failed",))), owner=self)

    def _labelled(self, case: ReturnCase, outcome: PrintOutcome) -> None:
        """Say on the done page whether the bag label came out (the return is saved either way)."""
        if self.wizard.step != Step.DONE or self.wizard.last_case is None or self.wizard.last_case.id != case.id:
            return
        if outcome.printed:
            self.wizard.show_reprint(True, self.tr("Bag label printed: put it on the bag with the items."))
        elif outcome.problems:
            self.wizard.show_reprint(False, self.tr("The bag label did not print. Please hand the items and "
                                                    "your slip to a member of staff."))
