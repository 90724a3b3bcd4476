"""The composition root: settings -> database -> services -> window.

Nothing else constructs services; tests build the same graph through ``build_services``
with their own profile folder and clock. The window is built whole (``build_window``): every
service it calls and every sync widget it shows go into its constructor, and nothing is
attached to it afterwards; once it is on screen, things are only started.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.services.printing import DocumentPrinter
from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import StaffDesk, seed_staff_once
from kiosk.services.sync_review import SyncStaffActions
from kiosk.sync.health import SyncHealth
from kiosk.sync.remote_lookup import RemoteLookup
from kiosk.sync.worker import SyncWorker
from kiosk.workflow.clock import Clock, system_clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.printing.printers import SystemPrint  # the printing stack loads on first print
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.sync_badge import HealthRelay

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Every service of one profile, built with all its collaborators; nothing is set later."""

    settings: Settings
    database: Database
    uow: UnitOfWork
    clock: Clock
    desk: ReturnsDesk
    printer: DocumentPrinter
    staff: StaffDesk
    #: the background sync (built here, started by the GUI once the window is up)
    sync: SyncWorker
    sync_actions: SyncStaffActions

    def close(self) -> None:
        self.sync.stop(timeout=10)
        self.database.close()


def build_services(settings: Settings, clock: Clock = system_clock, *,
                   system_print: SystemPrint | None = None,
                   wording: Callable[[], Wording] = lambda: ENGLISH,
                   on_health: Callable[[SyncHealth], None] | None = None,
                   is_offline: Callable[[], bool] | None = None) -> Services:
    """The whole graph over one profile. ``is_offline`` replaces the sync worker's view (tests)."""
    database = Database(settings.database_path).open()
    uow = UnitOfWork(database)
    if settings.demo:
        from kiosk.services.demo_seed import seed_demo  # the demo generator is not loaded on a real kiosk

        seed_demo(uow, clock())
        settings = with_demo_printer(settings)
    seed_staff_once(uow, settings.profile / "staff.json", now=clock())
    sync = SyncWorker(uow, settings, clock, on_health=on_health)
    offline = is_offline or (lambda: not sync.online)
    remote = RemoteLookup(uow, settings, clock, online=lambda: sync.online)
    printer = DocumentPrinter(settings, uow, clock, system_print=system_print, wording=wording)
    staff = StaffDesk(uow, settings, clock, is_offline=offline)
    desk = ReturnsDesk(uow, settings, clock, printing=printer, staff=staff, remote_lookup=remote.fetch)
    actions = SyncStaffActions(uow, clock, wake=sync.sync_now)
    return Services(settings, database, uow, clock, desk, printer, staff, sync, actions)


def with_demo_printer(settings: Settings) -> Settings:
    """Demo mode prints to a file in the profile (ESC/POS bytes) when no printer is set."""
    if settings.printers:
        return settings
    receipts = settings.profile / "printer-output.bin"
    demo = {"demo-receipt": {"kind": "file", "path": str(receipts), "paper_width_mm": 80,
                             "documents": ["slip", "store_copy"]}}
    return replace(settings, printers=demo)


@dataclass
class Gui:
    app: QApplication
    window: KioskWindow
    services: Services

    def close(self) -> None:
        self.services.close()


def show_gui(settings: Settings, *, windowed: bool = True) -> Gui:
    """Open the database, build the window whole and show the attract screen; sync and printers start just after."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.i18n import install_language, print_wording
    from kiosk.ui.sync_badge import HealthRelay

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Intake")
    install_language(app, settings.language)
    relay = HealthRelay()  # made on the GUI thread, so the worker's reports arrive there
    services = build_services(settings, system_print=_system_print, wording=print_wording, on_health=relay.publish)
    window = build_window(services, relay, kiosk_mode=not windowed)
    if windowed:
        window.show()
    else:
        window.showFullScreen()
    gui = Gui(app, window, services)
    QTimer.singleShot(0, lambda: start_background_work(gui))
    return gui


def build_window(services: Services, relay: HealthRelay, *, kiosk_mode: bool = False) -> KioskWindow:
    """The window with every part it shows and every service it calls; nothing is added later."""
    from kiosk.ui.shell import KioskWindow, SyncView, WindowServices
    from kiosk.ui.sync_badge import SyncBadge

    settings = services.settings
    badge = SyncBadge(services.clock)
    badge.follow(relay)
    pairs: tuple[tuple[str, str, str], ...] = ()
    if settings.demo:
        from kiosk.demo import demo_pairs

        pairs = tuple(demo_pairs(services.clock()))
    return KioskWindow(WindowServices(services.desk, services.staff, services.printer),
                       sync=SyncView(badge, lambda: make_sync_screen(services, relay)),
                       on_case_saved=services.sync.wake, demo_pairs=pairs,
                       idle_timeout_ms=settings.idle_timeout_s * 1000, kiosk_mode=kiosk_mode,
                       language=settings.language)


def make_sync_screen(services: Services, relay: HealthRelay) -> QWidget:
    """The staff sync screen over the outbox, following the worker's reports."""
    from kiosk.ui.sync_screen import SyncScreen

    screen = SyncScreen(services.sync_actions)
    screen.follow(relay)
    return screen


def _system_print(pdf: bytes, queue: str = "", copies: int = 1) -> None:
    """Qt print support, imported only when a system printer is actually used."""
    from kiosk.ui.print_preview import print_pdf_to_system_printer

    print_pdf_to_system_printer(pdf, queue, copies)


def start_background_work(gui: Gui) -> None:
    """After the first paint: the sync worker, printer warm-up, the PII purge."""
    from kiosk.services.privacy import purge_shopper_data
    from kiosk.ui.background import run_in_background

    services = gui.services
    services.sync.start()
    run_in_background(services.printer.warm_up, _ignore, lambda error: log.warning("printers: %s", error))
    run_in_background(lambda: purge_shopper_data(services.uow, now=services.clock(),
                                                  documents_dir=services.settings.documents_dir),
                      _ignore, lambda error: log.warning("privacy purge: %s", error))


def _ignore(_result: object) -> None:
    """Background start-up work reports only its failures."""


def run_gui(settings: Settings, *, windowed: bool = True) -> int:
    gui = show_gui(settings, windowed=windowed)
    try:
        return int(gui.app.exec())
    finally:
        gui.close()
