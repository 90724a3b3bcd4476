"""Money as integer minor units with an ISO 4217 currency code.

Floats never touch money. Percentages are given in basis points (1/100 of a percent) so
that a policy can say 12.5 % exactly, and rounding is half-even to the minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from kiosk.workflow.errors import KioskError


class CurrencyMismatch(KioskError, ValueError):
    """Two amounts in different currencies were combined."""

    default_key = "currency_mismatch"


@dataclass(frozen=True, order=True)
class Money:
    amount: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool):
            raise TypeError(f"money amount must be an integer of minor units, got {self.amount!r}")
        if len(self.currency) != 3 or not self.currency.isupper():
            raise ValueError(f"currency must be an ISO 4217 code, got {self.currency!r}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def times(self, quantity: int) -> Money:
        return Money(self.amount * quantity, self.currency)

    def percent(self, basis_points: int) -> Money:
        """This amount times basis_points / 10 000, rounded half-even to the minor unit."""
        return Money(div_half_even(self.amount * basis_points, 10_000), self.currency)

    def fraction(self, numerator: int, denominator: int) -> Money:
        """This amount times numerator / denominator, rounded half-even."""
        return Money(div_half_even(self.amount * numerator, denominator), self.currency)

    def is_zero(self) -> bool:
        return self.amount == 0

    def __str__(self) -> str:
        return format_money(self)


def div_half_even(numerator: int, denominator: int) -> int:
    """Integer division rounding to the nearest integer, ties to even."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def total(amounts: Iterable[Money], currency: str) -> Money:
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result


def allocate(amount: int, weights: Sequence[int]) -> list[int]:
    """Split amount across weights in proportion, exactly (largest remainder method).

    The parts always sum to amount; ties in the remainder go to the earlier weight so the
    result is deterministic.
    """
    if not weights:
        return []
    weight_sum = sum(weights)
    if weight_sum == 0:
        return [0] * len(weights)
    sign = -1 if amount < 0 else 1
    magnitude = abs(amount)
    floors = [magnitude * w // weight_sum for w in weights]
    remainders = [magnitude * w % weight_sum for w in weights]
    left = magnitude - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [sign * part for part in floors]


# Minor-unit exponents of the currencies we expect; ISO 4217 default is 2.
_EXPONENTS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "BHD": 3, "KWD": 3, "OMR": 3, "TND": 3}

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French groups thousands with it


@dataclass(frozen=True)
class MoneyStyle:
    """How one language writes an amount (after CLDR's common forms for these languages)."""

    decimal: str
    group: str
    #: the symbol goes before the number ("$12.50") or after it with a no-break space ("12,50 €")
    symbol_first: bool
    #: integer parts shorter than this stay ungrouped: Spanish writes 1234,56 but 12.345,67
    min_group_digits: int
    symbols: Mapping[str, str]


MONEY_STYLES: dict[str, MoneyStyle] = {
    "en": MoneyStyle(".", ",", True, 4, {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$"}),
    "es": MoneyStyle(",", ".", False, 5, {"USD": "US$", "EUR": "€", "GBP": "GBP", "JPY": "JPY", "CAD": "CA$",
                                          "AUD": "AUD"}),
    "fr": MoneyStyle(",", NNBSP, False, 4, {"USD": "$US", "EUR": "€", "GBP": "£GB", "JPY": "JPY", "CAD": "$CA",
                                            "AUD": "$AU"}),
}
DEFAULT_LOCALE = "en"


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency, 2)


def money_style(locale: str) -> MoneyStyle:
    """The style of ``locale`` ("fr", "fr_FR", "es-ES"...); English for a language we do not know."""
    return MONEY_STYLES.get(locale[:2].lower(), MONEY_STYLES[DEFAULT_LOCALE])


def format_money(money: Money, locale: str = DEFAULT_LOCALE) -> str:
    """The amount as a shopper of ``locale`` reads it: "$1,234.56" (en), "1234,56 US$" (es),
    "1 234,56 €" (fr, narrow no-break space). Every minor unit is always shown."""
    style = money_style(locale)
    exp = exponent(money.currency)
    sign = "-" if money.amount < 0 else ""
    units, minor = divmod(abs(money.amount), 10**exp)
    body = _grouped(units, style) + (f"{style.decimal}{minor:0{exp}d}" if exp else "")
    symbol = style.symbols.get(money.currency)
    if symbol is None:
        return f"{sign}{body}{' ' if style.symbol_first else NBSP}{money.currency}"  # "0.99 CHF"
    return f"{sign}{symbol}{body}" if style.symbol_first else f"{sign}{body}{NBSP}{symbol}"


def _grouped(units: int, style: MoneyStyle) -> str:
    digits = str(units)
    if len(digits) < style.min_group_digits:
        return digits
    return f"{units:,}".replace(",", style.group)


#: The suffix of a message parameter that carries an amount in minor units, beside ``currency``.
MINOR_SUFFIX = "_minor"


def amount_params(currency: str, **amounts: int) -> dict[str, str | int]:
    """Message parameters for amounts: each as English text (for readers that know no better)
    and as ``<name>_minor`` with the ``currency``, so a screen or slip can write it its own way."""
    params: dict[str, str | int] = {"currency": currency}
    for name, amount in amounts.items():
        params[name] = format_money(Money(amount, currency))
        params[name + MINOR_SUFFIX] = amount
    return params


def localise_amounts(params: Mapping[str, object], write: Callable[[int, str], str]) -> dict[str, object]:
    """``params`` with every amount given by ``amount_params`` rewritten by ``write(amount,
    currency)``: the screen's, the slip's or the web page's way of writing money."""
    shown = dict(params)
    currency = params.get("currency")
    if not isinstance(currency, str):
        return shown
    for key, value in params.items():
        if key.endswith(MINOR_SUFFIX) and isinstance(value, int) and not isinstance(value, bool):
            shown[key[: -len(MINOR_SUFFIX)]] = write(value, currency)
    return shown
