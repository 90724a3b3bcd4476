"""Documents to ESC/POS bytes for 58 and 80 mm thermal printers, through python-escpos.

Rendering writes into python-escpos's ``Dummy`` printer and returns the bytes, so a job can be
rendered once and sent (or re-sent) by any transport. Text goes through python-escpos's
"magic" encoder, which switches the printer's code page (ESC t n) to one that holds each
accented character the profile supports. Code 128 and QR are drawn by the printer itself when
its profile says it can (crisper, and what scanners read first time); otherwise they are sent as
raster images. Either way a Code 128 module is a whole number of dots, chosen so that the
symbol is centred with ten modules of blank paper on each side (barcodes.py).
"""

from __future__ import annotations

import textwrap
import threading
import unicodedata
from dataclasses import dataclass

from escpos.capabilities import get_profile
from escpos.constants import QR_ECLEVEL_M
from escpos.magicencode import Encoder
from escpos.printer import Dummy

from kiosk.printing.barcodes import LABEL_DPI, code128b_modules, escpos_module_dots
from kiosk.printing.document import (
    QR,
    Address,
    Align,
    Barcode,
    Block,
    Columns,
    Document,
    Footer,
    ItemRow,
    ItemTable,
    KeyValues,
    Notice,
    Rule,
    Size,
    Text,
    Title,
)

PAPER_COLUMNS = {58: 32, 80: 48}
DOTS_PER_COLUMN = 12  # font A is 12 dots wide on Epson-compatible printers


@dataclass(frozen=True)
class ReceiptFormat:
    """How a thermal printer lays out a document: columns of font A, its python-escpos profile."""

    columns: int = 48
    profile: str = "default"
    paper_width_mm: int = 80
    qr_size: int = 6
    barcode_height: int = 80
    cut: bool = True

    @classmethod
    def for_paper(cls, paper_width_mm: int, profile: str = "default") -> ReceiptFormat:
        if paper_width_mm not in PAPER_COLUMNS:
            raise ValueError(f"paper_width_mm must be one of {sorted(PAPER_COLUMNS)}, got {paper_width_mm}")
        return cls(columns=PAPER_COLUMNS[paper_width_mm], profile=profile, paper_width_mm=paper_width_mm)

    def printable_dots(self) -> int:
        """The print head's width: the profile's when it knows it, else the columns of font A."""
        pixels = get_profile(self.profile).profile_data.get("media", {}).get("width", {}).get("pixels")
        return min(pixels, self.columns * DOTS_PER_COLUMN) if isinstance(pixels, int) else self.columns * DOTS_PER_COLUMN

    def paper_dots(self) -> int:
        dpi = get_profile(self.profile).profile_data.get("media", {}).get("dpi")
        return self.paper_width_mm * (dpi if isinstance(dpi, int) else LABEL_DPI) * 10 // 254


_encoders: dict[str, Encoder] = {}
_encoders_lock = threading.Lock()


def _shared_encoder(profile_name: str) -> Encoder:
    """One code page encoder per profile: building its character maps is the slow part."""
    with _encoders_lock:
        if profile_name not in _encoders:
            _encoders[profile_name] = Encoder(get_profile(profile_name).get_code_pages())
        return _encoders[profile_name]


def render_escpos(document: Document, fmt: ReceiptFormat = ReceiptFormat()) -> bytes:
    """The complete job, from printer reset (ESC @) to the cut (GS V)."""
    writer = _Writer(fmt)
    writer.printer.hw("INIT")
    for block in document.blocks:
        writer.block(block)
    if fmt.cut:
        writer.printer.cut()
    return bytes(writer.printer.output)


class _Writer:
    def __init__(self, fmt: ReceiptFormat) -> None:
        self.fmt = fmt
        self.columns = fmt.columns
        self.printer = Dummy(profile=fmt.profile, magic_encode_args={"encoder": _shared_encoder(fmt.profile)})

    def block(self, block: Block) -> None:
        getattr(self, f"_{type(block).__name__.lower()}")(block)

    def lines(self, text: str, width: int | None = None, indent: str = "") -> None:
        for line in wrap(text, (width or self.columns) - len(indent)):
            self.printer.textln(indent + line)

    def _title(self, block: Title) -> None:
        self.printer.set(align="center", bold=True, double_width=True, double_height=True)
        self.lines(block.text, self.columns // 2)
        self.printer.set(align="left", bold=False, normal_textsize=True)

    def _text(self, block: Text) -> None:
        large = block.size is Size.LARGE
        self.printer.set(align=block.align.value, bold=block.bold, double_height=large or None)
        self.lines(block.text)
        self.printer.set(align="left", bold=False, normal_textsize=large or None)

    def _notice(self, block: Notice) -> None:
        self.printer.set(bold=True, invert=True)
        for line in wrap(block.text, self.columns - 2):
            self.printer.textln(f" {line.ljust(self.columns - 2)} ")
        self.printer.set(bold=False, invert=False)

    def _keyvalues(self, block: KeyValues) -> None:
        for key, value in block.rows:
            if len(key) + len(value) + 1 <= self.columns:
                self.printer.textln(key.ljust(self.columns - len(value)) + value)
            else:
                self.lines(key)
                self.lines(value, indent="  ")

    def _address(self, block: Address) -> None:
        self.printer.set(bold=True)
        self.lines(block.heading)
        self.printer.set(bold=block.prominent, double_height=block.prominent or None)
        for line in block.lines:
            self.lines(line, indent="  ")
        self.printer.set(bold=False, normal_textsize=block.prominent or None)

    def _itemtable(self, block: ItemTable) -> None:
        self.printer.set(bold=True)
        self.printer.textln(_columns(f"{block.quantity_header} {block.item_header}", block.amount_header, self.columns))
        self.printer.set(bold=False)
        for row in block.rows:
            self._item_row(row)

    def _item_row(self, row: ItemRow) -> None:
        prefix = f"{row.quantity}x " if row.quantity else ""
        room = self.columns - len(prefix) - (len(row.amount) + 1 if row.amount else 0)
        title = wrap(row.title, max(room, 8))
        self.printer.textln(_columns(prefix + title[0], row.amount, self.columns))
        for more in title[1:]:
            self.printer.textln(" " * len(prefix) + more)
        indent = " " * max(len(prefix), 2)
        if row.flags:
            self.printer.set(bold=True, invert=True)
            for flag in row.flags:
                for line in wrap(flag, self.columns - len(indent)):
                    self.printer.textln(indent + line)
            self.printer.set(bold=False, invert=False)
        for detail in row.details:
            self.lines(detail, indent=" " * max(len(prefix), 2))

    def _barcode(self, block: Barcode) -> None:
        width = escpos_module_dots(code128b_modules(block.data), self.fmt.printable_dots(), self.fmt.paper_dots())
        pos = "BELOW" if block.caption else "OFF"
        if self.printer.profile.supports("barcodeB"):
            # The private hardware path: the public barcode() prints its choice to stdout.
            self.printer._hw_barcode(
                "{B" + block.data, "CODE128", self.fmt.barcode_height, width, pos, "A", True, "B"
            )
        else:
            self.printer.barcode(block.data, "CODE128", self.fmt.barcode_height, width, pos, force_software=True)
        self.printer.set(align="left")
        self.printer.ln()

    def _qr(self, block: QR) -> None:
        if self.printer.profile.supports("qrCode"):
            self.printer.set(align="center")
            self.printer.qr(block.data, ec=QR_ECLEVEL_M, size=self.fmt.qr_size, native=True)
            self.printer.set(align="left")
        else:
            self.printer.qr(block.data, ec=QR_ECLEVEL_M, size=self.fmt.qr_size, native=False, center=True)
        self.printer.ln()

    def _columns(self, block: Columns) -> None:
        for part in (*block.left, *block.right):
            self.block(part)

    def _rule(self, _block: Rule) -> None:
        self.printer.textln("-" * self.columns)

    def _footer(self, block: Footer) -> None:
        self.printer.set(align=Align.CENTER.value)
        self.lines(block.text)
        self.printer.set(align="left")


def wrap(text: str, width: int) -> list[str]:
    """Wrap by characters as the printer counts them (one per NFC code point)."""
    text = unicodedata.normalize("NFC", text)
    return textwrap.wrap(text, max(width, 1), break_long_words=True) or [""]


def _columns(left: str, right: str, width: int) -> str:
    if not right:
        return left
    return left[: max(width - len(right) - 1, 0)].ljust(width - len(right)) + right
