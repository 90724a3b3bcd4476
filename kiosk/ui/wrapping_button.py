"""A button whose words wrap onto more lines instead of pushing past the screen's edge.

A long translation ("Remboursement sur votre moyen de paiement d'origine : 96,90 $") in
large text on a 1024x768 kiosk is wider than the screen on one line. The words sit in a
label inside the button, which wraps them and grows the button's height instead; taps go
through the label to the button, and the theme colours the label by the button's state.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from kiosk.ui.pages.base import set_state


class WrappingButton(QPushButton):
    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.words = QLabel(text, self)
        self.words.setObjectName("buttonWords")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 8)
        layout.addWidget(self.words)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(lambda on: set_state(self.words, "checked", on))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self.words.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.words.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        return layout.totalSizeHint().expandedTo(QSize(48, 48)) if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        return layout.totalMinimumSize().expandedTo(QSize(48, 48)) if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self.layout()
        return max(48, layout.totalHeightForWidth(width)) if layout is not None else super().heightForWidth(width)
