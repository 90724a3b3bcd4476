"""Sizes and colours as a shopper says them, in the order a shop rail hangs them.

Exchange candidates are variants with attributes (``{"size": "L", "colour": "Olive"}``);
a shopper reads "Size L · Olive", never the SKU. Sizes sort naturally: letter sizes from
XXS to XXXL, numeric sizes by their number (7, 8, 10, not 10, 7, 8; "41 mm" before
"45 mm"), anything else alphabetically after them.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.workflow.variants import Variant

CONTEXT = "VariantWords"
LETTER_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL")
_ALIASES = {"2XS": "XXS", "2XL": "XXL", "3XL": "XXXL", "SMALL": "S", "MEDIUM": "M", "LARGE": "L"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: attribute names translated for the shopper; others are shown as the catalogue names them
ATTRIBUTE_NAMES = cast("dict[str, str]", {  # QT_TRANSLATE_NOOP hands back its text; its stub says object
    "size": QT_TRANSLATE_NOOP("VariantWords", "Size"),
    "colour": QT_TRANSLATE_NOOP("VariantWords", "Colour"),
    "color": QT_TRANSLATE_NOOP("VariantWords", "Colour"),
    "waist": QT_TRANSLATE_NOOP("VariantWords", "Waist"),
    "length": QT_TRANSLATE_NOOP("VariantWords", "Length"),
    "width": QT_TRANSLATE_NOOP("VariantWords", "Width"),
    "value": QT_TRANSLATE_NOOP("VariantWords", "Value"),
})
#: attributes that are sizes, sorted as sizes
SIZE_ATTRIBUTES = frozenset({"size", "waist", "length", "width"})


def size_key(value: str) -> tuple[int, float, str]:
    """Sort key: letter sizes in rail order, then numbers by value, then the rest by name."""
    text = value.strip().upper()
    text = _ALIASES.get(text, text)
    if text in LETTER_SIZES:
        return (0, float(LETTER_SIZES.index(text)), text)
    number = _NUMBER.search(text)
    if number is not None:
        return (1, float(number.group(0).replace(",", ".")), text)
    return (2, 0.0, text)


def sorted_sizes(values: Iterable[str]) -> list[str]:
    return sorted(values, key=size_key)


def attribute_name(name: str) -> str:
    known = ATTRIBUTE_NAMES.get(name.lower())
    return QCoreApplication.translate(CONTEXT, known) if known else name.replace("_", " ").capitalize()


def describe(attributes: Mapping[str, str]) -> str:
    """"Size L · Olive": sizes with their name (a bare "L" or "32" says little), the rest as they
    are, in the catalogue's order."""
    return " · ".join(f"{attribute_name(name)} {value}" if name.lower() in SIZE_ATTRIBUTES else str(value)
                      for name, value in attributes.items())


def variant_key(variant: Variant, current: Mapping[str, str]) -> tuple[object, ...]:
    """Variants sharing most with what the shopper has come first (same colour, other sizes),
    then colours alphabetically and sizes naturally."""
    differs = sum(1 for name, value in variant.attributes.items()
                  if name not in SIZE_ATTRIBUTES and current.get(name) != value)
    others = tuple(value for name, value in variant.attributes.items() if name not in SIZE_ATTRIBUTES)
    sizes = tuple(size_key(value) for name, value in variant.attributes.items() if name in SIZE_ATTRIBUTES)
    return (differs, others, sizes)


def in_rail_order(variants: Iterable[Variant], current: Mapping[str, str]) -> list[Variant]:
    return sorted(variants, key=lambda variant: variant_key(variant, current))
