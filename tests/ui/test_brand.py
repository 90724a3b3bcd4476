"""The store's own look from kiosk.toml [brand]: its name and logo on screen, its colour on the
buttons, and a colour too light to read refused at start with what would pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, contrast_ratio, load_settings, readable_shade
from kiosk.ui.appearance import stylesheet
from kiosk.ui.shell import KioskWindow, WindowServices


def write_config(profile: Path, text: str) -> None:
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "kiosk.toml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("text", "expected"), [
    ('[brand]\nprimary_colour = "#FFD500"\n',
     "brand.primary_colour '#FFD500' is too light to read: white text on it (and it as text on white) reaches "
     "only 1.4:1, and the screen needs at least 4.5:1; a darker shade such as"),
    ('[brand]\nprimary_colour = "blue"\n', 'brand.primary_colour must be a colour written "#RRGGBB"'),
    ('[brand]\nlogo = "missing.png"\n', "brand.logo 'missing.png' is not a file"),
    ('[brand]\nlogo = "logo.gif"\n', "brand.logo 'logo.gif' must be an image file ending in .png, .jpg, .jpeg, .svg"),
    ('[brand]\ncolour = "#0B5CAD"\n', "brand.colour is not a setting kiosk.toml knows"),
])
def test_a_brand_that_cannot_be_used_is_refused_at_start_saying_why(tmp_path: Path, text: str, expected: str) -> None:
    write_config(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path)
    assert expected in str(raised.value)


def test_the_suggested_shade_passes_and_keeps_the_hue() -> None:
    shade = readable_shade("#FFD500")
    assert contrast_ratio(shade, "#FFFFFF") >= 4.5
    red, green, blue = (int(shade[i:i + 2], 16) for i in (1, 3, 5))
    assert red > green > blue  # still a yellow, only darker


def test_the_brand_shows_its_name_logo_and_colour(qtbot, tmp_path: Path, demo_settings) -> None:  # noqa: ANN001
    from dataclasses import replace

    from kiosk.app import build_services
    from kiosk.db.engine import io_allowed
    from tests.conftest import NOW

    profile = demo_settings.profile
    (profile / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
                                      '<rect width="40" height="20" fill="#7A1F5C"/></svg>', encoding="utf-8")
    write_config(profile, '[brand]\nname = "Harbour Outfitters"\nlogo = "logo.svg"\nprimary_colour = "#7A1F5C"\n')
    settings = replace(load_settings(profile, demo=True), printers={})
    assert settings.brand.logo == profile / "logo.svg" and settings.shown_name == "Harbour Outfitters"
    with io_allowed():
        services = build_services(settings, clock=lambda: NOW)
    try:
        window = KioskWindow(WindowServices(services.desk, services.staff, services.printer))
        qtbot.addWidget(window)
        window.show()
        assert window.header.brand.name.text() == "Harbour Outfitters"
        qtbot.waitUntil(lambda: window.header.brand.logo.pixmap() is not None
                        and not window.header.brand.logo.pixmap().isNull(), timeout=5_000)
        assert "#7A1F5C" in window.styleSheet() and "#0B5CAD" not in window.styleSheet()
        assert "#7A1F5C" in stylesheet("default", primary="#7A1F5C")
    finally:
        window.close()
        with io_allowed():
            services.close()
