"""Statements that find rows by a list of keys, written the way each backend runs them best.

SQLite gets ``key IN (?, ?, ...)``, expanded for the list at hand. PostgreSQL gets
``key = ANY(%(keys)s)`` with the list as one array parameter: the text is the same for any
number of keys, so psycopg converts it once and the server prepares it, where an expanded
IN list is a statement of its own for every length, parsed again each time.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from sqlalchemy import ColumnElement, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection

Statement = TypeVar("Statement")
#: ``one_of(column, name)``: the condition that ``column`` is one of the list bound as ``name``.
OneOf = Callable[[ColumnElement[object], str], ColumnElement[bool]]


def _in_list(column: ColumnElement[object], name: str) -> ColumnElement[bool]:
    return column.in_(bindparam(name, expanding=True))


def _any_of_array(column: ColumnElement[object], name: str) -> ColumnElement[bool]:
    return column == any_(bindparam(name, type_=ARRAY(column.type)))


class KeyListStatement(Generic[Statement]):
    """A statement built once per backend from ``build(one_of)``; call it with a connection
    to get the one for that connection's backend."""

    def __init__(self, build: Callable[[OneOf], Statement]) -> None:
        self._portable = build(_in_list)
        self._postgresql = build(_any_of_array)

    def __call__(self, connection: Connection) -> Statement:
        return self._postgresql if connection.dialect.name == "postgresql" else self._portable
