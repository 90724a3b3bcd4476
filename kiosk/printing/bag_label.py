"""The bag label of an online return dropped off at the kiosk (issue 18).

A small thermal document stuck on the bag the items are packed in: the return code as text
and Code 128 (what the back room scans), the authorisation code it fulfils, the order, and
the items packed with how each was checked, so whoever opens the bag knows what should be in it.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.printing.document import (
    Align,
    Barcode,
    Block,
    Document,
    DocumentKind,
    Footer,
    KeyValues,
    Rule,
    Size,
    Text,
    Title,
)
from kiosk.printing.documents import local_time
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.store import Store


def bag_label(case: ReturnCase, store: Store, *, when: datetime | None = None,
              wording: Wording = ENGLISH) -> Document:
    """The label for the bag of a drop-off; a case without an authorisation has no bag label."""
    if not case.authorisation_code:
        raise ValueError("a bag label is printed only for an online return dropped off")
    rows = [(wording("Return code"), case.code), (wording("Authorisation"), case.authorisation_code),
            (wording("Order"), case.order_number), (wording("Store"), store.name)]
    if when is not None:
        rows.append((wording("Packed"), local_time(when, store)))
    blocks: list[Block] = [
        Title(wording("Return bag")),
        Text(case.code, bold=True, align=Align.CENTER, size=Size.LARGE),
        Barcode(case.code.replace("-", "")),
        KeyValues(tuple(rows)),
        Rule(),
    ]
    for line in case.lines:
        checked = {"scan": wording("barcode scanned"), "staff_sight": wording("checked by staff")}.get(
            line.verified_by or "", wording("not checked"))
        blocks += [Text(f"{line.quantity} × {line.title}", bold=True), Text(f"{line.gtin or line.sku} · {checked}")]
    blocks += [Rule(), Footer(wording("Seal the bag with this label on it."))]
    return Document(DocumentKind.SLIP, tuple(blocks), reference=case.code)
