"""Reading ESC/POS bytes back the way a receipt printer would, for assertions.

A small interpreter for the commands our renderer sends: it tracks the code page (ESC t n) to
turn bytes back into text, and collects barcodes (GS k), QR data (GS ( k fn 80), raster images
(GS v 0) and cuts (GS V). Written from the ESC/POS command reference, not from our renderer,
so a wrong command length or code page shows up as garbage text or a failed parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from escpos.capabilities import get_profile
from escpos.magicencode import Encoder

ESC, GS, DLE = 0x1B, 0x1D, 0x10


@dataclass
class Printout:
    text: str = ""
    barcodes: list[tuple[int, bytes]] = field(default_factory=list)
    qr_codes: list[bytes] = field(default_factory=list)
    images: int = 0
    cuts: int = 0
    code_pages: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def read_escpos(data: bytes, profile: str = "default") -> Printout:
    pages = {int(index): name for name, index in get_profile(profile).get_code_pages().items()}
    out = Printout()
    chars: list[str] = []
    table: list[str] | None = None
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == ESC:
            command = data[i + 1]
            if command == ord("t"):
                name = pages[data[i + 2]]
                out.code_pages.append(name)
                table = Encoder._get_codepage_char_list(name)
            i += 2 if command == ord("@") else 3
        elif byte == GS:
            i = _gs(data, i, out)
        elif byte == DLE:
            i += 3
        else:
            chars.append(chr(byte) if byte < 128 else (table[byte - 128] if table else "\ufffd"))
            i += 1
    out.text = "".join(chars)
    return out


def _gs(data: bytes, i: int, out: Printout) -> int:
    command = chr(data[i + 1])
    if command == "k":  # barcode: function B is GS k m n d1..dn
        kind, length = data[i + 2], data[i + 3]
        out.barcodes.append((kind, data[i + 4 : i + 4 + length]))
        return i + 4 + length
    if command == "(":  # GS ( k pL pH cn fn [m] data
        length = data[i + 3] + 256 * data[i + 4]
        body = data[i + 5 : i + 5 + length]
        if data[i + 2] == ord("k") and body[:2] == b"1P":
            out.qr_codes.append(body[3:])
        return i + 5 + length
    if command == "v":  # GS v 0 m xL xH yL yH image
        width = data[i + 4] + 256 * data[i + 5]
        height = data[i + 6] + 256 * data[i + 7]
        out.images += 1
        return i + 8 + width * height
    if command == "V":
        out.cuts += 1
        return i + (4 if data[i + 2] in (65, 66) else 3)
    return i + 3
