"""Fixtures for the central API: every contract test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``CENTRAL_TEST_DB`` (a URL; each test gets its own schema in it, so
it needs CREATE on that database) or, when that is unset, from a throwaway PostgreSQL 15
cluster started here on a loopback port and always stopped at the end of the session. Where
neither is possible the PostgreSQL half is skipped and the run says why. ``CENTRAL_TEST_PG=0``
skips it on purpose.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from central import tempgres
from tests.central.support import Central, MutableClock, policy_document, start_central

_pg_skip_reason: list[str] = []


def _pg_unavailable() -> str | None:
    if os.environ.get("CENTRAL_TEST_DB"):
        return None
    if os.environ.get("CENTRAL_TEST_PG") == "0":
        return "CENTRAL_TEST_PG=0"
    return tempgres.unavailable()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL the suite may create schemas in."""
    given = os.environ.get("CENTRAL_TEST_DB")
    if given:
        yield given
        return
    reason = _pg_unavailable()
    if reason:
        _pg_skip_reason.append(reason)
        pytest.skip(f"PostgreSQL part of the central suite skipped: {reason} "
                    "(set CENTRAL_TEST_DB=postgresql://... to run it)")
    with tempgres.TempPostgres() as cluster:
        yield cluster.url


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def db_urls(backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Callable[[], str]]:
    """A factory of fresh, empty databases (a SQLite file, or a PostgreSQL schema) on this backend."""
    created: list[str] = []
    if backend == "sqlite":
        folder = tmp_path_factory.mktemp("central-db")

        def sqlite_url() -> str:
            return f"sqlite:///{folder / f'{uuid.uuid4().hex[:8]}.sqlite3'}"

        yield sqlite_url
        return
    base = request.getfixturevalue("postgres_url")

    def schema_url() -> str:
        schema = f"central_test_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(_libpq(base), autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        created.append(schema)
        return str(make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}))

    yield schema_url
    with psycopg.connect(_libpq(base), autocommit=True) as connection:
        for schema in created:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def central(backend: str, db_urls: Callable[[], str]) -> Iterator[Central]:
    """One live server per backend for the session; tests keep apart by using their own stores."""
    harness = start_central(db_urls(), backend)
    harness.set_policy(policy_document())
    yield harness
    harness.close()


@pytest.fixture(autouse=True)
def _reset_shared_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "central" in request.fixturenames:
        harness: Central = request.getfixturevalue("central")
        harness.clock.moment = MutableClock().moment


@pytest.fixture
def fresh_central(backend: str, db_urls: Callable[[], str]) -> Iterator[Callable[..., Central]]:
    """Start a server on a database of its own (for tests about global state or settings)."""
    started: list[Central] = []

    def start(**settings: Any) -> Central:
        harness = start_central(db_urls(), backend, **settings)
        started.append(harness)
        return harness

    yield start
    for harness in started:
        harness.close()


@pytest.fixture
def sqlite_file(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'central.sqlite3'}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _pg_skip_reason:
        terminalreporter.write_line(f"central: PostgreSQL tests skipped ({_pg_skip_reason[0]}); "
                                    "set CENTRAL_TEST_DB=postgresql://... to run them", yellow=True)
