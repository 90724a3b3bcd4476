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
from zoneinfo import ZoneInfo

from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.services.operations import StaffOperations
from kiosk.services.print_retry import PrintRetrier
from kiosk.services.printing import DocumentPrinter
from kiosk.services.recovery import open_database
from kiosk.services.returns import RefusalSlips, ReturnsDesk
from kiosk.services.staff import StaffDesk, seed_staff_once
from kiosk.services.sync_review import SyncStaffActions
from kiosk.sync.health import SyncHealth
from kiosk.sync.pin_lockouts import CentralLockouts
from kiosk.sync.remote_lookup import RemoteLookup
from kiosk.sync.shopper_history import CentralShopperHistory
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
    #: sends queued prints once their printer is back (started with the sync)
    print_retry: PrintRetrier
    #: staff's returns list, cash drawer, print queue and end-of-day report
    operations: StaffOperations

    def close(self) -> None:
        self.sync.stop(timeout=10)
        self.print_retry.stop(timeout=10)
        self.database.close()


def build_services(settings: Settings, clock: Clock = system_clock, *,
                   system_print: SystemPrint | None = None,
                   wording: Callable[[], Wording] = lambda: ENGLISH,
                   policy_words: Callable[[str], str] = lambda text: text,
                   on_health: Callable[[SyncHealth], None] | None = None,
                   is_offline: Callable[[], bool] | None = None) -> Services:
    """The whole graph over one profile. ``is_offline`` replaces the sync worker's view (tests)."""
    database = open_database(settings)
    uow = UnitOfWork(database)
    if settings.demo:
        from kiosk.services.demo_seed import seed_demo  # the demo generator is not loaded on a real kiosk

        seed_demo(uow, clock())
        settings = with_demo_printer(settings)
    seed_staff_once(uow, settings.profile / "staff.json", now=clock())
    printer = DocumentPrinter(settings, uow, clock, system_print=system_print, wording=wording,
                              policy_words=policy_words)
    sync = SyncWorker(uow, settings, clock, on_health=on_health, printers=printer.printer_health)
    offline = is_offline or (lambda: not sync.online)
    remote = RemoteLookup(uow, settings, clock, online=lambda: sync.online)
    staff = StaffDesk(uow, settings, clock, is_offline=offline,
                      shared_lockouts=CentralLockouts(settings, online=lambda: sync.online))
    desk = ReturnsDesk(uow, settings, clock, printing=printer, staff=staff, remote_lookup=remote.fetch,
                       remote_receipt=remote.fetch_receipt,
                       central_history=CentralShopperHistory(settings, online=lambda: sync.online))
    actions = SyncStaffActions(uow, clock, wake=sync.sync_now)
    retry = PrintRetrier(lambda: printer.queue)
    operations = StaffOperations(uow, settings, clock, printer)
    return Services(settings, database, uow, clock, desk, printer, staff, sync, actions, retry, operations)


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

    from kiosk.ui.i18n import install_language, policy_word, print_wording
    from kiosk.ui.sync_badge import HealthRelay

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Intake")
    install_language(app, settings.language)
    relay = HealthRelay()  # made on the GUI thread, so the worker's reports arrive there
    services = build_services(settings, system_print=_system_print, wording=print_wording, policy_words=policy_word,
                              on_health=relay.publish)
    window = build_window(services, relay, kiosk_mode=not windowed)
    window.show_on_screen()  # kiosk mode: the primary screen's every pixel, window manager or not
    gui = Gui(app, window, services)
    QTimer.singleShot(0, lambda: start_background_work(gui))
    return gui


def build_window(services: Services, relay: HealthRelay, *, kiosk_mode: bool = False) -> KioskWindow:
    """The window with every part it shows and every service it calls; nothing is added later."""
    from kiosk.ui.shell import KioskWindow, SyncView, WindowServices
    from kiosk.ui.sync_badge import SyncBadge

    settings = services.settings
    badge = SyncBadge(services.clock, zone=ZoneInfo(settings.store.timezone))
    badge.follow(relay)
    pairs: tuple[tuple[str, str, str], ...] = ()
    if settings.demo:
        from kiosk.demo import demo_pairs

        pairs = tuple(demo_pairs(services.clock()))
    refusals = RefusalSlips(services.printer, settings.store, services.clock)
    return KioskWindow(WindowServices(services.desk, services.staff, services.printer, refusals,
                                      operations=services.operations),
                       sync=SyncView(badge, lambda: make_sync_screen(services, relay)),
                       on_case_saved=services.sync.wake, demo_pairs=pairs,
                       idle_timeout_ms=settings.idle_timeout_s * 1000, kiosk_mode=kiosk_mode,
                       language=settings.language)


def make_sync_screen(services: Services, relay: HealthRelay) -> QWidget:
    """The staff sync screen over the outbox, following the worker's reports."""
    from kiosk.ui.sync_screen import SyncScreen

    screen = SyncScreen(services.sync_actions, zone=ZoneInfo(services.settings.store.timezone))
    screen.follow(relay)
    return screen


def _system_print(pdf: bytes, queue: str = "", copies: int = 1) -> None:
    """Qt print support, imported only when a system printer is actually used."""
    from kiosk.ui.print_preview import print_pdf_to_system_printer

    print_pdf_to_system_printer(pdf, queue, copies)


#: How often the running kiosk looks whether a backup or a privacy purge is due.
HOUSEKEEPING_MS = 60 * 60 * 1000


def start_background_work(gui: Gui) -> None:
    """After the first paint: systemd is told we are up, then sync, printers and housekeeping start."""
    from PySide6.QtCore import QTimer

    from kiosk.services.watchdog import SystemdNotifier
    from kiosk.ui.background import run_in_background
    from kiosk.ui.watchdog_pings import start_watchdog_pings

    services = gui.services
    start_watchdog_pings(SystemdNotifier(), gui.window)
    services.sync.start()
    services.print_retry.start()  # also resumes prints a crash or power cut interrupted
    run_in_background(services.printer.warm_up, _ignore, lambda error: log.warning("printers: %s", error))
    housekeeping = QTimer(gui.window)  # a kiosk that is never restarted still backs up and purges
    housekeeping.setInterval(HOUSEKEEPING_MS)
    housekeeping.timeout.connect(lambda: run_in_background(lambda: keep_house(services), _ignore, _housekeeping_failed))
    housekeeping.start()
    run_in_background(lambda: keep_house(services), _ignore, _housekeeping_failed)


def keep_house(services: Services) -> None:
    """The periodic work of an unattended kiosk: a backup when one is due, then the privacy purge."""
    from kiosk.services.privacy import purge_shopper_data
    from kiosk.services.recovery import back_up_if_due

    back_up_if_due(services.settings, services.clock())
    purge_shopper_data(services.uow, now=services.clock(), documents_dir=services.settings.documents_dir)


def _housekeeping_failed(error: BaseException) -> None:
    log.warning("backup or privacy purge failed (tried again within the hour): %s", error)


def _ignore(_result: object) -> None:
    """Background start-up work reports only its failures."""


def run_gui(settings: Settings, *, windowed: bool = True) -> int:
    """The kiosk until its window closes: one per profile, and a plain screen when it cannot run."""
    from PySide6.QtWidgets import QApplication

    from kiosk.services.instance_lock import InstanceLock

    lock = InstanceLock(settings.profile).acquire(system_clock())  # AlreadyRunning: the CLI names the other
    try:
        shown = open_kiosk(settings, windowed=windowed)
        try:
            status = int(QApplication.exec())
        finally:
            if isinstance(shown, Gui):
                shown.close()
        return status if isinstance(shown, Gui) else 1
    finally:
        lock.release()


def open_kiosk(settings: Settings, *, windowed: bool) -> Gui | QWidget:
    """The kiosk's window, or the out-of-service screen when its database must not be used."""
    from kiosk.workflow.errors import StorageError

    try:
        return show_gui(settings, windowed=windowed)
    except StorageError as error:
        log.error("%s", error)
        return show_out_of_service(str(error), windowed=windowed)


def show_out_of_service(detail: str, *, windowed: bool) -> QWidget:
    """The damaged-database refusal on screen, for a kiosk nobody watches from a terminal."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.out_of_service import OutOfServiceScreen
    from kiosk.ui.screen_fit import place_on_screen

    if QApplication.instance() is None:
        QApplication(sys.argv)
    screen = OutOfServiceScreen(detail)
    screen.resize(1024, 768)
    place_on_screen(screen, kiosk_mode=not windowed)
    return screen
