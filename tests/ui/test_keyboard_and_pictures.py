"""The keyboard's layouts follow what a field asks for; item cards show the product's picture
where sync cached one, and a neutral tile otherwise."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QIntValidator
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.db.engine import io_allowed
from kiosk.demo import demo_pairs
from kiosk.ui.keyboard import Layout, OnScreenKeyboard
from kiosk.ui.thumbnail import Thumbnail
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import open_window


def test_each_field_gets_the_keys_it_needs(qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    numeric, email, code = QLineEdit(), QLineEdit(), QLineEdit()
    numeric.setValidator(QIntValidator(0, 9999))
    email.setProperty("keyboard", "email")
    code.setProperty("keyboard", "code")
    code.setProperty("capitals", True)
    outputs = {}
    for field in (numeric, email, code):
        keyboard.attach(field)
        outputs[keyboard.layout_shown] = {keyboard.output(key) for key in keyboard.keys}
    assert set("0123456789") <= outputs[Layout.DIGITS] and "q" not in outputs[Layout.DIGITS]
    assert {"@", ".", ".com", "@gmail.com"} <= outputs[Layout.EMAIL] and "m" in outputs[Layout.EMAIL]
    assert {"Q", "*", "~", "$", "="} <= outputs[Layout.CODE]
    keyboard.attach(email)
    keyboard.key_for("@").click()
    keyboard.key_for(".com").click()
    assert email.text() == "@.com"


def test_an_item_shows_the_picture_sync_cached_and_a_tile_without_one(qtbot, window_services, services) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    with io_allowed():
        order = services.desk.lookup(number, email).order
    folder = services.settings.profile / "images"
    folder.mkdir()
    picture = QImage(64, 64, QImage.Format.Format_RGB32)
    picture.fill(QColor("#7A1F5C"))
    picture.save(str(folder / f"{order.line('L1').sku}.png"))

    window = open_window(qtbot, window_services)
    window.wizard.try_demo_order(number, email)
    window.footer.next_button.click()
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
    tiles = window.pages.items_page.findChildren(Thumbnail)
    [with_picture] = [tile for tile in tiles if tile.picture_path]
    assert with_picture.picture_path == str(folder / f"{order.line('L1').sku}.png")
    qtbot.waitUntil(lambda: not with_picture.pixmap().isNull(), timeout=5_000)
    plain = [tile for tile in tiles if not tile.picture_path]
    assert sorted(tile.text() for tile in plain) == sorted(line.title[0] for line in order.lines[1:])
    assert all(tile.pixmap().isNull() for tile in plain)
