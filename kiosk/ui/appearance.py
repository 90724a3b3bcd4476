"""Themes and text size: the QSS a window is drawn with.

The large-text setting scales every font size in the theme, so one theme file serves both
sizes and layouts are tested at the larger one.
"""

from __future__ import annotations

import re

from kiosk.resources import resource

THEMES = ("default", "high_contrast")
LARGE_TEXT_SCALE = 1.35
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


def stylesheet(theme: str = "default", large_text: bool = False) -> str:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    text = resource("themes", f"{theme}.qss").read_text(encoding="utf-8")
    if large_text:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {round(int(m.group(1)) * LARGE_TEXT_SCALE)}px", text)
    return text
