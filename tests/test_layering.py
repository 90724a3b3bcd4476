"""Dependencies point one way (DESIGN §2): ui -> services -> workflow, db, sync, printing; db, sync,
printing -> workflow; workflow -> nothing of ours and no infrastructure; central -> workflow.

Storage has one door: outside kiosk/db nothing touches SQLAlchemy or the models, and nothing
opens a session; everyone else gets a ``kiosk.db.unit_of_work.UnitOfWork`` and works inside its
reading and writing transactions. The UI reaches storage only through the services.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterable

import pytest

ROOT = Path(__file__).resolve().parent.parent
KIOSK = ROOT / "kiosk"
DB = KIOSK / "db"
INFRASTRUCTURE = ("PySide6", "sqlalchemy", "alembic", "requests", "escpos", "reportlab")
#: Touching the ORM: what no module of the kiosk outside kiosk/db may import.
ORM = ("sqlalchemy", "kiosk.db.models")

RULES = {
    "kiosk/workflow": INFRASTRUCTURE + ("kiosk.db", "kiosk.ui", "kiosk.sync", "kiosk.printing", "kiosk.app"),
    "kiosk/printing": ("PySide6", "sqlalchemy", "requests", "kiosk.db", "kiosk.ui", "kiosk.sync"),
    "kiosk/db": ("PySide6", "requests", "kiosk.ui", "kiosk.sync", "kiosk.services"),  # print_jobs.py implements printing's job store
    "kiosk/sync": ("PySide6", "kiosk.ui", "kiosk.printing"),
    "kiosk/ui": ("sqlalchemy", "requests", "sqlite3", "alembic", "kiosk.db"),  # storage only through kiosk.services
    "central": ("PySide6", "kiosk.db", "kiosk.ui", "kiosk.sync", "kiosk.printing", "kiosk.app"),
}


def _package(path: Path) -> list[str]:
    """The dotted package a file under the repository belongs to (for relative imports)."""
    try:
        return list(path.parent.relative_to(ROOT).parts)
    except ValueError:
        return []


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, including ``from package import module`` and relative imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _package(path)[:len(_package(path)) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            if module:
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _banned(name: str, banned: tuple[str, ...]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


def forbidden_imports(files: Iterable[Path], banned: tuple[str, ...], root: Path = ROOT) -> set[str]:
    return {f"{path.relative_to(root)}: {name}" for path in files for name in imported_modules(path)
            if _banned(name, banned)}


def session_uses(path: Path) -> list[str]:
    """Where a file opens a session itself: ``x.session(...)``, ``x.sessions`` or ``write_transaction``.

    Only the form is checked, not what ``x`` is: outside kiosk/db no object should offer a
    session to open.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "session":
            found.append((node.lineno, ".session()"))
        elif isinstance(node, ast.Attribute) and name == "sessions":
            found.append((node.lineno, ".sessions"))
        elif name == "write_transaction":
            found.append((getattr(node, "lineno", 0), "write_transaction"))
    return [f"{path.name}:{line}: {what}" for line, what in sorted(found)]


def kiosk_files_outside_db(kiosk: Path = KIOSK) -> list[Path]:
    return sorted(path for path in kiosk.rglob("*.py") if (kiosk / "db") not in path.parents)


@pytest.mark.parametrize("package", sorted(RULES))
def test_a_package_imports_only_what_the_layering_allows(package: str) -> None:
    assert forbidden_imports((ROOT / package).rglob("*.py"), RULES[package]) == set()


def test_outside_kiosk_db_no_module_touches_the_orm() -> None:
    """The composition root (kiosk/app.py) and the commands (kiosk/cli) open a profile with
    kiosk.db.engine; everyone gets a UnitOfWork and its repositories, never SQLAlchemy or a model."""
    assert forbidden_imports(kiosk_files_outside_db(), ORM) == set()


def test_outside_kiosk_db_no_module_opens_a_session() -> None:
    assert [use for path in kiosk_files_outside_db() for use in session_uses(path)] == []


def test_the_check_would_catch_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\nfrom kiosk.dbx import y\n")
    found = imported_modules(sample)
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= found
    assert _banned("sqlalchemy.orm", INFRASTRUCTURE) and not _banned("kiosk.dbx", ("kiosk.db",))


def test_the_ui_check_would_catch_storage_reached_past_the_services(tmp_path: Path) -> None:
    sample = tmp_path / "page.py"
    sample.write_text("import sqlite3\nfrom kiosk import db\nfrom kiosk.db.unit_of_work import UnitOfWork\n"
                      "import requests\nfrom alembic import command\nfrom kiosk.services.returns import ReturnsDesk\n")
    found = {line.split(": ")[1] for line in forbidden_imports([sample], RULES["kiosk/ui"], tmp_path)}
    assert {"sqlite3", "kiosk.db", "kiosk.db.unit_of_work", "requests", "alembic"} <= found
    assert not any(name.startswith("kiosk.services") for name in found)


def test_the_orm_check_would_catch_sqlalchemy_or_a_model_outside_kiosk_db(tmp_path: Path) -> None:
    kiosk = tmp_path / "kiosk"
    (kiosk / "db").mkdir(parents=True)
    (kiosk / "sync").mkdir()
    (kiosk / "db" / "store.py").write_text("from sqlalchemy import select\nfrom kiosk.db.models import OrderRow\n")
    (kiosk / "sync" / "step.py").write_text("from sqlalchemy.orm import Session\nfrom kiosk.db import models\n"
                                            "from kiosk.db.unit_of_work import UnitOfWork\n")
    (kiosk / "app.py").write_text("from kiosk.db.engine import Database\nfrom kiosk.db.unit_of_work import UnitOfWork\n")
    found = forbidden_imports(kiosk_files_outside_db(kiosk), ORM, tmp_path)
    assert {"kiosk/sync/step.py: sqlalchemy.orm", "kiosk/sync/step.py: kiosk.db.models"} <= found
    assert {line.split(": ")[0] for line in found} == {"kiosk/sync/step.py"}  # kiosk/db and app.py may


def test_the_session_check_would_catch_a_session_opened_outside_the_unit_of_work(tmp_path: Path) -> None:
    sample = tmp_path / "step.py"
    sample.write_text(
        "def pull(database, uow, wizard):\n"
        "    with database.session() as session, session.begin():\n"
        "        pass\n"
        "    store = SqlPrintJobStore(uow.database.sessions)\n"
        "    with audit_log.write_transaction(database) as session:\n"
        "        pass\n"
        "    wizard.session.approve(None)\n"  # a return session of the wizard, not a database's
        "    with uow.writing() as tx:\n"
        "        tx.settings.put('k', 'v')\n")
    assert session_uses(sample) == ["step.py:2: .session()", "step.py:4: .sessions", "step.py:5: write_transaction"]
