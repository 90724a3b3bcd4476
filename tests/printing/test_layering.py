"""kiosk.printing depends on kiosk.workflow only: no Qt, no database, no UI (DESIGN §2)."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk.printing

FORBIDDEN = ("kiosk.ui", "kiosk.db", "kiosk.sync", "PySide6", "sqlalchemy")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_printing_imports_nothing_from_ui_db_or_qt() -> None:
    package = Path(kiosk.printing.__file__).parent
    offenders = {
        f"{path.name}: {name}"
        for path in package.glob("*.py")
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    }
    assert offenders == set()
