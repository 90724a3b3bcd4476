"""Bring resources/translations/*.ts up to date with the code and the policy's words.

Two kinds of source text reach the shopper:

* ``tr()`` and ``QT_TRANSLATE_NOOP`` strings in kiosk/**/*.py, which ``pyside6-lupdate``
  extracts into each .ts file (keeping translations, marking vanished strings obsolete);
* words that only exist as data, translated at run time in the context "Policy": the
  policy engine's message templates (kiosk.workflow.policy_messages) and the labels of
  the policy document (resources/demo/policy.json). lupdate cannot see those, so this
  tool writes them into the "Policy" context itself, keeping translations already made.

Running it twice changes nothing. Usage::

    python tools/update_translations.py              # every resources/translations/*.ts
    python tools/update_translations.py some/intake_de.ts   # or only the files named
    python tools/update_translations.py --pseudo /tmp/intake_xx.ts   # layout testing, see below

``--pseudo`` writes a pseudo-locale instead: every string accented and 40 % longer (the
usual allowance for German or French), placeholders untouched, so clipped buttons show up
before a real translation does.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.workflow.policy_messages import MESSAGES  # noqa: E402 - needs the repo on sys.path

TRANSLATIONS = REPO / "resources" / "translations"
POLICY_DOCUMENT = REPO / "resources" / "demo" / "policy.json"
POLICY_CONTEXT = "Policy"
#: translation types of a message that is no longer in the sources (lupdate's words)
GONE = {"vanished", "obsolete"}
#: placeholders and markup, which a pseudo-translation keeps as they are
_KEPT = re.compile(r"(\{[^{}]*\}|<[^<>]+>|%n|%L?\d+)")
_ACCENTED = str.maketrans("AEIOUYCNaceinousy", "ÅÉÎÕÜÝÇÑåçéîñöûšý")


# --- what needs translating -----------------------------------------------------------------

def code_sources() -> list[Path]:
    """Every Python module of the kiosk package, in a stable order."""
    return sorted((REPO / "kiosk").rglob("*.py"))


def policy_texts(document: Mapping[str, Any]) -> dict[str, str]:
    """Source text -> a note for translators, for every policy word a shopper can see."""
    texts: dict[str, dict[str, list[str]]] = {}

    def add(text: object, kind: str, code: object = None) -> None:
        if isinstance(text, str) and text.strip():
            texts.setdefault(text, {}).setdefault(kind, []).append(str(code))

    for key, template in MESSAGES.items():
        add(template, "Policy message '{}'." + (" Keep every {{placeholder}} exactly." if "{" in template else ""), key)
    for reason in document.get("reasons", []):
        add(reason.get("label"), "Return reason ({}), on a button.", reason.get("code"))
    for condition in document.get("conditions", []):
        add(condition.get("label"), "Item condition ({}), on a button.", condition.get("code"))
    rules = document.get("rules", {})
    for category in rules.get("categories", []):
        add(category.get("label"), "Product category ({}), starts a sentence.", category.get("category"))
    for code in rules.get("non_returnable", {}).get("categories", []):
        add(_humanised(code), "Product category ({}) without a label, starts a sentence.", code)
    for tag in rules.get("tags", []):
        add(tag.get("label"), "Product group ({}), starts a sentence.", tag.get("tag"))
    for window in rules.get("extended_windows", []):
        add(window.get("label"), "Extended return window ({}), starts a sentence.", window.get("id"))
    return {text: " ".join(kind.format(", ".join(codes)) for kind, codes in kinds.items())
            for text, kinds in texts.items()}


def _humanised(code: str) -> str:
    """What the policy engine shows for a category without a label (Policy.category_label)."""
    return code.replace("_", " ").capitalize()


# --- the .ts file ----------------------------------------------------------------------------

def run_lupdate(ts: Path, sources: Sequence[Path]) -> None:
    """Merge the strings of ``sources`` into ``ts`` (lupdate keeps and obsoletes translations)."""
    arguments = [str(path.relative_to(REPO)) for path in sources]
    subprocess.run([lupdate_program(), "-silent", "-source-language", "en", *arguments, "-ts", str(ts)],
                   cwd=REPO, check=True)


def lupdate_program() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lupdate"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: run this with the project's virtualenv (make setup)")
    return found


def contexts(root: ET.Element) -> dict[str, ET.Element]:
    return {context.findtext("name", ""): context for context in root.iter("context")}


def plain_messages(context: ET.Element | None) -> Iterator[tuple[str, ET.Element]]:
    """(source, message) for messages without a disambiguating comment."""
    if context is None:
        return
    for message in context.findall("message"):
        if message.find("comment") is None:
            yield message.findtext("source", ""), message


def translation_type(message: ET.Element) -> str:
    translation = message.find("translation")
    return "" if translation is None else translation.get("type", "")


def revived(old: ET.Element | None, source: str, note: str) -> ET.Element:
    """A Policy message for ``source``: its earlier translation if any, else an unfinished one."""
    message = ET.Element("message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "extracomment").text = note
    if old is not None:
        message.extend(copy.deepcopy(child) for child in old.findall("translatorcomment"))
    translation = copy.deepcopy(old.find("translation")) if old is not None else None
    if translation is None:
        translation = ET.Element("translation", type="unfinished")
    kind = translation.get("type", "")
    if kind == "vanished":  # it was finished before it vanished
        del translation.attrib["type"]
    elif kind == "obsolete":
        translation.set("type", "unfinished")
    message.append(translation)
    return message


def policy_context(updated: ET.Element | None, before: ET.Element | None, wanted: Mapping[str, str]) -> ET.Element:
    """The Policy context: strings lupdate found in code, then the wanted ones, then the vanished."""
    context = ET.Element("context")
    ET.SubElement(context, "name").text = POLICY_CONTEXT
    previous = dict(plain_messages(before))
    found = [(source, m) for source, m in plain_messages(updated) if translation_type(m) not in GONE]
    in_code = {source for source, _ in found}
    context.extend(message for _, message in found)
    context.extend(revived(previous.get(source), source, note)
                   for source, note in wanted.items() if source not in in_code)
    stale = sorted(((source, m) for source, m in plain_messages(updated)
                    if translation_type(m) in GONE and source not in wanted and source not in in_code),
                   key=lambda pair: pair[0])
    context.extend(message for _, message in stale)
    if updated is not None:  # messages with a comment are lupdate's business
        context.extend(m for m in updated.findall("message") if m.find("comment") is not None)
    return context


def with_policy(root: ET.Element, before: ET.Element | None, wanted: Mapping[str, str]) -> None:
    """Replace (or add) the Policy context of ``root``, keeping contexts sorted by name."""
    existing = contexts(root).get(POLICY_CONTEXT)
    fresh = policy_context(existing, before, wanted)
    if existing is not None:
        root.remove(existing)
    names = [context.findtext("name", "") for context in root.findall("context")]
    position = sum(1 for name in names if name < POLICY_CONTEXT)
    children = list(root)
    index = children.index(root.findall("context")[position]) if position < len(names) else len(children)
    root.insert(index, fresh)


def write_ts(root: ET.Element, path: Path) -> None:
    """Write in lupdate's layout (contexts flush left, four-space indents) so diffs stay small."""
    root.text = "\n"
    for child in root:
        ET.indent(child, space="    ")
        child.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(ts: Path, wanted: Mapping[str, str], sources: Sequence[Path]) -> None:
    """lupdate the code's strings into ``ts``, then write the Policy context."""
    before = contexts(ET.parse(ts).getroot()).get(POLICY_CONTEXT) if ts.exists() else None
    run_lupdate(ts, sources)
    root = ET.parse(ts).getroot()
    root.set("sourcelanguage", "en")
    with_policy(root, before, wanted)
    write_ts(root, ts)


def pseudo_text(text: str) -> str:
    """``Find my order`` -> ``[Fîñd~~ mý~ ördér~~]``: each word 40 % longer, so lines still wrap."""
    def stretch(word: re.Match[str]) -> str:
        return word.group(0).translate(_ACCENTED) + "~" * math.ceil(len(word.group(0)) * 0.4)

    parts = _KEPT.split(text)
    return "[" + "".join(part if index % 2 else re.sub(r"\S+", stretch, part)
                         for index, part in enumerate(parts)) + "]"


def write_pseudo(ts: Path, wanted: Mapping[str, str], sources: Sequence[Path]) -> None:
    """A fresh .ts with every current string pseudo-translated (language code ``xx``)."""
    ts.unlink(missing_ok=True)
    update(ts, wanted, sources)
    root = ET.parse(ts).getroot()
    root.set("language", "xx")
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        text = pseudo_text(message.findtext("source", ""))
        forms = translation.findall("numerusform")  # plural forms (tr with a count) get the same text each
        for form in forms:
            form.text = text
        if not forms:
            translation.text = text
        translation.attrib.pop("type", None)
    write_ts(root, ts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", nargs="*", type=Path, help="the .ts files (default: resources/translations/*.ts)")
    parser.add_argument("--policy", type=Path, default=POLICY_DOCUMENT, help="the policy document whose labels to add")
    parser.add_argument("--pseudo", type=Path, metavar="OUT.ts",
                        help="write a pseudo-locale (every string 40%% longer) to OUT.ts and nothing else")
    options = parser.parse_args(argv)
    wanted = policy_texts(json.loads(options.policy.read_text(encoding="utf-8")))
    if options.pseudo:
        write_pseudo(options.pseudo.resolve(), wanted, code_sources())
        return 0
    files = [path.resolve() for path in options.ts] or sorted(TRANSLATIONS.glob("*.ts"))
    if not files:
        parser.error(f"no .ts files in {TRANSLATIONS}")
    sources = code_sources()
    for ts in files:
        update(ts, wanted, sources)
        print(f"updated {ts.relative_to(REPO) if ts.is_relative_to(REPO) else ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
