"""Dependencies point one way (DESIGN §2): ui -> workflow, db, sync, printing; db, sync,
printing -> workflow; workflow -> nothing of ours and no infrastructure; central -> workflow."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INFRASTRUCTURE = ("PySide6", "sqlalchemy", "alembic", "requests", "escpos", "reportlab")

RULES = {
    "kiosk/workflow": INFRASTRUCTURE + ("kiosk.db", "kiosk.ui", "kiosk.sync", "kiosk.printing", "kiosk.app"),
    "kiosk/printing": ("PySide6", "sqlalchemy", "requests", "kiosk.db", "kiosk.ui", "kiosk.sync"),
    "kiosk/db": ("PySide6", "requests", "kiosk.ui", "kiosk.sync", "kiosk.services"),  # print_jobs.py implements printing's job store
    "kiosk/sync": ("PySide6", "kiosk.ui", "kiosk.printing"),
    "central": ("PySide6", "kiosk.db", "kiosk.ui", "kiosk.sync", "kiosk.printing", "kiosk.app"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _banned(name: str, banned: tuple[str, ...]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


@pytest.mark.parametrize("package", sorted(RULES))
def test_a_package_imports_only_what_the_layering_allows(package: str) -> None:
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / package).rglob("*.py")
        for name in imported_modules(path)
        if _banned(name, RULES[package])
    }
    assert offenders == set()


def test_the_check_would_catch_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\nfrom kiosk.dbx import y\n")
    found = imported_modules(sample)
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= found
    assert _banned("sqlalchemy.orm", INFRASTRUCTURE) and not _banned("kiosk.dbx", ("kiosk.db",))
