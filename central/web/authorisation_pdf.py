"""The printable return authorisation: its QR code, its code in text, and what to bring (reportlab)."""

from __future__ import annotations

import io
from typing import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from central.models_authorisations import Authorisation
from kiosk.workflow.authorisations import qr_payload

Translate = Callable[..., str]
QR_SIZE = 70 * mm


def authorisation_pdf(row: Authorisation, store_name: str | None, t: Translate) -> bytes:
    """One A4 page; the QR carries ``INTAKE-RA:<code>`` like the one on screen."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    page.setTitle(f"{t('Return authorisation')} {row.code}")
    width, height = A4
    y = height - 25 * mm
    page.setFont("Helvetica-Bold", 20)
    page.drawString(20 * mm, y, t("Return authorisation"))
    y -= 12 * mm
    page.setFont("Courier-Bold", 22)
    page.drawString(20 * mm, y, row.code)
    _qr(page, qr_payload(row.code), (width - QR_SIZE) / 2, y - 8 * mm - QR_SIZE)
    y -= 16 * mm + QR_SIZE
    page.setFont("Helvetica", 11)
    where = store_name or t("any of our stores")
    for text in (t("Order {number}", number=row.order_number),
                 t("Drop off at: {store}", store=where),
                 t("Valid until {date}", date=row.expires_at.date().isoformat()),
                 t("Show this code at the kiosk and bring these items:")):
        page.drawString(20 * mm, y, text)
        y -= 7 * mm
    for line in row.lines:
        page.drawString(26 * mm, y, f"{line['quantity']} x {line['title']}"[:90])
        y -= 6 * mm
    page.showPage()
    page.save()
    return buffer.getvalue()


def _qr(page: canvas.Canvas, payload: str, x: float, y: float) -> None:
    widget = QrCodeWidget(payload, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, page, x, y)
