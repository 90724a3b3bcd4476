"""A keyboard-wedge barcode scanner: a fast burst of keystrokes that ends in Enter.

Scanners type like a very fast keyboard. ``ScanDetector`` tells a scan from a person by the
gap between keys; ``ScannerFilter`` feeds it every key press in the application and emits
``scanned(text)``. Keys still reach the focused widget; the window removes scanned text
from a field it landed in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


@dataclass
class ScanDetector:
    max_gap_ms: int = 40
    min_length: int = 6
    buffer: list[str] = field(default_factory=list)
    last_ms: float | None = None

    def key(self, text: str, at_ms: float, *, enter: bool = False) -> str | None:
        """Feed one key press; returns the scanned text when a burst ends in Enter."""
        fast = self.last_ms is not None and at_ms - self.last_ms <= self.max_gap_ms
        self.last_ms = at_ms
        if enter:
            burst = "".join(self.buffer)
            self.buffer.clear()
            return burst if fast and len(burst) >= self.min_length else None
        if not fast:
            self.buffer.clear()
        if text and text.isprintable():
            self.buffer.append(text)
        return None


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detector = ScanDetector()
        self._last: tuple[int, int, str, QWidget] | None = None

    def _propagated(self, watched: QWidget, event: QKeyEvent) -> bool:
        """One key press is offered to the focus widget, then to its parents: count it once."""
        if self._last is None:
            return False
        key, stamp, text, receiver = self._last
        same = (key, stamp, text) == (event.key(), event.timestamp(), event.text())
        return same and receiver is not watched and watched.isAncestorOf(receiver)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if self.parent() is not None and watched.window() is not self.parent():
            return False  # keys typed into another top-level window are not ours
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or self._propagated(watched, event):
            return False
        self._last = (event.key(), event.timestamp(), event.text(), watched)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        stamp = event.timestamp() or time.monotonic() * 1000
        result = self.detector.key(event.text(), stamp, enter=enter)
        if result:
            self.scanned.emit(result)
            return True
        return False
