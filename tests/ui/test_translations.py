"""Spanish and French ship complete: every string translated, placeholders intact, files current.

The .qm files are build output (make's `translations` target); these tests compile the .ts
sources themselves, so they prove what is in the .ts whether or not make has run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import astuple
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

import kiosk.ui.i18n as i18n
from kiosk.demo import demo_pairs
from kiosk.ui.messages import message
from kiosk.ui.shell import KioskWindow
from kiosk.ui.tour import walk_every_step
from kiosk.workflow.wizard import SHOPPER_STEPS, Step
from tests.conftest import NOW
from tests.ui.helpers import open_window, switch_language, tap, tap_named

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
UPDATE_TOOL = REPO / "tools" / "update_translations.py"
LANGUAGES = ("es", "fr")
#: str.format fields, and Qt's %1 / %n where a string is filled with QString-style arguments
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
MARKUP = re.compile(r"<[^<>]+>")
#: signs that carry meaning on their own (verdict marks, quantities, separators)
SYMBOLS = "✓✕⚠×·+…−"
#: the pseudo-locale written by `update_translations.py --pseudo`
PSEUDO = "xx"
#: the narrowest kiosk screen we ship on (the window opens at 1024 x 768)
KIOSK_WIDTH = 1024


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"intake_{language}.ts"


def live_messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> translation element, for messages still in use."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for item in context.findall("message"):
            translation = item.find("translation")
            assert translation is not None, f"no <translation> for {item.findtext('source')!r}"
            if translation.get("type") not in ("vanished", "obsolete"):
                found[(context.findtext("name", ""), item.findtext("source", ""))] = translation
    return found


def forms(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a message that takes a count (%n)."""
    plural = translation.findall("numerusform")
    return [form.text or "" for form in plural] if plural else [translation.text or ""]


def translations(language: str) -> dict[tuple[str, str], str]:
    return {key: forms(element)[0] for key, element in live_messages(ts_file(language)).items()}


def lrelease() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside_python) if beside_python.exists() else "pyside6-lrelease"


# --- the .ts files -----------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation(language: str) -> None:
    unfinished = [key for key, element in live_messages(ts_file(language)).items()
                  if element.get("type") == "unfinished" or not all(text.strip() for text in forms(element))]
    assert unfinished == [], f"untranslated in intake_{language}.ts: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_markup_and_symbols_of_the_source(language: str) -> None:
    def shape(text: str, plural: bool) -> tuple[object, ...]:
        fields = set(PLACEHOLDER.findall(text)) - ({"%n"} if plural else set())  # "one item" may drop %n
        leading_mark = text[:2] if text[:1] in "✓✕!⚠" else ""
        return fields, set(MARKUP.findall(text)), {c for c in text if c in SYMBOLS}, leading_mark

    broken: list[tuple[str, str, str]] = []
    for (context, source), element in live_messages(ts_file(language)).items():
        plural = bool(element.findall("numerusform"))
        broken += [(context, source, text) for text in forms(element)
                   if text and shape(source, plural) != shape(text, plural)]
    assert broken == []


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Copies of the .ts files after running the update tool over today's code."""
    folder = tmp_path_factory.mktemp("refreshed")
    copies = {language: folder / ts_file(language).name for language in LANGUAGES}
    for language, copy in copies.items():
        shutil.copy(ts_file(language), copy)
    subprocess.run([sys.executable, str(UPDATE_TOOL), *map(str, copies.values())],
                   check=True, capture_output=True, text=True)
    return copies


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_files_are_up_to_date_with_the_code(language: str, refreshed: dict[str, Path]) -> None:
    shipped = set(live_messages(ts_file(language)))
    current = set(live_messages(refreshed[language]))
    missing, gone = sorted(current - shipped), sorted(shipped - current)
    assert (missing, gone) == ([], []), (
        f"intake_{language}.ts is out of date: run `python tools/update_translations.py`, then translate "
        f"the new strings.\n  new in the code or policy: {missing}\n  no longer used: {gone}")


def test_the_update_tool_changes_nothing_when_run_twice(refreshed: dict[str, Path]) -> None:
    first = {language: path.read_bytes() for language, path in refreshed.items()}
    subprocess.run([sys.executable, str(UPDATE_TOOL), *map(str, refreshed.values())],
                   check=True, capture_output=True, text=True)
    assert {language: path.read_bytes() for language, path in refreshed.items()} == first


def test_the_update_tool_keeps_policy_translations_and_obsoletes_vanished_labels(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"reasons": [{"code": "too_small", "label": "Too small"}]}', encoding="utf-8")
    ts = tmp_path / "intake_es.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Policy</name>
    <message><source>Too small</source><translation>Muy pequeño</translation></message>
    <message><source>Gone label</source><translation>Etiqueta retirada</translation></message>
</context>
</TS>
""", encoding="utf-8")
    subprocess.run([sys.executable, str(UPDATE_TOOL), "--policy", str(policy), str(ts)], check=True)

    policy_messages = {item.findtext("source"): item.find("translation")
                       for context in ET.parse(ts).getroot().iter("context")
                       if context.findtext("name") == "Policy" for item in context.findall("message")}
    assert policy_messages["Too small"].text == "Muy pequeño" and policy_messages["Too small"].get("type") is None
    assert policy_messages["Gone label"].get("type") == "vanished"
    assert policy_messages["Gone label"].text == "Etiqueta retirada"
    assert policy_messages["This item can be returned."].get("type") == "unfinished"


# --- the real window ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from today's .ts, the way make's `translations` target does, and a pseudo-locale."""
    folder = tmp_path_factory.mktemp("qm")
    pseudo = folder / f"intake_{PSEUDO}.ts"
    subprocess.run([sys.executable, str(UPDATE_TOOL), "--pseudo", str(pseudo)], check=True, capture_output=True)
    for ts in [*map(ts_file, LANGUAGES), pseudo]:
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)], check=True)
    return folder


@pytest.fixture
def translated(compiled_translations: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Languages load from the freshly compiled files; English is back for the next test."""
    shipped = i18n.resource
    monkeypatch.setattr(i18n, "resource", lambda *parts: (
        compiled_translations.joinpath(*parts[1:]) if parts[:1] == ("translations",) else shipped(*parts)))
    yield
    app = QApplication.instance()
    assert app is not None
    i18n.install_language(app, "en")


@pytest.fixture
def window_on_reasons(qtbot, window_services, translated) -> KioskWindow:  # noqa: ANN001
    """A window on the Reasons step, one item picked with a reason and a condition tapped."""
    window = open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))
    number, email, _ = demo_pairs(NOW)[0]
    window.wizard.try_demo_order(number, email)
    tap(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.ITEMS and not window.wizard.busy, timeout=10_000)
    title = window.wizard.session.order.line("L1").title
    tap_named(qtbot, window, f"More of {title}")
    tap(qtbot, window.footer.next_button)
    tap_named(qtbot, window, f"Reason for {title}: Too small")
    tap_named(qtbot, window, f"Condition of {title}: Unopened, with tags")
    assert window.wizard.session.step == Step.REASONS
    return window


def expected_chrome(language: str) -> dict[str, str]:
    """What the header and footer say on the Reasons step, from the .ts (English as source)."""
    table = translations(language) if language != "en" else {}

    def say(context: str, source: str) -> str:
        return table.get((context, source), source)

    index = SHOPPER_STEPS.index(Step.REASONS)
    progress = say("Stepper", "Step {n} of {m}: {name}").format(
        n=index + 1, m=len(SHOPPER_STEPS), name=say("Stepper", "Reasons"))
    progress += " · " + say("Stepper", "Next: {name}").format(name=say("Stepper", "Check"))
    return {
        "title": say("ReasonsPage", "Why are you returning them?"),
        "progress": progress,
        "back": say("Footer", "Back"),
        "cancel": say("Footer", "Cancel"),
        "next": say("Footer", "Next"),
        "reason": say("Policy", "Too small"),
        "condition": say("Policy", "Unopened, with tags"),
    }


def shown_chrome(window: KioskWindow) -> dict[str, str]:
    QApplication.processEvents()
    page = window.wizard.page
    inputs = page.inputs["L1"]
    return {
        "title": page.title.text(),
        "progress": window.stepper.accessibleName(),
        "back": window.footer.back_button.text(),
        "cancel": window.footer.cancel_button.text(),
        "next": window.footer.next_button.text(),
        "reason": inputs.reason.button_for(inputs.reason.value()).text().removeprefix("✓ "),
        "condition": inputs.condition.button_for(inputs.condition.value()).text().removeprefix("✓ "),
    }


def test_switching_language_mid_return_translates_the_screen_and_keeps_the_choices(qtbot, window_on_reasons) -> None:  # noqa: ANN001
    window = window_on_reasons
    english = expected_chrome("en")
    assert all(expected_chrome(language)[part] != english[part] for language in LANGUAGES for part in english)
    switch_language(qtbot, window, "es")
    choices = {line_id: astuple(choice) for line_id, choice in window.wizard.session.choices.items()}
    assert choices["L1"] == (1, "too_small", "unopened", "")
    assert shown_chrome(window) == expected_chrome("es")
    assert window.footer.next_button.accessibleName() == expected_chrome("es")["next"]
    assert window.header.language_buttons["es"].isChecked() and not window.header.language_buttons["en"].isChecked()

    for language in ("fr", "en"):
        switch_language(qtbot, window, language)
        assert window.wizard.session.step == Step.REASONS and window.language == language
        assert shown_chrome(window) == expected_chrome(language)
        assert {line_id: astuple(choice) for line_id, choice in window.wizard.session.choices.items()} == choices

    tap(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.RESOLUTION  # nothing held back: the verdicts wait for the review


def test_the_sync_badge_follows_the_language_on_screen(qtbot, window_services, translated) -> None:  # noqa: ANN001
    from kiosk.ui.shell import SyncView
    from kiosk.ui.sync_badge import SyncBadge

    badge = SyncBadge()
    window = open_window(qtbot, window_services, sync=SyncView(badge, QWidget))
    assert badge.text() == "Sync: starting"
    switch_language(qtbot, window, "es")
    spanish = translations("es")[("SyncBadge", "Sync: starting")]
    qtbot.waitUntil(lambda: badge.text() == spanish, timeout=5_000)  # Qt posts the language change to every widget


@pytest.mark.parametrize("language", LANGUAGES)
def test_policy_messages_follow_the_language(translated, language: str) -> None:  # noqa: ANN001
    app = QApplication.instance()
    assert app is not None and i18n.install_language(app, language)
    grace = "The return window closed on {closes_on}. A manager can still accept this return."
    day = QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.LongFormat)  # dates read in the language too
    expected = translations(language)[("Policy", grace)].format(closes_on=day)
    assert message("window_grace", {"closes_on": "2026-12-01"}) == expected != grace.format(closes_on=day)


# --- layout with longer words ------------------------------------------------------------------

def clipped_controls(window: KioskWindow) -> list[str]:
    """Visible buttons narrower than their text, or pushed past the edge of what can be seen."""
    QApplication.processEvents()
    return [control.text() for control in window.findChildren(QAbstractButton)
            if control.isVisible() and (control.width() < control.sizeHint().width() or _sticks_out(control, window))]


def _sticks_out(control: QWidget, window: KioskWindow) -> bool:
    area = QRect(control.mapTo(window, QPoint(0, 0)), control.size())
    holder = control.parentWidget()
    while holder is not None and holder is not window:
        if isinstance(holder, QScrollArea):  # no horizontal scroll bar: whatever is wider is cut off
            viewport = holder.viewport()
            seen = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            if area.left() < seen.left() or area.right() > seen.right():
                return True
        holder = holder.parentWidget()
    return area.right() > window.rect().right()


@pytest.mark.parametrize(("language", "theme"), [
    ("es", "default"),
    ("fr", "default"),
    (PSEUDO, "default"),
    ("en", "high_contrast"),
    (PSEUDO, "high_contrast"),
])
def test_every_control_shows_its_whole_text_on_every_step(qtbot, window_services, translated,  # noqa: ANN001
                                                          language: str, theme: str) -> None:
    window = open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))
    switch_language(qtbot, window, language)
    window.header.contrast_button.setChecked(theme == "high_contrast")
    window.header.large_text_button.setChecked(theme == "high_contrast")
    number, email, _ = demo_pairs(NOW)[0]
    clipped = {step.name: clipped_controls(window) for step in walk_every_step(window, number, email)}
    assert {step: texts for step, texts in clipped.items() if texts} == {}
    assert window.width() <= KIOSK_WIDTH
