"""Driving the real kiosk window in tests: find controls the way a person would, tap them where
they are on screen, drag lists with a finger, type on the on-screen keyboard, count the taps."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScroller,
    QWidget,
)

from kiosk.ui.i18n import install_language
from kiosk.ui.shell import KioskWindow, WindowServices


def open_window(qtbot, services: WindowServices, *, size: tuple[int, int] | None = None,  # noqa: ANN001
                **options) -> KioskWindow:  # noqa: ANN003
    """The real window, shown, once its first policy is read (off the GUI thread) and a shopper can start.

    Its language is installed first, as the composition root does (English holds the plural forms).
    """
    install_language(QApplication.instance(), options.get("language", "en"))
    window = KioskWindow(services, **options)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # as a touch screen does on the first tap: focus moves (and the keyboard with it)
    qtbot.waitActive(window)
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


def type_on_screen(qtbot, window: KioskWindow, text: str) -> int:  # noqa: ANN001
    """Type with the on-screen keyboard's keys only; returns the keys tapped."""
    finger = Finger(qtbot, window)
    finger.type(text)
    return finger.taps


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from the widget tree."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        texts.append(widget.accessibleName())
        if isinstance(widget, (QLabel, QLineEdit, QPushButton)):
            texts.append(widget.text())
    return [t for t in texts if t]


class Finger:
    """A person's finger on the real window: taps land where a control is drawn (and fail if
    something covers it or it is scrolled out of sight), drags scroll, and every tap counts."""

    def __init__(self, qtbot, window: KioskWindow) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.window = window
        self.taps = 0

    def point(self, widget: QWidget) -> QPoint:
        return widget.mapTo(self.window, widget.rect().center())

    def reachable(self, widget: QWidget) -> bool:
        """Drawn, on screen and not covered: the centre of it is what a finger would touch."""
        QApplication.processEvents()
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            return False
        point = self.point(widget)
        if not self.window.rect().contains(point):
            return False
        hit = self.window.childAt(point)
        return hit is not None and (hit is widget or widget.isAncestorOf(hit))

    def tap(self, widget: QWidget) -> None:
        self.qtbot.waitUntil(widget.isVisible, timeout=5_000)  # a new widget is shown on the next turn
        if not self.reachable(widget):
            self.scroll_to(widget)
        assert self.reachable(widget), f"{widget.accessibleName() or widget} cannot be reached by a finger"
        QTest.mouseClick(self.window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         self.point(widget))
        self.taps += 1

    def tap_named(self, accessible_name: str) -> None:
        self.tap(visible_button(self.window, accessible_name))

    def type(self, text: str) -> None:
        """Tap the keys of the on-screen keyboard; longer keys (".com", "@gmail.com") when they fit."""
        keyboard = self.window.keyboard
        assert keyboard.isVisible(), "the on-screen keyboard is not up"
        rest = text
        while rest:
            outputs = sorted(((keyboard.output(k), k) for k in keyboard.keys), key=lambda pair: -len(pair[0]))
            found = next(((shown, key) for shown, key in outputs if shown and rest.startswith(shown)), None)
            if found is None and rest[0].isalpha():  # the other case: Shift first
                self.tap(keyboard.page.shift)
                continue
            assert found is not None, f"no key types {rest[0]!r}"
            self.tap(found[1])
            rest = rest[len(found[0]):]

    def drag(self, area: QAbstractScrollArea, dy: int) -> None:
        """Press, move ``dy`` pixels (negative: up, to see what is below) and let go."""
        viewport = area.viewport()
        start = viewport.mapTo(self.window, viewport.rect().center())
        handle = self.window.windowHandle()
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        steps = 12
        for step in range(1, steps + 1):
            QTest.mouseMove(handle, start + QPoint(0, dy * step // steps), 16)
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           start + QPoint(0, dy), 16)
        scroller = QScroller.scroller(viewport)
        self.qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=10_000)

    def scroll_to(self, widget: QWidget) -> None:
        """Drag the list the widget sits in until the widget is in sight."""
        area = _scroll_area(widget)
        if area is None:
            return
        for _ in range(30):
            viewport = area.viewport()
            top = widget.mapTo(viewport, QPoint(0, 0)).y()
            bottom = top + widget.height()
            if top >= 0 and bottom <= viewport.height() and self.reachable(widget):
                return
            room = max(40, viewport.height() // 2)
            self.drag(area, -room if bottom > viewport.height() else room)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    holder = widget.parentWidget()
    while holder is not None:
        if isinstance(holder, QAbstractScrollArea):
            return holder
        holder = holder.parentWidget()
    return None
