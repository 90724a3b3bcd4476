"""Bring resources/translations/*.ts up to date with the code and the policy's words.

Two kinds of source text reach the shopper:

* ``tr()`` and ``QT_TRANSLATE_NOOP`` strings in kiosk/**/*.py, which ``pyside6-lupdate``
  extracts into each .ts file (keeping translations, marking vanished strings obsolete);
* words that only exist as data, translated at run time in the context "Policy": the
  policy engine's message templates (kiosk.workflow.policy_messages) and the labels of
  the policy document (resources/demo/policy.json). lupdate cannot see those, so this
  tool writes them into the "Policy" context itself, keeping translations already made;
* the words of printed slips and labels, which kiosk/printing writes as
  ``wording("Return code")`` (kiosk.printing.wording) and the kiosk translates in the context
  "Printing". lupdate does not know that call either, so this tool reads kiosk/printing's
  source and writes the "Printing" context the same way. Besides string literals it follows
  a name to the dict it indexes (``wording(_HEADLINES[...])``, ``settlement.RESOLUTIONS[...]``,
  ``MESSAGES.get(...)``) and takes every text of that dict. A new message that the same .ts
  already translates in the Policy context starts with that translation: the slip says what
  the screen said.

Running it twice changes nothing. Usage::

    python tools/update_translations.py              # every resources/translations/*.ts
    python tools/update_translations.py some/intake_de.ts   # or only the files named
    python tools/update_translations.py --pseudo /tmp/intake_xx.ts   # layout testing, see below
    python tools/update_translations.py --list-printing   # the printed words found, and any call it cannot follow

``--pseudo`` writes a pseudo-locale instead: every string accented and 40 % longer (the
usual allowance for German or French), placeholders untouched, so clipped buttons show up
before a real translation does.
"""

from __future__ import annotations

import argparse
import ast
import copy
import importlib
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

from kiosk.printing.wording import PRINTED_CODES, humanise  # noqa: E402 - needs the repo on sys.path
from kiosk.workflow.policy_messages import MESSAGES  # noqa: E402

TRANSLATIONS = REPO / "resources" / "translations"
POLICY_DOCUMENT = REPO / "resources" / "demo" / "policy.json"
POLICY_CONTEXT = "Policy"
PRINTING_CONTEXT = "Printing"
PRINTING_SOURCES = REPO / "kiosk" / "printing"
#: the names printing code calls to translate a source text (kiosk.printing.wording.Wording)
WORDING_CALLS = {"wording"}
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


# --- printed words ---------------------------------------------------------------------------

class PrintedWords:
    """The source texts of ``wording(...)`` calls in the printing modules, and the calls whose
    text cannot be followed (a warning for the developer: those print in English)."""

    def __init__(self, folder: Path = PRINTING_SOURCES) -> None:
        self.folder = folder
        self.trees = {path.stem: ast.parse(path.read_text(encoding="utf-8"), str(path))
                      for path in sorted(folder.glob("*.py"))}
        self.texts: dict[str, list[str]] = {}
        self.unresolved: list[str] = []
        for module, tree in self.trees.items():
            self._visit(module, tree)
        for code in PRINTED_CODES:  # what Wording.code prints for a code nobody translated
            self.texts.setdefault(humanise(code), []).append("a code printed as words")

    def notes(self) -> dict[str, str]:
        """Source text -> a note for translators."""
        return {text: "Printed on slips and labels ({}).".format(", ".join(sorted(set(places))))
                + (" Keep every {placeholder} exactly." if "{" in text else "")
                for text, places in sorted(self.texts.items())}

    def _visit(self, module: str, tree: ast.Module) -> None:
        scopes: list[ast.AST] = [tree]
        scopes += [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for scope in scopes:
            for node in _own_nodes(scope):
                if isinstance(node, ast.Call) and _called_name(node.func) in WORDING_CALLS and node.args:
                    where = f"{self.folder.name}/{module}.py:{node.lineno}"
                    found = self._texts_of(node.args[0], module, scope, depth=0)
                    if found is None:
                        self.unresolved.append(f"{where}: {ast.unparse(node)}")
                    for text in found or []:
                        self.texts.setdefault(text, []).append(f"{self.folder.name}/{module}.py")

    def _texts_of(self, node: ast.expr, module: str, scope: ast.AST, depth: int) -> list[str] | None:
        """The texts an argument can hold, or None when it cannot be followed."""
        if depth > 4:
            return None
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) and node.value.strip() else []
        if isinstance(node, ast.IfExp):
            parts = [self._texts_of(branch, module, scope, depth + 1) for branch in (node.body, node.orelse)]
            return None if None in parts else [text for part in parts for text in part or []]
        if isinstance(node, ast.Subscript):
            return self._dict_texts(node.value, module, scope, depth)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            texts = self._dict_texts(node.func.value, module, scope, depth)
            default = self._texts_of(node.args[1], module, scope, depth + 1) if len(node.args) > 1 else []
            return None if texts is None or default is None else texts + default
        if isinstance(node, ast.Name):
            value = _assigned(scope, node.id) or _assigned(self.trees[module], node.id)
            return None if value is None else self._texts_of(value, module, scope, depth + 1)
        return None

    def _dict_texts(self, node: ast.expr, module: str, scope: ast.AST, depth: int) -> list[str] | None:
        """The string values of the dict ``node`` names: a literal here, in a sibling module, or imported."""
        value: ast.expr | None = None
        if isinstance(node, ast.Name):
            value = _assigned(scope, node.id) or _assigned(self.trees[module], node.id)
            if value is None:
                return _imported_dict(self.trees[module], node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.trees:
            value = _assigned(self.trees[node.value.id], node.attr)
        if not isinstance(value, ast.Dict):
            return None
        texts = [self._texts_of(item, module, scope, depth + 1) for item in value.values]
        return None if None in texts else [text for part in texts for text in part or []]


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of ``scope`` outside any function nested in it (those are scopes of their own)."""
    for child in ast.iter_child_nodes(scope):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        yield child
        yield from _own_nodes(child)


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _assigned(scope: ast.AST, name: str) -> ast.expr | None:
    """The value given to ``name`` in ``scope`` when it is given exactly once (else None)."""
    values = [node.value for node in _own_nodes(scope) if isinstance(node, (ast.Assign, ast.AnnAssign))
              and node.value is not None
              and any(isinstance(target, ast.Name) and target.id == name
                      for target in (node.targets if isinstance(node, ast.Assign) else [node.target]))]
    return values[0] if len(values) == 1 else None


def _imported_dict(tree: ast.Module, name: str) -> list[str] | None:
    """The string values of a dict imported from one of our modules (``from kiosk.x import NAME``)."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kiosk."):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    value = getattr(importlib.import_module(node.module), alias.name, None)
                    if isinstance(value, Mapping):
                        return [text for text in value.values() if isinstance(text, str) and text.strip()]
    return None


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


def revived(old: ET.Element | None, source: str, note: str, borrowed: ET.Element | None = None) -> ET.Element:
    """A message for ``source``: its earlier translation if any, else the same text's finished
    translation in another context (``borrowed``), else an unfinished one."""
    message = ET.Element("message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "extracomment").text = note
    if old is not None:
        message.extend(copy.deepcopy(child) for child in old.findall("translatorcomment"))
    translation = copy.deepcopy(old.find("translation")) if old is not None else None
    if translation is None and borrowed is not None and translation_type(borrowed) == "" \
            and borrowed.find("translation") is not None and (borrowed.findtext("translation") or "").strip():
        translation = copy.deepcopy(borrowed.find("translation"))
    if translation is None:
        translation = ET.Element("translation", type="unfinished")
    kind = translation.get("type", "")
    if kind == "vanished":  # it was finished before it vanished
        del translation.attrib["type"]
    elif kind == "obsolete":
        translation.set("type", "unfinished")
    message.append(translation)
    return message


def policy_context(updated: ET.Element | None, before: ET.Element | None, wanted: Mapping[str, str],
                   name: str = POLICY_CONTEXT, lender: ET.Element | None = None) -> ET.Element:
    """A context this tool writes (Policy, Printing): strings lupdate found in code, then the
    wanted ones, then the vanished. New messages borrow ``lender``'s translation of the same text."""
    context = ET.Element("context")
    ET.SubElement(context, "name").text = name
    previous = dict(plain_messages(before))
    borrowable = dict(plain_messages(lender))
    found = [(source, m) for source, m in plain_messages(updated) if translation_type(m) not in GONE]
    in_code = {source for source, _ in found}
    context.extend(message for _, message in found)
    context.extend(revived(previous.get(source), source, note, borrowable.get(source))
                   for source, note in wanted.items() if source not in in_code)
    stale = sorted(((source, m) for source, m in plain_messages(updated)
                    if translation_type(m) in GONE and source not in wanted and source not in in_code),
                   key=lambda pair: pair[0])
    context.extend(message for _, message in stale)
    if updated is not None:  # messages with a comment are lupdate's business
        context.extend(m for m in updated.findall("message") if m.find("comment") is not None)
    return context


def with_policy(root: ET.Element, before: ET.Element | None, wanted: Mapping[str, str],
                name: str = POLICY_CONTEXT, lender: ET.Element | None = None) -> None:
    """Replace (or add) the context ``name`` of ``root``, keeping contexts sorted by name."""
    existing = contexts(root).get(name)
    fresh = policy_context(existing, before, wanted, name, lender)
    if existing is not None:
        root.remove(existing)
    names = [context.findtext("name", "") for context in root.findall("context")]
    position = sum(1 for other in names if other < name)
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


def update(ts: Path, wanted: Mapping[str, str], sources: Sequence[Path],
           printed: Mapping[str, str] | None = None) -> None:
    """lupdate the code's strings into ``ts``, then write the Policy and Printing contexts."""
    earlier = contexts(ET.parse(ts).getroot()) if ts.exists() else {}
    run_lupdate(ts, sources)
    root = ET.parse(ts).getroot()
    root.set("sourcelanguage", "en")
    with_policy(root, earlier.get(POLICY_CONTEXT), wanted)
    printed = PrintedWords().notes() if printed is None else printed
    with_policy(root, earlier.get(PRINTING_CONTEXT), printed, PRINTING_CONTEXT, contexts(root).get(POLICY_CONTEXT))
    write_ts(root, ts)


def pseudo_text(text: str) -> str:
    """``Find my order`` -> ``[Fîñd~~ mý~ ördér~~]``: each word 40 % longer, so lines still wrap."""
    def stretch(word: re.Match[str]) -> str:
        return word.group(0).translate(_ACCENTED) + "~" * math.ceil(len(word.group(0)) * 0.4)

    parts = _KEPT.split(text)
    return "[" + "".join(part if index % 2 else re.sub(r"\S+", stretch, part)
                         for index, part in enumerate(parts)) + "]"


def write_pseudo(ts: Path, wanted: Mapping[str, str], sources: Sequence[Path],
                 printed: Mapping[str, str] | None = None) -> None:
    """A fresh .ts with every current string pseudo-translated (language code ``xx``)."""
    ts.unlink(missing_ok=True)
    update(ts, wanted, sources, printed)
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
    parser.add_argument("--list-printing", action="store_true",
                        help="list the printed words found in kiosk/printing, and the calls that cannot be followed")
    options = parser.parse_args(argv)
    printed = PrintedWords()
    for call in printed.unresolved:
        print(f"warning: cannot tell what this prints, it stays English: {call}", file=sys.stderr)
    if options.list_printing:
        print("\n".join(printed.notes()))
        return 0
    wanted = policy_texts(json.loads(options.policy.read_text(encoding="utf-8")))
    if options.pseudo:
        write_pseudo(options.pseudo.resolve(), wanted, code_sources(), printed.notes())
        return 0
    files = [path.resolve() for path in options.ts] or sorted(TRANSLATIONS.glob("*.ts"))
    if not files:
        parser.error(f"no .ts files in {TRANSLATIONS}")
    sources = code_sources()
    for ts in files:
        update(ts, wanted, sources, printed.notes())
        print(f"updated {ts.relative_to(REPO) if ts.is_relative_to(REPO) else ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
