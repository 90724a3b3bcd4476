"""Return cases, a store and a migrated SQLite file for the printing tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest

from kiosk.db.case_store import save_case
from kiosk.db.engine import Database, backup
from kiosk.workflow.cases import Approval, CaseLine, CaseStatus, Resolution, ReturnCase, TenderRefund
from kiosk.workflow.ids import CaseId, LineId, OrderNumber, mint_return_code
from kiosk.workflow.store import Store

CREATED = datetime(2026, 11, 27, 14, 30, tzinfo=timezone.utc)
ACCENTED_TITLE = "Pull en laine côtelée façon œuvre — taille S, coloris crème brûlée"


def make_store() -> Store:
    return Store(
        id="S042",
        name="Boutique Éléonore",
        address=("12 rue de la Paix", "75002 Paris"),
        timezone="Europe/Paris",
        phone="+33 1 23 45 67 89",
        return_address=("Centre de retours Intake", "Zone Industrielle Nord", "69000 Lyon", "France"),
    )


def make_case(
    items: int = 3,
    *,
    status: CaseStatus = CaseStatus.COMPLETED,
    approvals: tuple[Approval, ...] = (),
    seed: int = 0x1F2E3D4C5B,
    verdict: str = "eligible",
) -> ReturnCase:
    lines = tuple(
        CaseLine(
            line_id=LineId(f"L{i + 1}"),
            sku=f"SKU-{i + 1:03d}",
            title=ACCENTED_TITLE if i == 0 else f"Camiseta de algodón n.º {i + 1} (año 2026)",
            quantity=1 + i % 2,
            reason_code="too_small" if i % 2 == 0 else "changed_mind",
            verdict=verdict,
            refund_amount=2599 * (1 + i % 2),
            condition="unworn" if i == 0 else None,
        )
        for i in range(items)
    )
    total = sum(line.refund_amount for line in lines)
    return ReturnCase(
        id=CaseId(f"case-{seed:x}"),
        code=mint_return_code(seed),
        order_number=OrderNumber("100234"),
        store_id="S042",
        device_id="kiosk-7",
        created_at=CREATED,
        currency="EUR",
        resolution=Resolution.REFUND,
        lines=lines,
        policy_version="2026-11-01",
        refund_total=total,
        tender_refunds=(TenderRefund("card", total, "VISA ••4242"),),
        approvals=approvals,
        status=status,
        customer_email="ana@example.com",
        customer_name="Ana Núñez",
        staff_id="clerk-2",
    )


def manager_approval() -> Approval:
    return Approval(
        manager_id="mgr-ines",
        reason_code="loyal_customer",
        at=CREATED + timedelta(minutes=3),
        overridden_verdict="ineligible",
        line_id=LineId("L1"),
        note="Cliente fidèle, geste commercial",
    )


@pytest.fixture
def store() -> Store:
    return make_store()


@pytest.fixture
def case() -> ReturnCase:
    return make_case()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated file per run; each test gets a copy (migrating every time is slow)."""
    path = tmp_path_factory.mktemp("template") / "k.db"
    Database(path).open().close()
    return path


@pytest.fixture
def database(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A real, migrated SQLite file opened the way the kiosk opens it."""
    backup(migrated_template, tmp_path / "k.db")
    db = Database(tmp_path / "k.db").open()
    yield db
    db.close()


@pytest.fixture
def saved_case(database: Database, case: ReturnCase) -> ReturnCase:
    """The case committed with the real repository, as the wizard does before printing."""
    with database.sessions.begin() as session:
        save_case(session, case, now=CREATED)
    return case
