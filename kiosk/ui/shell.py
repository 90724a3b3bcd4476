"""The kiosk's window: the frame a person sees and touches around the wizard's pages.

The shell lays out the header, the staff band, the stepper, the pages, the footer and the
docked keyboard, and keeps what belongs to the whole screen rather than to a return: the
language, the theme, text size and screen scale, the idle timeout, the barcode scanner,
kiosk mode, the one dialog open at a time (a panel over a dimmed backdrop), and the
hand-over between shoppers: when a session ends every dialog closes and the language,
contrast and text size go back to the kiosk's defaults.

The return flow itself is the wizard controller's (kiosk.ui.wizard_controller) and
everything staff-only the staff-mode controller's (kiosk.ui.staff_controller); the shell
builds both from the services it is given and wires them to what it shows. Everything the
window needs comes into its constructor from the composition root (kiosk.app); nothing is
attached to it afterwards.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.services.operations import StaffOperations
from kiosk.services.returns import RefusalSlips, ReturnsDesk
from kiosk.services.staff import StaffDesk
from kiosk.ui.appearance import Look, look_stylesheet, scaled_px, screen_scale
from kiosk.ui.background import run_in_background
from kiosk.ui.brand_mark import LOGO_PX
from kiosk.ui.chrome import Footer, Header, StaffBand
from kiosk.ui.i18n import install_translation, read_translation
from kiosk.ui.idle import IdleCover, IdleWatcher
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.keyboard_dock import KeyboardDock
from kiosk.ui.overlay import Backdrop
from kiosk.ui.pages.base import COLUMN_PX, label
from kiosk.ui.pages.wizard_pages import build_pages
from kiosk.ui.scanner import ScannerFilter
from kiosk.ui.screen_fit import place_on_screen
from kiosk.ui.staff_controller import Reprinter, StaffModeController
from kiosk.ui.stepper import Stepper
from kiosk.ui.wizard_controller import WizardController
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.wizard import SHOPPER_STEPS, Step

log = logging.getLogger(__name__)

#: the keyboard's widest, in the theme's reference pixels (wider keys only slow a finger down)
KEYBOARD_PX = 1100
#: a key's height in the theme's reference pixels; a portrait screen has room for taller keys
KEY_PX, PORTRAIT_KEYS = 70, 1.3
#: the most of the window's height the keyboard may take (six rows of keys at most)
KEYBOARD_SHARE = 0.42


@dataclass(frozen=True)
class WindowServices:
    """The services the window's controllers call (always off the GUI thread).

    Without staff services there is no staff mode; without a printer, no reprint; without
    refusal slips, nothing to print when no item can be returned.
    """

    desk: ReturnsDesk
    staff: StaffDesk | None = None
    printer: Reprinter | None = None
    refusals: RefusalSlips | None = None
    #: the returns list, print queue, end-of-day report and cash drawer of staff mode
    operations: StaffOperations | None = None


@dataclass(frozen=True)
class SyncView:
    """The sync badge for the staff band, and how to make the staff sync screen, both following
    the sync worker's reports (kiosk.ui.sync_badge.HealthRelay).

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
        settings = services.desk.settings
        self.kiosk_mode = kiosk_mode
        self.default_language = self.language = language
        self.theme = "default"
        self.large_text = False
        self.primary = settings.brand.primary_colour
        self._look: Look | None = None
        self.active_dialog: QDialog | None = None
        self.pages = build_pages(demo_pairs)
        self.header = Header(settings.shown_name, settings.brand.logo)
        self.staff_band = StaffBand(sync.badge if sync is not None else None, offers_sync=sync is not None)
        self.call_band = label("", "callBand")
        self.call_band.setAccessibleName("staff called")
        self.call_band.hide()
        self.stepper = Stepper()
        self.footer = Footer()
        self.keyboard = OnScreenKeyboard()
        self.stack = QStackedWidget()
        self._lay_out()
        self.backdrop = Backdrop(self.root)
        self.idle_cover = IdleCover(self.root)
        self.dock = KeyboardDock(self.keyboard, self, keep_for=(self.footer, self.header, self.keyboard))
        self.wizard = WizardController(services.desk, self.pages, self.stack, self.stepper, self.footer,
                                       window=self, open_dialog=self.open_dialog, refusals=services.refusals,
                                       done_reset_ms=done_reset_ms)
        self.staff_mode = StaffModeController(services.staff, services.desk, services.printer, self.wizard,
                                              self.pages, self.staff_band, window=self, open_dialog=self.open_dialog,
                                              make_sync_screen=sync.make_screen if sync is not None else None,
                                              operations=services.operations)
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
        self.root = QWidget()
        self.root.setObjectName("window")
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for band in (self.header, self.staff_band, self.call_band, self.stepper):
            layout.addWidget(band)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.stack.setMinimumHeight(1)  # the pages scroll: the window never grows past its screen for them
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        layout.addWidget(self.keyboard)
        self.setCentralWidget(self.root)
        self.resize(1024, 768)

    def _connect(self, on_case_saved: Callable[[ReturnCase], None] | None) -> None:
        self.header.language_chosen.connect(self.switch_language)
        self.header.high_contrast_changed.connect(self._contrast_toggled)
        self.header.large_text_changed.connect(self._large_text_toggled)
        self.header.brand.held.connect(self.staff_mode.toggle)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.staff_mode.toggle)  # a counter PC's keyboard
        self.idle.warn.connect(self.idle_cover.warn)
        self.idle.tick.connect(self.idle_cover.warn)
        self.idle.resumed.connect(self.idle_cover.dismiss)
        self.idle.expired.connect(self.idle_reset)
        self.idle_cover.still_here.clicked.connect(self._still_here)
        self.idle_cover.start_over.connect(self._start_over)
        self.dock.shown_changed.connect(self._keyboard_shown)
        self.wizard.step_shown.connect(self._step_shown)
        self.wizard.reset.connect(self.end_session)
        self.wizard.staff_called.connect(self.call_staff)
        self.staff_mode.changed.connect(self._staff_changed)
        self.scanner.scanned.connect(self.wizard.handle_scan)
        if on_case_saved is not None:
            self.wizard.case_saved.connect(on_case_saved)

    def _watch_input(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        app.installEventFilter(self.idle)

    def show_on_screen(self) -> None:
        """Fill the primary screen (kiosk mode) or fit the screen it is on (a window)."""
        place_on_screen(self, kiosk_mode=self.kiosk_mode)

    # --- dialogs --------------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        """A panel over the dimmed window, non-blocking, so the idle timer and the tests keep running."""
        if self.active_dialog is not None:
            self.active_dialog.reject()
        self.active_dialog = dialog
        dialog.finished.connect(lambda _=0: self._dialog_closed(dialog))
        self.backdrop.show_dialog(dialog)
        self._fit_overlays()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.setParent(None)  # out of the widget tree now, whatever it showed
        dialog.deleteLater()

    def close_dialogs(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.reject()

    # --- screen size ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.apply_appearance()
        self._fit_overlays()

    def _keyboard_shown(self, shown: bool) -> None:
        """Typing needs the room: the stepper steps aside while the keyboard is up."""
        self.stepper.setVisible(not shown and self.wizard.step in SHOPPER_STEPS)
        self._fit_overlays()

    def _fit_overlays(self) -> None:
        area = self.root.rect()
        if self.dock.showing:
            area = QRect(area.x(), area.y(), area.width(), area.height() - self.keyboard.sizeHint().height())
        self.backdrop.cover(area)
        if self.idle_cover.isVisible():
            self.idle_cover.setGeometry(self.root.rect())

    @property
    def scale(self) -> float:
        return screen_scale(self.width(), self.height())

    # --- the end of a session: the hand-over to the next shopper --------------------------

    def end_session(self) -> None:
        """The shopper finished, cancelled or walked away: nothing of theirs stays on screen,
        and the next one gets the kiosk as it starts (language, contrast, text size)."""
        self.close_dialogs()
        self.dock.close()
        self.idle_cover.dismiss()
        self.call_band.hide()
        self.header.reset_settings()
        if self.language != self.default_language:
            self.switch_language(self.default_language)

    def call_staff(self) -> None:
        """A shopper asked for help: a band the counter can see from afar, until staff come."""
        self.call_band.setText(self.tr("Staff have been called and will be with you shortly."))
        self.call_band.show()
        log.info("a shopper called for staff")

    def _staff_changed(self, signed_in: bool) -> None:
        if signed_in:
            self.call_band.hide()  # someone came
        self._watch_idle(self.wizard.step)

    # --- idle -----------------------------------------------------------------------------

    def _step_shown(self, step: Step) -> None:
        self.dock.sync(self.focusWidget())  # the keyboard follows the focus onto the new page, or goes
        self.stepper.setVisible(step in SHOPPER_STEPS and not self.dock.showing)
        self.stepper.show_step(step)
        self._watch_idle(step)

    def _watch_idle(self, step: Step) -> None:
        """The attract screen has nothing to protect, unless staff are signed in."""
        if step == Step.WELCOME and not self.staff_mode.signed_in:
            self.idle.disarm()
        else:
            self.idle.arm()

    def _still_here(self) -> None:
        self.idle_cover.dismiss()
        self.idle.arm()

    def _start_over(self) -> None:
        self.idle_cover.dismiss()
        self.wizard.cancel()

    def idle_reset(self) -> None:
        """Nobody touched the kiosk: close any dialog, leave staff mode, wipe the shopper."""
        self.close_dialogs()
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
        for part in (self.header, self.staff_band, self.stepper, self.idle_cover, self.keyboard):
            part.retranslate()
        if not self.call_band.isHidden():
            self.call_staff()
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
        """Style the window for its theme, text size, brand and the size of its screen.

        A new style sheet re-polishes every widget, so it is set only when something changed.
        """
        scale = self.scale
        look = Look(self.theme, self.large_text, round(scale, 2), self.primary)
        if look != self._look:
            self._look = look
            self.setStyleSheet(look_stylesheet(look))
        column = max(scaled_px(COLUMN_PX, scale), min(self.width() - 40, 980))
        for page in self.pages.values():
            page.set_column_width(column)
            page.rescale(scale)
        self.keyboard.set_max_width(scaled_px(KEYBOARD_PX, scale))
        self.keyboard.set_key_height(self._key_height(scale))
        self.header.brand.load_logo(scaled_px(LOGO_PX, scale))

    def _key_height(self, scale: float) -> float:
        """Taller keys on a portrait kiosk; on a short screen the keyboard keeps to ~40 % of it."""
        wanted = scaled_px(KEY_PX, scale) * (PORTRAIT_KEYS if self.height() > self.width() else 1)
        return min(wanted, (self.height() * KEYBOARD_SHARE - 60) / 6)

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
