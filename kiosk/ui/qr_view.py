"""The return code's QR code on the done page, so a phone can take it away.

The matrix is worked out off the GUI thread (the ``qrcode`` package, which python-escpos
brings for the printed QR codes; reportlab's encoder is not used here because importing it
beside a print job on another thread trips over reportlab's own circular imports) and painted
as squares, crisp at any size, on a white quiet zone so phones read it in the dark theme too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.background import run_in_background

Matrix = list[list[bool]]
QUIET_MODULES = 4


def qr_matrix(text: str) -> Matrix:
    """Dark modules of ``text``'s QR code, row by row (medium error correction)."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrView(QWidget):
    def __init__(self, side: int = 220) -> None:
        super().__init__()
        self.text = ""
        self.matrix: Matrix = []
        self.setFixedSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_text(self, text: str) -> None:
        self.text = text
        self.matrix = []
        self.setAccessibleName(f"QR code {text}" if text else "")
        self.update()
        if text:
            run_in_background(lambda: qr_matrix(text), lambda matrix: self._drawn(text, matrix),
                              lambda _error: None, owner=self)

    def _drawn(self, text: str, matrix: Matrix) -> None:
        if text == self.text:
            self.matrix = matrix
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.matrix:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        modules = len(self.matrix) + 2 * QUIET_MODULES
        size = min(self.width(), self.height()) / modules
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for row, cells in enumerate(self.matrix):
            for column, dark in enumerate(cells):
                if dark:
                    painter.drawRect(QRectF((column + QUIET_MODULES) * size, (row + QUIET_MODULES) * size,
                                            size + 0.5, size + 0.5))
        painter.end()
