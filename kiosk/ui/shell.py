"""The kiosk's window: the frame a person sees and touches around the wizard's pages.

The shell lays out the header, the idle banner, the pages and the footer, and keeps what
belongs to the whole screen rather than to a return: the language, the theme and text
size, the idle timeout, the barcode scanner, kiosk mode, and the one dialog open at a time.
The return flow itself is the wizard controller's (kiosk.ui.wizard_controller) and
everything staff-only the staff-mode controller's (kiosk.ui.staff_controller); the shell
builds both from the services it is given and wires them to what it shows.

Everything the window needs comes into its constructor from the composition root
(kiosk.app), services and sync widgets alike; nothing is attached to it afterwards.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import StaffDesk
from kiosk.ui.appearance import stylesheet
from kiosk.ui.background import run_in_background
from kiosk.ui.chrome import Footer, Header
from kiosk.ui.i18n import install_translation, read_translation
from kiosk.ui.idle import IdleBanner, IdleWatcher
from kiosk.ui.pages.wizard_pages import build_pages
from kiosk.ui.scanner import ScannerFilter
from kiosk.ui.staff_controller import Reprinter, StaffModeController
from kiosk.ui.wizard_controller import WizardController
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.wizard import Step

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowServices:
    """The services the window's controllers call (always off the GUI thread).

    Without staff services there is no staff mode; without a printer, no reprint.
    """

    desk: ReturnsDesk
    staff: StaffDesk | None = None
    printer: Reprinter | None = None


@dataclass(frozen=True)
class SyncView:
    """The sync badge for the header, and how to make the staff sync screen, both following the
    sync worker's reports (kiosk.ui.sync_badge.HealthRelay).

    The screen is made when staff first open it: shoppers never see it, so the attract
    screen does not wait for it.
    """

    badge: QWidget
    make_screen: Callable[[], QWidget]


class KioskWindow(QMainWindow):
    # a language is on screen now (its code), after ``switch_language``
    language_changed = Signal(str)

    def __init__(self, services: WindowServices, *, sync: SyncView | None = None,
                 on_case_saved: Callable[[ReturnCase], None] | None = None,
                 demo_pairs: Sequence[tuple[str, str, str]] = (), idle_timeout_ms: int = 90_000,
                 idle_countdown_s: int = 20, done_reset_ms: int = 30_000, kiosk_mode: bool = False,
                 language: str = "en") -> None:
        super().__init__()
        self.kiosk_mode = kiosk_mode
        self.language = language
        self.theme = "default"
        self.large_text = False
        self.active_dialog: QDialog | None = None
        self.pages = build_pages(demo_pairs, offers_sync=sync is not None)
        self.header = Header(sync.badge if sync is not None else None)
        self.footer = Footer()
        self.idle_banner = IdleBanner()
        self.stack = QStackedWidget()
        self._lay_out()
        self.wizard = WizardController(services.desk, self.pages, self.stack, self.header, self.footer,
                                       window=self, done_reset_ms=done_reset_ms)
        self.staff_mode = StaffModeController(services.staff, services.desk, services.printer, self.wizard,
                                              self.pages, self.header, window=self, open_dialog=self.open_dialog,
                                              make_sync_screen=sync.make_screen if sync is not None else None)
        self.idle = IdleWatcher(idle_timeout_ms, idle_countdown_s, self)
        self.scanner = ScannerFilter(self)
        self._connect(on_case_saved)
        self._watch_input()
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.header.show_language(language)
        self.apply_appearance()
        self.wizard.show_step()
        self.wizard.load_policy()

    # --- construction ---------------------------------------------------------------------

    def _lay_out(self) -> None:
        self.setWindowTitle(self.tr("Intake returns"))
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.idle_banner)
        for page in self.pages.values():
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        self.setCentralWidget(root)
        self.resize(1024, 768)

    def _connect(self, on_case_saved: Callable[[ReturnCase], None] | None) -> None:
        self.header.language_chosen.connect(self.switch_language)
        self.pages.welcome.high_contrast_changed.connect(self._contrast_toggled)
        self.pages.welcome.large_text_changed.connect(self._large_text_toggled)
        self.idle.warn.connect(self.idle_banner.warn)
        self.idle.tick.connect(self.idle_banner.warn)
        self.idle.resumed.connect(self.idle_banner.dismiss)
        self.idle.expired.connect(self.idle_reset)
        self.idle_banner.still_here.clicked.connect(self._still_here)
        self.wizard.step_shown.connect(self._watch_idle)
        self.wizard.reset.connect(self.idle_banner.dismiss)
        self.scanner.scanned.connect(self.wizard.handle_scan)
        if on_case_saved is not None:
            self.wizard.case_saved.connect(on_case_saved)

    def _watch_input(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        app.installEventFilter(self.idle)

    # --- dialogs --------------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking, so the idle timer and the tests keep running."""
        self.active_dialog = dialog
        dialog.finished.connect(lambda _=0: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    # --- idle -----------------------------------------------------------------------------

    def _watch_idle(self, step: Step) -> None:
        """The attract screen has nothing to protect, unless staff are signed in."""
        if step == Step.WELCOME and not self.staff_mode.signed_in:
            self.idle.disarm()
        else:
            self.idle.arm()

    def _still_here(self) -> None:
        self.idle_banner.dismiss()
        self.idle.arm()

    def idle_reset(self) -> None:
        """Nobody touched the kiosk: close any dialog, leave staff mode, wipe the shopper."""
        if self.active_dialog is not None:
            self.active_dialog.reject()
        if self.staff_mode.signed_in:
            self.staff_mode.sign_out()
        self.wizard.cancel()

    # --- language and appearance ----------------------------------------------------------

    def switch_language(self, code: str) -> None:
        """Show every screen in another language without losing the shopper's progress.

        The translation is read off the GUI thread and installed when it is there;
        ``language_changed`` says when.
        """
        self.header.show_language(self.language)  # until the new one is in
        run_in_background(lambda: read_translation(code), lambda compiled: self._install_language(code, compiled),
                          lambda error: log.warning("translation %s: %s", code, error), owner=self)

    def _install_language(self, code: str, compiled: bytes | None) -> None:
        app = QApplication.instance()
        assert app is not None
        if compiled is None or not install_translation(app, code, compiled):
            log.warning("no translation for %s", code)
            return
        self.wizard.stash()
        self.language = code
        for page in self.pages.values():
            page.retranslate()
        self.header.retranslate()
        self.idle_banner.retranslate()
        self.header.show_language(code)
        self.wizard.show_step()
        self.language_changed.emit(code)

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
        if self.kiosk_mode and not self.staff_mode.signed_in:
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
            app.removeEventFilter(self.idle)
        self.idle.disarm()
        self.wizard.stop()
        event.accept()
