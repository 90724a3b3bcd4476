"""Themes, text size, screen scale and the brand colour: the QSS a window is drawn with.

The theme files are written for a screen 1080 px high (the portrait kiosk's width, a
landscape kiosk's height) and hold tokens such as ``@primary`` for the brand's colours.
``stylesheet`` fills the tokens in and scales every size to the screen the window is on,
so one file serves 1024x768 and 1080x1920 alike; large text scales the fonts once more.
The files are read once, all together, when the first window is styled (at start), so a
shopper's tap on "High contrast" never waits on the disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kiosk.config import DEFAULT_PRIMARY, darker
from kiosk.resources import resource

THEMES = ("default", "high_contrast")
LARGE_TEXT_SCALE = 1.35
#: the screen height (landscape) or width (portrait) the theme files are written for
REFERENCE_PX = 1080
#: a 1024x768 screen is drawn at this scale, not smaller: text stays readable at arm's length
MIN_SCALE = 0.8
#: touch targets never shrink below this, whatever the scale (WCAG 2.5.5 asks 44 CSS px)
MIN_TOUCH_PX = 48

_SIZED = re.compile(r"(?P<prop>font-size|min-height|min-width|max-height|max-width|border-radius|padding|spacing|margin"
                    r"|width|height):(?P<value>[^;]+);")
_PX = re.compile(r"(\d+)px")
_TOKEN = re.compile(r"@([a-z_]+)")


@dataclass(frozen=True)
class Look:
    """Everything that decides how the window is drawn right now."""

    theme: str = "default"
    large_text: bool = False
    scale: float = 1.0
    primary: str = DEFAULT_PRIMARY


def screen_scale(width: int, height: int) -> float:
    """How much bigger or smaller than the reference the window is drawn (its shorter side decides)."""
    return max(MIN_SCALE, min(width, height) / REFERENCE_PX)


def brand_tokens(primary: str) -> dict[str, str]:
    """The colours the default theme derives from the brand's primary colour.

    ``primary`` is known to reach 4.5:1 against white (kiosk.config checks it at start), so
    white text on it and it as text on white are readable; the tint under selected cards is
    light enough that the darker shade reads on it too.
    """
    return {
        "primary": primary.upper(),
        "primary_dark": darker(primary, 0.72),
        "primary_tint": _mix_with_white(primary, 0.9),
        "on_primary": "#FFFFFF",
    }


def stylesheet(theme: str = "default", large_text: bool = False, *, scale: float = 1.0,
               primary: str = DEFAULT_PRIMARY) -> str:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    text = _TOKEN.sub(lambda m: brand_tokens(primary).get(m.group(1), m.group(0)), _theme_files()[theme])
    return _SIZED.sub(lambda m: _scaled(m, scale, large_text), text)


def look_stylesheet(look: Look) -> str:
    return stylesheet(look.theme, look.large_text, scale=look.scale, primary=look.primary)


def _scaled(match: re.Match[str], scale: float, large_text: bool) -> str:
    prop = match.group("prop")
    factor = scale * (LARGE_TEXT_SCALE if large_text and prop == "font-size" else 1.0)

    def one(px: re.Match[str]) -> str:
        original = int(px.group(1))
        value = round(original * factor)
        if prop in ("min-height", "min-width") and original >= MIN_TOUCH_PX:
            value = max(value, MIN_TOUCH_PX)
        return f"{value}px"

    return f"{prop}:{_PX.sub(one, match.group('value'))};"


def scaled_px(px: int, scale: float) -> int:
    """A size in the theme's reference pixels on the screen the window is on."""
    return max(1, round(px * scale))


def _mix_with_white(colour: str, white_share: float) -> str:
    channels = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * white_share):02X}" for c in channels)


@cache
def _theme_files() -> dict[str, str]:
    return {theme: resource("themes", f"{theme}.qss").read_text(encoding="utf-8") for theme in THEMES}
