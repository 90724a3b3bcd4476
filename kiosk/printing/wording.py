"""The words printed on slips and labels, in the shopper's language.

Builders write English source strings (``wording("Return code")``) and the UI passes its
translator, the same way Qt's ``tr()`` keys on the English text. Reason codes and other
domain codes get shopper words from a mapping the UI fills from its translations; an unknown
code still prints as readable words rather than ``too_small``. Amounts follow the same
language's conventions (``12,50 €`` in French), read when the document is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from kiosk.workflow.cases import DISPOSITIONS
from kiosk.workflow.line_rules import Verdict
from kiosk.workflow.money import DEFAULT_LOCALE, NBSP, NNBSP, Money, format_money

#: codes printed through ``Wording.code`` as words ("needs_approval" -> "Needs approval"): verdicts,
#: dispositions, tender kinds and variant attributes. tools/update_translations.py offers their words
#: to translators.
PRINTED_CODES = (*(verdict.value for verdict in Verdict), *DISPOSITIONS, "card", "gift_card", "store_credit", "cash",
                 "size", "colour", "color", "waist", "length", "width")


def _as_is(text: str) -> str:
    return text


def _english() -> str:
    return DEFAULT_LOCALE


def humanise(code: str) -> str:
    """``too_small`` -> ``Too small``: a readable fallback for a code nobody translated."""
    words = code.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class Wording:
    translate: Callable[[str], str] = _as_is
    reason_names: Mapping[str, str] = field(default_factory=dict)
    #: the language whose money conventions apply ("en", "es", "fr"), asked at each use
    language: Callable[[], str] = _english

    def __call__(self, source: str, **values: Any) -> str:
        """Translate an English source string and fill its ``{placeholders}``.

        A translation with a broken placeholder falls back to English instead of failing
        the print: a slip in the wrong language beats no slip.
        """
        translated = self.translate(source)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return source.format(**values)

    def money(self, amount: int, currency: str) -> str:
        """The amount as this language writes it; a narrow no-break space becomes a plain
        no-break one, which thermal printers' code pages hold."""
        return format_money(Money(amount, currency), self.language()).replace(NNBSP, NBSP)

    def reason(self, code: str) -> str:
        return self.reason_names.get(code) or self(humanise(code))

    def code(self, code: str) -> str:
        """Words for a verdict, tender kind or condition code."""
        return self(humanise(code))


ENGLISH = Wording()
