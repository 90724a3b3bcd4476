"""Printed slips in the shopper's language: the update tool finds every ``wording(...)`` text of
kiosk/printing and files it under the "Printing" context, and a Spanish shopper's slip comes
out of a real printer (PDF read back, ESC/POS bytes from a loopback printer) in Spanish, with
money written the Spanish way."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QLabel

import kiosk.ui.i18n as i18n
from kiosk.db.case_store import load_case, save_case
from kiosk.db.engine import Database, io_allowed
from kiosk.db.print_jobs import SqlPrintJobStore
from kiosk.demo import demo_pairs
from kiosk.printing.composer import CaseDocuments
from kiosk.printing.document import DocumentKind
from kiosk.printing.printers import build_printers
from kiosk.printing.queue import PrintQueue
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.money import NBSP
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.printing.conftest import CREATED, make_case, make_store
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import LoopbackPrinter, loopback_printer
from tests.ui.helpers import open_window, switch_language, tap
from tests.ui.test_translations import (  # noqa: F401 - fixtures
    UPDATE_TOOL,
    compiled_translations,
    lrelease,
    translated,
    translations,
    ts_file,
)

PRINTING_SOURCES = Path(__file__).resolve().parents[2] / "kiosk" / "printing"
#: a literal text handed straight to wording(...), as a developer writes it
LITERAL_CALL = re.compile(r"""wording\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", UPDATE_TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def context_messages(ts: Path, name: str) -> dict[str, ET.Element]:
    """source -> <translation> of the messages in context ``name``."""
    return {item.findtext("source", ""): item.find("translation")  # type: ignore[misc]
            for context in ET.parse(ts).getroot().iter("context") if context.findtext("name") == name
            for item in context.findall("message")}


def run_tool(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(UPDATE_TOOL), *arguments], check=True, capture_output=True, text=True)


# --- extraction ---------------------------------------------------------------------------------

def test_every_literal_printed_text_is_offered_for_translation_and_no_call_is_left_unfollowed() -> None:
    listed = run_tool("--list-printing")
    found = set(listed.stdout.splitlines())
    literals = {text for path in PRINTING_SOURCES.glob("*.py")
                for text in LITERAL_CALL.findall(path.read_text(encoding="utf-8"))}
    assert len(literals) > 40 and literals - found == set()
    assert listed.stderr == ""  # every wording(...) argument resolved to its texts


def test_texts_reached_through_tables_and_codes_are_extracted_too() -> None:
    found = set(run_tool("--list-printing").stdout.splitlines())
    assert "Refund: {amount}. You keep the items." in found  # settlement._HEADLINES[...]
    assert "Refund to original payment" in found  # settlement.RESOLUTIONS[...] from documents.py
    assert "Items of this kind cannot be returned." in found  # _WITHOUT_PARAMETERS.get(...) in composer.py
    assert "This item can be returned." in found  # a policy message, through MESSAGES.get(...)
    assert {"Needs approval", "Size", "Colour"} <= found  # codes Wording.code prints as words


def test_a_printed_text_the_tool_cannot_follow_is_reported(tmp_path: Path) -> None:
    (tmp_path / "slip.py").write_text(
        'TABLE = {"a": "From a table"}\n'
        "def build(wording, key, made_up):\n"
        '    return [wording("Plain"), wording(TABLE[key]), wording(made_up.upper())]\n', encoding="utf-8")
    words = tool().PrintedWords(tmp_path)
    assert {"Plain", "From a table"} <= set(words.texts)
    assert words.unresolved == [f"{tmp_path.name}/slip.py:3: wording(made_up.upper())"]


def test_the_printing_context_keeps_translations_borrows_the_screens_and_retires_gone_texts(tmp_path: Path) -> None:
    ts = tmp_path / "intake_es.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Policy</name>
    <message><source>This item can be returned.</source><translation>Puede devolver este artículo.</translation></message>
</context>
<context>
    <name>Printing</name>
    <message><source>Return code</source><translation>Código de devolución</translation></message>
    <message><source>Words no slip prints</source><translation>Palabras retiradas</translation></message>
</context>
</TS>
""", encoding="utf-8")
    run_tool(str(ts))
    printing = context_messages(ts, "Printing")
    assert (printing["Return code"].text, printing["Return code"].get("type")) == ("Código de devolución", None)
    assert (printing["This item can be returned."].text, printing["This item can be returned."].get("type")) == (
        "Puede devolver este artículo.", None)  # the slip says what the screen said
    assert printing["Words no slip prints"].get("type") == "vanished"
    assert printing["Store copy"].get("type") == "unfinished"
    before = ts.read_bytes()
    run_tool(str(ts))
    assert ts.read_bytes() == before


# --- a Spanish slip on real printers -----------------------------------------------------------

@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path):  # noqa: ANN201
    """The Spanish translation compiled from today's .ts and installed; English again afterwards."""
    compiled = tmp_path / "intake_es.qm"
    subprocess.run([lrelease(), "-silent", str(ts_file("es")), "-qm", str(compiled)], check=True)
    assert i18n.install_translation(qapp, "es", compiled.read_bytes())
    yield
    i18n.install_language(qapp, "en")


@pytest.fixture
def slip_database(tmp_path: Path) -> Iterator[Database]:
    """A real, migrated SQLite file for the print queue's jobs and the saved case."""
    with io_allowed():
        database = Database(tmp_path / "k.db").open()
    yield database
    with io_allowed():
        database.close()


def print_slip(database: Database, tmp_path: Path, case: ReturnCase, printer: LoopbackPrinter) -> Path:
    with database.sessions.begin() as session:
        save_case(session, case, now=CREATED)

    def load(case_id: str) -> ReturnCase:
        with database.session() as session:
            return load_case(session, case_id)

    printers = build_printers({
        "pdf": {"kind": "pdf", "directory": str(tmp_path), "documents": ["slip"]},
        "counter": {"kind": "network", "host": "127.0.0.1", "port": printer.port, "timeout": 5,
                    "paper_width_mm": 80, "documents": ["slip"]},
    })
    documents = CaseDocuments(make_store(), lambda: CREATED, i18n.print_wording())
    queue = PrintQueue(SqlPrintJobStore(database.sessions), printers, lambda: CREATED, load, documents)
    on_paper = queue.submit(case.id, DocumentKind.SLIP, "counter")
    as_pdf = queue.submit(case.id, DocumentKind.SLIP, "pdf")
    assert on_paper.printed, on_paper.error
    assert as_pdf.printed and as_pdf.output_path is not None
    return Path(as_pdf.output_path)


def test_a_spanish_shoppers_slip_prints_in_spanish_with_spanish_money(slip_database: Database, tmp_path: Path,
                                                                      spanish: None) -> None:
    es = translations("es")
    case = make_case(items=2)  # EUR 25,99 + 2 x 25,99
    with loopback_printer() as printer, io_allowed():  # the test stands in for the print worker
        pdf = print_slip(slip_database, tmp_path, case, printer)
    on_paper = read_escpos(printer.job_bytes()).text.replace(NBSP, " ")
    in_pdf = " ".join(page.extract_text() for page in PdfReader(pdf).pages).replace(NBSP, " ")
    headline = es[("Printing", "Refund: {amount}")].format(amount="77,97 €")
    for text in (on_paper, in_pdf):
        flat = " ".join(text.split())
        assert es[("Printing", "Return code")] in flat and "Return code" not in flat
        assert " ".join(headline.split()) in flat
        assert es[("Printing", "Keep this slip as proof of your return.")].split()[0] in flat


def test_money_on_screen_follows_the_language_on_screen(qapp: QApplication, spanish) -> None:  # noqa: ANN001
    from kiosk.ui.money_words import money

    assert money(123456, "EUR") == f"1234,56{NBSP}€"
    assert i18n.install_language(qapp, "fr")
    assert money(123456, "USD") == "1\u202f234,56\u00a0$US"
    assert i18n.install_language(qapp, "en")
    assert money(123456, "USD") == "$1,234.56"


@pytest.mark.usefixtures("translated")
def test_prices_on_screen_follow_a_language_switch_mid_return(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))
    number, email, _ = demo_pairs(NOW)[0]
    window.wizard.try_demo_order(number, email)
    tap(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.ITEMS and not window.wizard.busy, timeout=10_000)
    line = window.wizard.session.order.line("L1")
    price = line.unit_price

    def shown() -> str:
        QApplication.processEvents()
        return " ".join(label.text() for label in window.wizard.page.findChildren(QLabel) if label.isVisible())

    english = f"${price // 100:,}.{price % 100:02d}"
    assert english in shown()
    switch_language(qtbot, window, "fr")
    french = f"{price // 100:,}".replace(",", "\u202f") + f",{price % 100:02d}\u00a0$US"
    assert french in shown() and english not in shown()
