"""Installing the shopper's language: compiled Qt translations from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.printing.wording import Wording
from kiosk.resources import resource

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
#: The locale each language formats dates and numbers with
LOCALES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR"}
#: the installed translator and the compiled bytes it reads in place (Qt does not copy them)
_installed: list[tuple[QTranslator, bytes]] = []


def read_translation(code: str) -> bytes | None:
    """The compiled translation of ``code`` from disk (a file read: not on the GUI thread once
    the window is up), and None when there is no file.

    English is the source language: its file only holds plural forms ("1 second", "2 seconds"),
    so without it (empty bytes) English still shows, with the source's plural everywhere.
    """
    try:
        return resource("translations", f"intake_{code}.qm").read_bytes()
    except OSError:
        return b"" if code == "en" else None


def install_translation(app: QCoreApplication, code: str, compiled: bytes) -> bool:
    """Switch every later ``tr`` call, and date formats, to ``code`` (``compiled`` from ``read_translation``).

    False (and nothing changed) when the bytes are not a translation. Codes outside LANGUAGES
    (the pseudo-locale used to test layouts) format dates as US English.
    """
    translator = None
    if compiled:
        translator = QTranslator(app)
        if not translator.load(compiled):
            return False
    for installed, _ in _installed:
        app.removeTranslator(installed)
    _installed.clear()
    if translator is not None:
        app.installTranslator(translator)
        _installed.append((translator, compiled))
    QLocale.setDefault(QLocale(LOCALES.get(code, "en_US")))
    return True


def install_language(app: QCoreApplication, code: str) -> bool:
    """Read and install ``code`` at once (at start, before the window exists); False if missing."""
    compiled = read_translation(code)
    return compiled is not None and install_translation(app, code, compiled)


def print_wording() -> Wording:
    """The words of printed documents in the language now on screen (Qt's installed translator)."""
    return Wording(translate=lambda text: QCoreApplication.translate("Printing", text),
                   language=lambda: QLocale().name()[:2])


def policy_word(text: str) -> str:
    """A word of the policy document (a reason or condition label) in the language now on screen."""
    return QCoreApplication.translate("Policy", text)
