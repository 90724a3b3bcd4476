"""The money of a return in plain words: what each item is worth back, and where it goes.

Per item: the price paid for the units returned, their share of order discounts, their tax,
shipping when the reason refunds it, and the restocking fee; then the bonus and the total;
then, in a sentence each, where the amounts go (the card ending 1234, the gift card, store
credit) and when. Everything is read from the session's quote and the pure pricing in
kiosk.workflow.quotes, so the screen and the saved case can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject

from kiosk.workflow.cases import Resolution, TenderRefund
from kiosk.workflow.money import Money, format_money
from kiosk.workflow.quotes import ResolutionQuote, priced_lines
from kiosk.workflow.tenders import UNALLOCATED
from kiosk.workflow.wizard import ReturnSession

_LAST_DIGITS = re.compile(r"(\d{4})\s*$")


class MoneyWords(QObject):
    """The sentences, filed under one translation context ("MoneyWords")."""

    def price_paid(self) -> str:
        return self.tr("Price paid")

    def discount(self) -> str:
        return self.tr("Your discount")

    def tax(self) -> str:
        return self.tr("Tax")

    def shipping(self) -> str:
        return self.tr("Shipping refunded")

    def fee(self) -> str:
        return self.tr("Restocking fee")

    def exchange(self) -> str:
        return self.tr("Nothing to pay and nothing refunded: a member of staff hands you the new item at the counter.")

    def credit(self, with_bonus: bool) -> str:
        if with_bonus:
            return self.tr("{amount} as store credit, including a {bonus} bonus. The voucher code is on your slip, "
                           "ready to spend today.")
        return self.tr("{amount} as store credit. The voucher code is on your slip, ready to spend today.")

    def original(self) -> str:
        return self.tr("{amount} back to your original payment.")

    def card(self, with_digits: bool) -> str:
        if with_digits:
            return self.tr("{amount} back to your card ending {digits}. Banks usually show it within 3 to 5 "
                           "working days.")
        return self.tr("{amount} back to the card you paid with. Banks usually show it within 3 to 5 working days.")

    def gift_card(self, with_digits: bool) -> str:
        if with_digits:
            return self.tr("{amount} back onto your gift card ending {digits}, ready to spend straight away.")
        return self.tr("{amount} back onto your gift card, ready to spend straight away.")

    def cash(self) -> str:
        return self.tr("{amount} in cash, paid by a member of staff at the counter.")

    def store_credit(self) -> str:
        return self.tr("{amount} as store credit on your slip, ready to spend today.")


_words: list[MoneyWords] = []


def words() -> MoneyWords:
    if not _words:
        _words.append(MoneyWords())
    return _words[0]


@dataclass(frozen=True)
class LineMoney:
    """One returned item's amounts, in minor units (``discount`` and ``fee`` are taken off;
    ``amount`` is what the item comes to before any store-credit bonus)."""

    line_id: str
    title: str
    quantity: int
    price: int
    discount: int
    tax: int
    shipping: int
    fee: int
    amount: int


def line_money(session: ReturnSession, option: ResolutionQuote) -> list[LineMoney]:
    """The accepted items' amounts under ``option`` (an exchange swaps goods: no fee)."""
    assert session.order is not None and session.evaluation is not None
    priced = priced_lines(session.order, session.evaluation, session.selections(), session.policy)
    exchange = option.resolution == Resolution.EXCHANGE
    no_fee = exchange or option.resolution == Resolution.KEEP_ITEM
    rows = []
    for item in priced:
        price = item.line.unit_price * item.selection.quantity
        discount, shipping = price - item.value.merchandise, 0 if exchange else item.value.shipping
        fee = 0 if no_fee else item.fee
        rows.append(LineMoney(line_id=item.line.id, title=item.line.title, quantity=item.selection.quantity,
                              price=price, discount=discount, tax=item.value.tax, shipping=shipping, fee=fee,
                              amount=price - discount + item.value.tax + shipping - fee))
    return rows


def screen_language() -> str:
    """The language on screen ("en", "es", "fr"): kiosk.ui.i18n makes its locale Qt's default."""
    return QLocale().name()[:2]


def money(amount: int, currency: str) -> str:
    """An amount the way the language on screen writes it ("$12.50", "12,50 €")."""
    return format_money(Money(amount, currency), screen_language())


def line_parts(row: LineMoney, currency: str) -> list[tuple[str, str]]:
    """(what, amount) for one item: only the parts that are not zero, so a short list reads fast."""
    say = words()
    parts = [(say.price_paid(), money(row.price, currency))]
    if row.discount:
        parts.append((say.discount(), "−" + money(row.discount, currency)))
    if row.tax:
        parts.append((say.tax(), "+" + money(row.tax, currency)))
    if row.shipping:
        parts.append((say.shipping(), "+" + money(row.shipping, currency)))
    if row.fee:
        parts.append((say.fee(), "−" + money(row.fee, currency)))
    return parts


def destinations(option: ResolutionQuote, currency: str) -> list[str]:
    """Where the money goes and when, one sentence each."""
    say = words()
    if option.resolution == Resolution.EXCHANGE:
        return [say.exchange()]
    if option.resolution == Resolution.STORE_CREDIT:
        text = say.credit(with_bonus=bool(option.bonus))
        return [text.format(amount=money(option.total, currency), bonus=money(option.bonus, currency))]
    return [tender_words(part, currency) for part in option.tender_refunds] or [
        say.original().format(amount=money(option.total, currency))]


def tender_words(part: TenderRefund, currency: str) -> str:
    say = words()
    amount = money(part.amount, currency)
    digits = _LAST_DIGITS.search(part.reference or "")
    if part.kind == "card":
        text = say.card(with_digits=digits is not None)
    elif part.kind == "gift_card":
        text = say.gift_card(with_digits=digits is not None)
    elif part.kind == "cash":
        text = say.cash()
    elif part.reference == UNALLOCATED or part.kind == "store_credit":
        text = say.store_credit()
    else:
        text = say.original()
    return text.format(amount=amount, digits=digits.group(1) if digits else "")
