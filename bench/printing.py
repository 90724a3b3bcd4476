"""How long building and rendering a 10-item return slip takes, to ESC/POS and to PDF.

Each workload builds the document from the case (documents.return_slip) and renders it. The
baselines, measured in the same run, do the least a renderer could: the ESC/POS baseline
encodes the same text lines to bytes with a reset and a cut; the PDF baseline draws the same
lines on a bare reportlab canvas with the same embedded font. Targets: ESC/POS under 20 ms,
PDF under 100 ms per slip. The first (cold) call, which loads fonts and code page tables, is
reported separately.

    .venv/bin/python bench/printing.py
"""

from __future__ import annotations

import gc
import io
import statistics
import time
from datetime import datetime, timezone
from typing import Any, Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.printing.documents import return_slip
from kiosk.printing.escpos_render import ReceiptFormat, render_escpos
from kiosk.printing.pdf_render import FONT, register_fonts, render_pdf
from kiosk.workflow.cases import CaseLine, Resolution, ReturnCase, TenderRefund
from kiosk.workflow.ids import CaseId, LineId, OrderNumber, mint_return_code
from kiosk.workflow.store import Store

ROUNDS, REPEAT = 21, 10
ESCPOS_TARGET, PDF_TARGET = 20e-3, 100e-3


def bench_case() -> tuple[ReturnCase, Store]:
    store = Store("S042", "Boutique Éléonore", ("12 rue de la Paix", "75002 Paris"), "Europe/Paris", "+33 1 23 45 67 89")
    lines = tuple(
        CaseLine(LineId(f"L{i}"), f"SKU-{i:03d}", f"Chemise à carreaux façon œuvre n°{i}, coloris crème brûlée", 1 + i % 2,
                 "too_small" if i % 2 else "changed_mind", "eligible", 2599 * (1 + i % 2), condition="unworn")
        for i in range(10)
    )
    total = sum(line.refund_amount for line in lines)
    case = ReturnCase(CaseId("bench"), mint_return_code(12345), OrderNumber("100234"), "S042", "kiosk-7",
                      datetime(2026, 11, 27, 14, 30, tzinfo=timezone.utc), "EUR", Resolution.REFUND, lines, "2026-11-01",
                      total, tender_refunds=(TenderRefund("card", total),), customer_name="Ana Núñez")
    return case, store


def medians(**workloads: Callable[[], Any]) -> dict[str, float]:
    """Median over ROUNDS of the mean of REPEAT calls; rounds alternate, GC paused (as timeit)."""
    samples: dict[str, list[float]] = {name: [] for name in workloads}
    gc.disable()
    try:
        for _ in range(ROUNDS):
            for name, work in workloads.items():
                start = time.perf_counter()
                for _ in range(REPEAT):
                    work()
                samples[name].append((time.perf_counter() - start) / REPEAT)
    finally:
        gc.enable()
    return {name: statistics.median(values) for name, values in samples.items()}


def raw_escpos(lines: list[str]) -> Callable[[], bytes]:
    def run() -> bytes:
        return b"\x1b@" + "\n".join(lines).encode("cp858", "replace") + b"\n\x1dV\x00"

    return run


def bare_canvas(lines: list[str]) -> Callable[[], bytes]:
    def run() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT)
        canvas.setFont(FONT, 10)
        y = 800.0
        for line in lines:
            canvas.drawString(56, y, line)
            y -= 13
        canvas.save()
        return buffer.getvalue()

    return run


def cold(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    case, store = bench_case()
    fmt = ReceiptFormat.for_paper(80)
    escpos = lambda: render_escpos(return_slip(case, store), fmt)  # noqa: E731
    pdf = lambda: render_pdf(return_slip(case, store))  # noqa: E731
    first_escpos, first_pdf = cold(escpos), cold(pdf)
    register_fonts()
    lines = return_slip(case, store).text_lines()
    timings = medians(escpos=escpos, escpos_baseline=raw_escpos(lines), pdf=pdf, pdf_baseline=bare_canvas(lines))
    report("ESC/POS", timings["escpos"], timings["escpos_baseline"], first_escpos, ESCPOS_TARGET, "raw text lines to bytes")
    report("PDF", timings["pdf"], timings["pdf_baseline"], first_pdf, PDF_TARGET, "bare reportlab canvas")


def report(name: str, median: float, baseline: float, first: float, target: float, baseline_name: str) -> None:
    print(f"{name} 10-item slip, build + render: {median * 1e3:8.2f} ms median  (first call {first * 1e3:.1f} ms)")
    print(f"  baseline ({baseline_name}): {baseline * 1e3:8.3f} ms median")
    print(f"  ratio slip / baseline: {median / baseline:.1f}x")
    print(f"  target < {target * 1e3:.0f} ms: {'met' if median < target else 'MISSED'}")


if __name__ == "__main__":
    main()
