"""Words a shopper reads: sizes in rail order and by name, money with its parts and where it
goes, plural forms, messages that agree with each other."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.db.engine import io_allowed
from kiosk.demo import DEMO_CLERK, demo_pairs
from kiosk.ui.i18n import install_language
from kiosk.ui.money_words import destinations, line_money, line_parts, tender_words
from kiosk.ui.variant_words import describe, in_rail_order, sorted_sizes
from kiosk.workflow.cases import Resolution, TenderRefund
from kiosk.workflow.variants import Variant
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import open_window
from tests.ui.test_staff_mode import sign_in


@pytest.mark.parametrize(("given", "expected"), [
    (["XL", "S", "M", "XS", "L"], ["XS", "S", "M", "L", "XL"]),
    (["10", "7", "12", "8", "11", "9"], ["7", "8", "9", "10", "11", "12"]),
    (["45 mm", "41 mm"], ["41 mm", "45 mm"]),
    (["3XL", "XXS", "2XL", "M"], ["XXS", "M", "2XL", "3XL"]),
    (["One size", "L", "9"], ["L", "9", "One size"]),
])
def test_sizes_sort_the_way_a_shop_rail_hangs_them(given: list[str], expected: list[str]) -> None:
    assert sorted_sizes(given) == expected


def test_an_exchange_names_size_and_colour_and_offers_the_shoppers_colour_first(qapp: QApplication) -> None:
    variants = [Variant(f"JACKET-{size}-{colour.upper()}", "P-JACKET", {"size": size, "colour": colour})
                for colour in ("Yellow", "Olive") for size in ("XL", "S", "M")]
    ordered = in_rail_order(variants, {"size": "L", "colour": "Olive"})
    assert [describe(v.attributes) for v in ordered] == [
        "Size S · Olive", "Size M · Olive", "Size XL · Olive",
        "Size S · Yellow", "Size M · Yellow", "Size XL · Yellow"]


def test_where_the_money_goes_is_said_with_the_card_ending_and_when(qapp: QApplication) -> None:
    assert tender_words(TenderRefund("card", 8890, "VISA •••• 1234"), "USD") == (
        "$88.90 back to your card ending 1234. Banks usually show it within 3 to 5 working days.")
    assert tender_words(TenderRefund("gift_card", 2000, "GC-55120"), "USD") == (
        "$20.00 back onto your gift card ending 5120, ready to spend straight away.")
    assert "as store credit on your slip" in tender_words(TenderRefund("store_credit", 500, "unallocated"), "USD")


def test_a_discounted_order_paid_partly_by_gift_card_shows_every_part(qapp: QApplication, services) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[1]  # a discount and a gift card
    with io_allowed():
        session = services.desk.new_session()
        order = services.desk.lookup(number, email).order
    session.start()
    session.order_found(order)
    session.set_quantity("L1", 1)  # the rain jacket
    session.next()
    session.set_reason("L1", "too_large", "unopened")
    session.next()
    option = session.quote.option(Resolution.REFUND)
    [row] = line_money(session, option)
    parts = dict(line_parts(row, "USD"))
    assert parts["Price paid"] == "$149.00" and parts["Your discount"].startswith("−") and parts["Tax"].startswith("+")
    assert row.amount == option.per_line["L1"] == option.total
    sentences = destinations(option, "USD")
    kinds = {"card": "back to your card ending", "gift_card": "back onto your gift card ending"}
    assert [kinds[t.kind] in s for t, s in zip(option.tender_refunds, sentences, strict=True)] == [True] * len(sentences)
    credit = session.quote.option(Resolution.STORE_CREDIT)
    assert "bonus" in destinations(credit, "USD")[0]


def test_plural_forms_in_english_spanish_and_french(qapp: QApplication) -> None:
    from kiosk.ui.idle import IdleCover

    try:
        for code, one, many in (("en", "cleared in 1 second.", "cleared in 5 seconds."),
                                ("es", "se borrará en 1 segundo.", "se borrará en 5 segundos."),
                                ("fr", "effacé dans 1 seconde.", "effacé dans 5 secondes.")):
            assert install_language(qapp, code)
            holder = QLabel()
            cover = IdleCover(holder)
            cover.warn(1)
            assert cover.message.text().endswith(one), code
            cover.warn(5)
            assert cover.message.text().endswith(many), code
    finally:
        install_language(qapp, "en")


def test_items_waiting_for_a_manager_are_not_called_impossible_to_return(qtbot, window_services, services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    sign_in(qtbot, window, DEMO_CLERK)
    number = demo_pairs(NOW)[0][0]
    with io_allowed():
        order = services.desk.lookup(number, demo_pairs(NOW)[0][1]).order
    window.wizard.start()
    window.wizard.take_order_without_receipt(order)  # no receipt: every line needs a manager
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
    session = window.wizard.session
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "changed_mind", "unopened")
    window.wizard.go_next()
    page = window.pages.eligibility
    assert window.wizard.step == Step.ELIGIBILITY
    assert "needs to approve" in page.summary.text() and "None of the items" not in page.summary.text()
