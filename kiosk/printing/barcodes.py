"""Sizing Code 128 and QR symbols to whole printer dots, with their quiet zones.

A label printer has a fixed grid of dots (203 dpi on nearly every 4x6 thermal printer). A
bar 3.7 dots wide is printed 3 or 4 dots wide depending on where it falls, so the ratios
between bars and spaces wobble and scanners misread or give up. Every module (the narrowest
bar or space) is therefore a whole number of dots, at least two, and the symbol starts on a
dot. Code 128 also needs blank paper of at least ten modules on each side (ISO/IEC 15417),
QR four modules all round (ISO/IEC 18004): without it a scanner cannot find where the
symbol begins.
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_DPI = 203
#: sheets go to office printers; whole dots at 300 dpi are whole at 600 dpi too
SHEET_DPI = 300
QUIET_MODULES = 10
QR_QUIET_MODULES = 4
MIN_MODULE_DOTS = 2
#: what ``GS w`` accepts on Epson-compatible printers
ESCPOS_MODULE_DOTS = range(2, 7)
#: start, check and stop characters around the data in a Code 128 symbol
_FRAME_SYMBOLS = 3


def code128b_modules(data: str) -> int:
    """Modules of ``data`` in code set B alone (what ``{B`` asks a printer for): 11 per
    character plus start and check, and 13 for the stop pattern."""
    return 11 * (len(data) + _FRAME_SYMBOLS) + 2


def points_per_dot(dpi: int) -> float:
    return 72 / dpi


def snap_to_dot(points: float, dpi: int) -> float:
    """The nearest position on the printer's dot grid (the page origin is dot 0)."""
    return round(points * dpi / 72) * points_per_dot(dpi)


@dataclass(frozen=True)
class LinearFit:
    """A Code 128 symbol of ``modules`` modules, each ``module_dots`` printer dots wide."""

    modules: int
    module_dots: int
    dpi: int

    @property
    def module_width(self) -> float:
        """In points: what a PDF draws."""
        return self.module_dots * points_per_dot(self.dpi)

    @property
    def quiet_width(self) -> float:
        return QUIET_MODULES * self.module_width

    @property
    def symbol_width(self) -> float:
        return self.modules * self.module_width

    @property
    def width(self) -> float:
        """The symbol with both quiet zones."""
        return self.symbol_width + 2 * self.quiet_width


def fit_code128(modules: int, span: float, dpi: int, max_dots: int = 6) -> LinearFit:
    """The widest whole-dot module (up to ``max_dots``) at which the symbol and both quiet
    zones fit in ``span`` points; at least two dots even when that overflows the span."""
    room = int(span * dpi / 72 + 1e-9)
    fitting = [n for n in range(MIN_MODULE_DOTS, max_dots + 1) if (modules + 2 * QUIET_MODULES) * n <= room]
    return LinearFit(modules, max(fitting, default=MIN_MODULE_DOTS), dpi)


@dataclass(frozen=True)
class MatrixFit:
    """A QR symbol of ``modules`` x ``modules`` plus its quiet zone, in whole dots."""

    modules: int
    module_dots: int
    dpi: int

    @property
    def module_width(self) -> float:
        return self.module_dots * points_per_dot(self.dpi)

    @property
    def width(self) -> float:
        """The symbol with its quiet zone all round."""
        return (self.modules + 2 * QR_QUIET_MODULES) * self.module_width


def fit_qr(modules: int, size: float, dpi: int) -> MatrixFit:
    """The largest whole-dot module at which the QR and its quiet zone fit in ``size`` points."""
    dots = int(size * dpi / 72 + 1e-9) // (modules + 2 * QR_QUIET_MODULES)
    return MatrixFit(modules, max(dots, 1), dpi)


def escpos_module_dots(modules: int, printable_dots: int, paper_dots: int) -> int:
    """The ``GS w`` module width for a centred hardware barcode.

    The symbol must fit the printable width, and the blank paper either side of it (the
    printer centres the print head's width on the roll) must hold ten modules. The widest
    such module scans best; two dots when nothing fits, the narrowest the command takes.
    """
    fitting = [
        n for n in ESCPOS_MODULE_DOTS
        if modules * n <= printable_dots and (paper_dots - modules * n) // 2 >= QUIET_MODULES * n
    ]
    return max(fitting, default=ESCPOS_MODULE_DOTS[0])
