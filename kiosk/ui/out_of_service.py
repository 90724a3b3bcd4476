"""The screen a kiosk shows when it must not take returns: its database is damaged or missing.

A kiosk started by systemd has no terminal anyone reads, so the refusal the command line
prints is shown here too, with what staff should do. Shoppers are told to go to the counter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class OutOfServiceScreen(QWidget):
    def __init__(self, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outOfService")
        self.setWindowTitle(self.tr("Intake returns"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Returns are not available at this kiosk right now"))
        title.setObjectName("title")
        title.setWordWrap(True)
        shoppers = QLabel(self.tr("Please take your return to the counter; a member of staff will help you."))
        shoppers.setWordWrap(True)
        staff = QLabel(self.tr("For staff: {detail}").format(detail=detail))
        staff.setObjectName("hint")
        staff.setWordWrap(True)
        staff.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (title, shoppers, staff):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setAccessibleName(widget.text())
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setStyleSheet("QLabel#title { font-size: 40px; font-weight: bold; } QLabel { font-size: 24px; }"
                           " QLabel#hint { font-size: 18px; color: #444; }")
