"""Printing: return slips, store copies, 4x6 labels and refusal slips, on thermal or PDF printers.

document.py     the renderer-neutral blocks a document is made of
documents.py    one builder per document kind, from a ReturnCase and the Store
settlement.py   how a case is settled, in words: headline, totals, where the money goes
case_context    names for what a case keeps as codes (staff, policy labels, exchanged items)
wording.py      the printed words in the shopper's language
composer.py     which document a queued job prints, rebuilt from the saved case
barcodes.py     Code 128 and QR sized to whole printer dots, with their quiet zones
escpos_render   Document -> ESC/POS bytes (58/80 mm), via python-escpos
pdf_render      Document -> PDF (4x6 label, A4/Letter slip), via reportlab
settings.py     [printers.NAME] tables -> PrinterSettings
printers.py     PrinterSettings -> printers that raise PrinterError with a kind
queue.py        the persistent print queue (store protocol in jobs.py)

Imports kiosk.workflow only; Qt print support is passed in by the UI (printers.SystemPrint).
Submodules are imported directly, so using one renderer does not load the other.
"""
