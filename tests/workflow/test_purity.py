"""kiosk.workflow stays pure: no Qt, SQL, HTTP, printers or PDF, so it runs anywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk.workflow

BANNED = ("PySide6", "sqlalchemy", "requests", "escpos", "reportlab", "alembic", "kiosk.db", "kiosk.ui",
          "kiosk.sync", "kiosk.printing")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_domain_imports_no_infrastructure() -> None:
    folder = Path(kiosk.workflow.__file__).parent
    offenders = {
        f"{path.name}: {name}"
        for path in folder.glob("*.py")
        for name in imported_modules(path)
        if any(name == banned or name.startswith(banned + ".") for banned in BANNED)
    }
    assert offenders == set()


def test_the_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= imported_modules(sample)
