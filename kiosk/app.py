"""The composition root: settings -> database -> services -> window.

Nothing else constructs services; tests build the same graph through ``build_services``
with their own profile folder and clock.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, replace
from typing import Any, Callable

from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.services.printing import DocumentPrinter, SystemPrint
from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import StaffDesk, seed_staff_once
from kiosk.workflow.clock import Clock, system_clock

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    database: Database
    desk: ReturnsDesk
    printer: DocumentPrinter
    staff: StaffDesk

    def close(self) -> None:
        self.database.close()


def build_services(settings: Settings, clock: Clock = system_clock, *,
                   system_print: SystemPrint | None = None,
                   is_offline: Callable[[], bool] = lambda: False) -> Services:
    database = Database(settings.database_path).open()
    if settings.demo:
        from kiosk.services.demo_seed import seed_demo  # the demo generator is not loaded on a real kiosk

        seed_demo(database, clock())
        settings = with_demo_printer(settings)
    seed_staff_once(database, settings.profile / "staff.json", now=clock())
    printer = DocumentPrinter(settings, database, clock, system_print)
    staff = StaffDesk(database, settings, clock, is_offline=is_offline)
    desk = ReturnsDesk(database, settings, clock, printing=printer, staff=staff)
    return Services(settings, database, desk, printer, staff)


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
    app: Any
    window: Any
    services: Services
    worker: Any = None

    def close(self) -> None:
        if self.worker is not None:
            self.worker.stop(timeout=10)
        self.services.close()


def show_gui(settings: Settings, *, windowed: bool = True) -> Gui:
    """Open the database and show the attract screen; sync and printers start just after."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.i18n import install_language
    from kiosk.ui.window import KioskWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Intake")
    install_language(app, settings.language)
    services = build_services(settings, system_print=_system_print)
    pairs: tuple[tuple[str, str, str], ...] = ()
    if settings.demo:
        from kiosk.demo import demo_pairs

        pairs = tuple(demo_pairs(services.desk.clock()))
    window = KioskWindow(services.desk, demo_pairs=pairs, idle_timeout_ms=settings.idle_timeout_s * 1000,
                         kiosk_mode=not windowed, language=settings.language)
    if windowed:
        window.show()
    else:
        window.showFullScreen()
    gui = Gui(app, window, services)
    QTimer.singleShot(0, lambda: start_background_work(gui))
    return gui


def _system_print(pdf: bytes, queue: str = "", copies: int = 1) -> None:
    """Qt print support, imported only when a system printer is actually used."""
    from kiosk.ui.print_preview import print_pdf_to_system_printer

    print_pdf_to_system_printer(pdf, queue, copies)


def start_background_work(gui: Gui) -> None:
    """After the first paint: the sync worker and its badge, printer warm-up, the PII purge."""
    from kiosk.services.privacy import purge_shopper_data
    from kiosk.sync.remote_lookup import RemoteLookup
    from kiosk.services.sync_review import SyncStaffActions
    from kiosk.sync.worker import SyncWorker
    from kiosk.ui.background import run_in_background
    from kiosk.ui.sync_badge import HealthRelay, SyncBadge
    from kiosk.ui.sync_screen import SyncScreen

    services, window = gui.services, gui.window
    relay = HealthRelay()  # made on the GUI thread, so the worker's reports arrive there
    worker = SyncWorker(services.database, services.settings, services.desk.clock, on_health=relay.publish)
    services.staff.is_offline = lambda: not worker.online
    services.desk.remote_lookup = RemoteLookup(services.database, services.settings, services.desk.clock,
                                               online=lambda: worker.online).fetch
    badge = SyncBadge(services.desk.clock)
    badge.follow(relay)
    window.header_layout.insertWidget(1, badge)
    window.case_saved.connect(worker.wake)
    window.sync_screen = SyncScreen(SyncStaffActions(services.database, services.desk.clock, wake=worker.sync_now))
    window.sync_screen.follow(relay)
    gui.worker = worker
    worker.start()
    run_in_background(services.printer.warm_up, lambda _: None, lambda error: log.warning("printers: %s", error))
    run_in_background(lambda: purge_shopper_data(services.database, now=system_clock(),
                                                  documents_dir=services.settings.documents_dir),
                      lambda _: None,
                      lambda error: log.warning("privacy purge: %s", error))


def run_gui(settings: Settings, *, windowed: bool = True) -> int:
    gui = show_gui(settings, windowed=windowed)
    try:
        return gui.app.exec()
    finally:
        gui.close()
