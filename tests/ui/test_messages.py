"""Policy messages in the shopper's language: labels translated, dates in the locale's words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.i18n import install_language
from kiosk.ui.messages import message
from tests.ui.test_translations import compiled_translations, translated  # noqa: F401 - fixtures


@pytest.fixture
def app(qapp):  # noqa: ANN001
    yield qapp
    install_language(qapp, "en")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "January 31, 2027"),
    ("es", "31 de enero de 2027"),
    ("fr", "31 janvier 2027"),
])
def test_a_closing_date_reads_as_a_date_in_the_shoppers_language(app: QApplication, translated, language: str,  # noqa: ANN001, F811
                                                               expected: str) -> None:
    assert install_language(app, language)
    text = message("returnable_until", {"category_label": "Clothing", "closes_on": "2027-01-31"})
    assert expected in text and "2027-01-31" not in text


def test_an_unknown_language_changes_nothing(app: QApplication) -> None:
    assert install_language(app, "en")
    assert not install_language(app, "xx")
    assert "January 31, 2027" in message("returnable_until", {"category_label": "Clothing", "closes_on": "2027-01-31"})


@pytest.mark.parametrize(("language", "limit"), [("en", "$500.00"), ("es", "500,00\u00a0US$"), ("fr", "500,00\u00a0$US")])
def test_an_approval_limit_is_written_the_shoppers_way(app: QApplication, translated, language: str,  # noqa: ANN001, F811
                                                       limit: str) -> None:
    from kiosk.workflow.money import amount_params

    assert install_language(app, language)
    text = message("refund_above_limit", amount_params("USD", amount=50_001, limit=50_000))
    assert limit in text.replace("\u202f", "\u00a0")
    assert language == "en" or "$500.00" not in text
