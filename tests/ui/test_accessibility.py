"""Every step in every theme: named controls, keyboard reachable, and readable contrast."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from kiosk.demo import demo_pairs
from kiosk.ui.appearance import THEMES, brand_tokens, stylesheet
from kiosk.ui.tour import walk_every_step
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import open_window

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def visible_controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisibleTo(root)]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("large_text", [False, True])
def test_every_control_on_every_step_has_a_name_and_takes_keyboard_focus(qtbot, window_services, theme,  # noqa: ANN001
                                                                        large_text) -> None:
    window = open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))
    window.theme, window.large_text = theme, large_text
    window.apply_appearance()
    seen = []
    for step in walk_every_step(window, *demo_pairs(NOW)[0][:2]):
        seen.append(step)
        controls = visible_controls(window)
        assert controls, step
        unnamed = [f"{type(c).__name__}:{getattr(c, 'text', lambda: '')()}" for c in controls if not c.accessibleName()]
        assert unnamed == [], f"{step.name}: {unnamed}"
        on_screen_keys = set(window.keyboard.findChildren(QAbstractButton))
        unfocusable = [c.accessibleName() for c in controls
                       if c.focusPolicy() == Qt.FocusPolicy.NoFocus and c not in on_screen_keys]
        assert unfocusable == [], f"{step.name}: {unfocusable}"
        for control in controls:
            if isinstance(control, QAbstractButton) and control not in on_screen_keys:
                assert control.height() >= 48 and control.width() >= 48, f"{step.name}: {control.accessibleName()}"
    assert seen == list(Step)


def test_the_header_and_footer_bands_are_painted_in_the_theme_colour(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    window.wizard.start()
    qss = stylesheet("default")
    picture = window.grab().toImage()
    for band in (window.header, window.footer):
        colour = re.search(rf"QWidget#{band.objectName()} \{{ background: (#[0-9A-Fa-f]{{6}})", qss).group(1)
        middle = band.mapTo(window, QPoint(band.width() // 2, band.height() // 2))
        middle.setX(window.width() // 2)  # between the buttons
        assert picture.pixelColor(middle).name().upper() == colour.upper(), band.objectName()


def test_staff_mode_shows_a_band_of_its_own_colour(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    window.staff_band.show_staff("Sam Ortiz")
    qss = stylesheet("default")
    band = re.search(r"QWidget#staffBand \{ background: (#[0-9A-Fa-f]{6})", qss).group(1)
    header = re.search(r"QWidget#header \{ background: (#[0-9A-Fa-f]{6})", qss).group(1)
    picture = window.grab().toImage()
    middle = window.staff_band.mapTo(window, QPoint(window.staff_band.width() // 2, 4))
    assert picture.pixelColor(middle).name().upper() == band.upper() != header.upper()


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colour_pairs(qss: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule that sets a text colour."""
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", qss, flags=re.S))
    base = next(body for selector, body in rules if selector.strip() == "QWidget")
    base_background = re.search(r"background:\s*(#[0-9A-Fa-f]{6})", base).group(1)
    pairs = []
    for selector, body in rules:
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", body)
        background = re.search(r"background:\s*(#[0-9A-Fa-f]{6})", body)
        if colour:
            pairs.append((selector.strip(), colour.group(1), background.group(1) if background else base_background))
    return pairs


#: brand colours a store might pick that pass the start-up check (kiosk.config)
BRANDS = ("#0B5CAD", "#7A1F5C", "#1B5E20", "#B3261E", "#5A3E8C", "#00695C")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("primary", BRANDS)
def test_every_text_colour_in_the_theme_meets_4_5_to_1(theme: str, primary: str) -> None:
    pairs = colour_pairs(stylesheet(theme, primary=primary))
    assert len(pairs) >= 10
    weak = [(s, f, b, round(contrast(f, b), 2)) for s, f, b in pairs if contrast(f, b) < 4.5]
    assert weak == []


@pytest.mark.parametrize("primary", BRANDS)
def test_text_on_a_chosen_card_reads_on_the_brand_tint(primary: str) -> None:
    tokens = brand_tokens(primary)
    for text in ("#1A1A1A", "#3D3D3D", "#4A4A4A", tokens["primary_dark"]):
        assert contrast(text, tokens["primary_tint"]) >= 4.5, (primary, text)
    assert contrast(tokens["on_primary"], tokens["primary_dark"]) >= 4.5


def test_the_contrast_check_catches_a_weak_pair() -> None:
    assert contrast("#777777", "#FFFFFF") < 4.5 <= contrast("#595959", "#FFFFFF")
    assert colour_pairs("QWidget { background: #FFFFFF; color: #000000; } QLabel { color: #EEEEEE; }")[1] == (
        "QLabel", "#EEEEEE", "#FFFFFF")


@pytest.mark.parametrize(("size", "title_px"), [((1080, 1920), 40), ((1920, 1080), 40), ((1024, 768), 32)])
def test_titles_read_at_arms_length_on_every_screen(qtbot, window_services, size, title_px) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services, size=size)
    window.wizard.start()
    title = window.pages.find_order.title
    assert QFontInfo(title.font()).pixelSize() >= title_px
