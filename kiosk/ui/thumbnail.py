"""A product's picture on its item card, or a neutral tile until there is one.

Sync caches product pictures in the profile (kiosk.services.returns finds them by SKU);
the file is read and scaled off the GUI thread. Without a picture the tile shows the
product's initial on a quiet grey, so a list of items still lines up and reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel

from kiosk.ui.background import run_in_background

#: the tile's side in screen pixels at the reference scale
TILE_PX = 96


def read_picture(path: str, side: int) -> QImage:
    """The picture scaled to fit a ``side`` square (a worker may call it)."""
    image = QImage(path)
    if image.isNull():
        raise OSError(f"the picture {path} cannot be read")
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class Thumbnail(QLabel):
    def __init__(self, title: str, picture: str | None = None, side: int = TILE_PX) -> None:
        super().__init__(title[:1].upper())
        self.setObjectName("thumb")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(side, side)
        self.setAccessibleName("")
        self.picture_path = picture
        if picture:
            run_in_background(lambda: read_picture(picture, side), self._show, lambda _error: None, owner=self)

    def _show(self, image: QImage) -> None:
        self.setText("")
        self.setPixmap(QPixmap.fromImage(image))
