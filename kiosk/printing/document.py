"""A printed document as plain data, before it knows which printer it goes to.

The same slip prints on a 58 mm thermal roll, an 80 mm one, an A4 sheet or a 4x6 label. The
builders in ``documents.py`` say *what* is on the paper with these blocks; the ESC/POS and PDF
renderers decide *how* it looks on their medium. Keeping the blocks dumb (strings already
translated and formatted) means a renderer never needs the domain, a clock or a translator.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DocumentKind(str, Enum):
    """What a print job is; also the values stored in ``print_jobs.kind``."""

    SLIP = "slip"
    STORE_COPY = "store_copy"
    LABEL = "label"
    REFUSAL = "refusal"
    TEST = "test"
    #: the end-of-day report (printed at once on the slip printer, never queued)
    DAY_REPORT = "day_report"
    #: the label on the bag of an online return dropped off (on the slip printer, queued)
    BAG_LABEL = "bag_label"


class PageFormat(str, Enum):
    """The paper a document is designed for; renderers map it to a page or a roll."""

    RECEIPT = "receipt"
    LABEL_4X6 = "label_4x6"


class Align(str, Enum):
    LEFT = "left"
    CENTER = "center"


class Size(str, Enum):
    SMALL = "small"
    NORMAL = "normal"
    LARGE = "large"


@dataclass(frozen=True)
class Title:
    """The document's headline, printed large and centred."""

    text: str


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    align: Align = Align.LEFT
    size: Size = Size.NORMAL


@dataclass(frozen=True)
class Notice:
    """Something the reader must not miss (a pending approval): printed inverted or boxed."""

    text: str


@dataclass(frozen=True)
class KeyValues:
    """Label/value rows such as "Return code  K7QM-4TZ9-XH2"."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Address:
    """A postal block on a label; ``prominent`` is the one the carrier reads (ship-to)."""

    heading: str
    lines: tuple[str, ...]
    prominent: bool = False


@dataclass(frozen=True)
class ItemRow:
    """One returned line; ``flags`` are what staff must not miss about it (a manager's
    override), printed in bold before the details."""

    title: str
    quantity: int
    amount: str = ""
    details: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemTable:
    """Returned items: quantity, title and amount, with detail lines (reason, exchange)."""

    item_header: str
    quantity_header: str
    amount_header: str
    rows: tuple[ItemRow, ...]


@dataclass(frozen=True)
class Barcode:
    """A Code 128 barcode; ``data`` must be printable ASCII (return codes are)."""

    data: str
    caption: bool = True

    def __post_init__(self) -> None:
        if not self.data or any(not 32 <= ord(ch) < 127 for ch in self.data):
            raise ValueError(f"Code 128 data must be printable ASCII, got {self.data!r}")


@dataclass(frozen=True)
class QR:
    data: str


@dataclass(frozen=True)
class Rule:
    """A horizontal separator."""


@dataclass(frozen=True)
class Footer:
    text: str


@dataclass(frozen=True)
class Columns:
    """Two stacks side by side where the page is wide enough (a PDF label); one after the
    other on a roll. Lets a 4x6 label keep its QR beside the sender instead of below it."""

    left: tuple[Block, ...]
    right: tuple[Block, ...]


Block = Title | Text | Notice | KeyValues | Address | ItemTable | Barcode | QR | Rule | Footer | Columns


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    blocks: tuple[Block, ...]
    page: PageFormat = PageFormat.RECEIPT
    reference: str = ""

    def text_lines(self) -> list[str]:
        """Every human-readable string in reading order (for tests, previews and benchmarks)."""
        return [line for block in self.blocks for line in _block_text(block)]


def _block_text(block: Block) -> list[str]:
    if isinstance(block, (Title, Text, Notice, Footer)):
        return [block.text]
    if isinstance(block, KeyValues):
        return [f"{key}: {value}" for key, value in block.rows]
    if isinstance(block, Address):
        return [block.heading, *block.lines]
    if isinstance(block, ItemTable):
        return [
            line
            for row in block.rows
            for line in (f"{row.quantity} x {row.title} {row.amount}".rstrip(), *row.flags, *row.details)
        ]
    if isinstance(block, Columns):
        return [line for part in (*block.left, *block.right) for line in _block_text(part)]
    if isinstance(block, Barcode) and block.caption:
        return [block.data]
    return []
