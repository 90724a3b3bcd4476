"""Themes and text size: the QSS a window is drawn with.

The large-text setting scales every font size in the theme, so one theme file serves both
sizes and layouts are tested at the larger one. The theme files are read once, all together,
when the first window is styled (at start), so a shopper's tap on "High contrast" never
waits on the disk.
"""

from __future__ import annotations

import re
from functools import cache

from kiosk.resources import resource

THEMES = ("default", "high_contrast")
LARGE_TEXT_SCALE = 1.35
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


def stylesheet(theme: str = "default", large_text: bool = False) -> str:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    text = _theme_files()[theme]
    if large_text:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {round(int(m.group(1)) * LARGE_TEXT_SCALE)}px", text)
    return text


@cache
def _theme_files() -> dict[str, str]:
    return {theme: resource("themes", f"{theme}.qss").read_text(encoding="utf-8") for theme in THEMES}
