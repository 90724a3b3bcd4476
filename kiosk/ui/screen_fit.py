"""Where the window goes: the whole screen in kiosk mode, a window that fits the screen otherwise.

A kiosk often runs without a window manager (cage, a bare X session), where "full screen"
is only a wish nobody grants: the window then stays at whatever size it was made. So the
geometry is set explicitly, to the primary screen's full rectangle, and set again when that
screen changes (rotated to portrait, another monitor plugged in).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def kiosk_geometry(screen: QRect) -> QRect:
    """Kiosk mode: every pixel of the screen."""
    return QRect(screen)


def windowed_geometry(available: QRect) -> QRect:
    """A window (demo, counter PC): the screen's free area, so nothing is cut off."""
    return QRect(available)


def place_on_screen(window: QWidget, *, kiosk_mode: bool) -> None:
    """Size and show ``window`` on the primary screen (kiosk) or the screen it is on."""
    screen = QGuiApplication.primaryScreen() if kiosk_mode else (window.screen() or QGuiApplication.primaryScreen())
    if screen is None:  # no screen at all (a broken display set-up): show it as it is
        window.show()
        return
    if kiosk_mode:
        window.setGeometry(kiosk_geometry(screen.geometry()))
        window.showFullScreen()
        _follow(window, screen)
    else:
        window.setGeometry(windowed_geometry(screen.availableGeometry()))
        window.show()


def _follow(window: QWidget, screen: QScreen) -> None:
    """Fill the primary screen again whenever its size changes."""
    screen.geometryChanged.connect(lambda rect: window.setGeometry(kiosk_geometry(rect)))
