"""Starting the window on a damaged database shows a plain out-of-service screen, not a crash;
housekeeping backs up what only the kiosk holds."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.app import keep_house, open_kiosk
from kiosk.config import Settings
from kiosk.db.backups import newest_backup, write_backup
from kiosk.services.recovery import open_database
from kiosk.sync.credentials import credentials_path
from tests.conftest import NOW


def test_a_damaged_database_shows_the_out_of_service_screen_naming_the_backup(qapp: QApplication,
                                                                             demo_settings: Settings) -> None:
    open_database(demo_settings).close()
    copy = write_backup(demo_settings.database_path, demo_settings.profile, NOW)
    credentials_path(demo_settings.profile).write_text("{}", encoding="utf-8")
    demo_settings.database_path.write_bytes(b"")

    shown = open_kiosk(demo_settings, windowed=True)
    try:
        assert isinstance(shown, QWidget) and shown.objectName() == "outOfService" and shown.isVisible()
        text = " ".join(label.text() for label in shown.findChildren(QLabel))
        assert "Returns are not available at this kiosk right now" in text
        assert copy.name in text and "kiosk recover" in text
    finally:
        shown.close()


def test_housekeeping_makes_a_backup_when_one_is_due(services) -> None:  # noqa: ANN001
    assert newest_backup(services.settings.profile) is None
    keep_house(services)
    first = newest_backup(services.settings.profile)
    assert first is not None
    keep_house(services)  # the same moment: not due again
    assert newest_backup(services.settings.profile) == first
