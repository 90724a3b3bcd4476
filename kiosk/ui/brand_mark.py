"""The store's logo and name in the header, and the unadvertised way in for staff.

Shoppers see a logo and a name. Staff press and hold them for two seconds to sign in: it
is where staff are told to look, not a button a shopper is invited to try (a counter PC's
keyboard also has Ctrl+Shift+S, see the shell). The logo file is read off the GUI thread;
until it is there the name stands alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QMouseEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.resources import resource
from kiosk.ui.background import run_in_background
from kiosk.ui.pages.base import label

#: how long staff hold the logo to sign in
HOLD_MS = 2000
#: the logo's height in the theme's reference pixels
LOGO_PX = 56


def default_logo() -> Path:
    return resource("brand", "logo.svg")


def read_logo(path: Path, height: int) -> QImage:
    """The logo at ``height`` pixels (SVG drawn at that size, not scaled up); a worker may call it."""
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and size.height() > 0:
        reader.setScaledSize(QSize(max(1, round(size.width() * height / size.height())), height))
    image = reader.read()
    if image.isNull():
        raise OSError(f"the logo {path} cannot be read: {reader.errorString()}")
    return image


class BrandMark(QWidget):
    # staff held the mark long enough to sign in
    held = Signal()

    def __init__(self, name: str, logo: Path | None = None) -> None:
        super().__init__()
        self.logo_path = logo or default_logo()
        self.logo = QLabel()
        self.logo.setAccessibleName("logo")
        self.name = label(name, "brandName", wrap=False)
        self.name.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.logo)
        layout.addWidget(self.name)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(HOLD_MS)
        self.hold.timeout.connect(self.held.emit)
        self._height = 0

    def load_logo(self, height: int) -> None:
        """Show the logo at ``height`` screen pixels (read off the GUI thread)."""
        if height == self._height:
            return
        self._height = height
        path = self.logo_path
        run_in_background(lambda: read_logo(path, height), self._show_logo, self._no_logo, owner=self)

    def _show_logo(self, image: QImage) -> None:
        self.logo.setPixmap(QPixmap.fromImage(image))

    def _no_logo(self, error: BaseException) -> None:
        self.logo.hide()  # the name alone still says where the shopper is

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.hold.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.hold.stop()
        event.accept()
