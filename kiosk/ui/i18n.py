"""Installing the shopper's language: compiled Qt translations from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.printing.wording import Wording
from kiosk.resources import resource

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
#: The locale each language formats dates and numbers with
LOCALES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, code: str) -> bool:
    """Switch every later ``tr`` call, and date formats, to ``code``; English needs no file.

    False (and nothing changed) when the language's compiled file is missing. Codes outside
    LANGUAGES (the pseudo-locale used to test layouts) format dates as US English.
    """
    translator = None
    if code != "en":
        translator = QTranslator(app)
        if not translator.load(str(resource("translations", f"intake_{code}.qm"))):
            return False
    for installed in _installed:
        app.removeTranslator(installed)
    _installed.clear()
    if translator is not None:
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES.get(code, "en_US")))
    return True


def print_wording() -> Wording:
    """The words of printed documents in the language now on screen (Qt's installed translator)."""
    return Wording(translate=lambda text: QCoreApplication.translate("Printing", text))
