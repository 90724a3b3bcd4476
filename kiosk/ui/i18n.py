"""Installing the shopper's language: compiled Qt translations from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.resources import resource

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, code: str) -> bool:
    """Switch every later ``tr`` call to ``code``; English needs no file. False if missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource("translations", f"intake_{code}.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
