"""Driving the real kiosk window in tests: find controls the way a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.ui.shell import KioskWindow, WindowServices


def open_window(qtbot, services: WindowServices, **options) -> KioskWindow:  # noqa: ANN001, ANN003
    """The real window, shown, once its first policy is read (off the GUI thread) and a shopper can start."""
    window = KioskWindow(services, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.wizard.ready, timeout=10_000)
    return window


def switch_language(qtbot, window: KioskWindow, code: str) -> None:  # noqa: ANN001
    """Tap a language and wait until its translation (read off the GUI thread) is on screen."""
    with qtbot.waitSignal(window.language_changed, timeout=10_000, raising=False):
        window.switch_language(code)
    assert window.language == code, f"no compiled translation for {code}"


def visible_button(root: QWidget, accessible_name: str) -> QAbstractButton:
    QApplication.processEvents()
    matches = [b for b in root.findChildren(QAbstractButton) if b.accessibleName() == accessible_name and b.isVisible()]
    assert matches, f"no visible control named {accessible_name!r}"
    return matches[0]


def tap(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_named(qtbot, window: KioskWindow, accessible_name: str) -> None:  # noqa: ANN001
    tap(qtbot, visible_button(window, accessible_name))


def type_on_screen(qtbot, window: KioskWindow, text: str) -> None:  # noqa: ANN001
    """Type with the on-screen keyboard's keys only."""
    keyboard = window.pages.find_order.keyboard
    for char in text:
        key = next((k for k in keyboard.keys if k.text() == char), None)
        assert key is not None, f"no key for {char!r}"
        tap(qtbot, key)


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from the widget tree."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        texts.append(widget.accessibleName())
        if isinstance(widget, (QLabel, QLineEdit, QPushButton)):
            texts.append(widget.text())
    return [t for t in texts if t]
