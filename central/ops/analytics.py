"""Returns analytics for the back office: plain records in, tables of sums out.

``load_facts`` reads the returns (and the orders they came from) once; the table functions
are pure sums over those records, so tests compare them with sums over the returns
themselves. Amounts are integer minor units, per currency. A return's value is what its
lines were worth to the shopper (``refund_amount`` of each line, whatever the resolution);
the retained share is the value kept as store credit or an exchange over the value of all.

Refused returns are left out: they gave nothing back.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Hashable, Iterable, Mapping, Sequence

from sqlalchemy import select

from central.database import Database
from central.models import Order, Return
from kiosk.workflow.clock import parse_utc

#: Returns counted in the analytics (refused ones gave nothing back).
COUNTED = ("accepted", "review", "refunded", "refund_failed")
RETAINED = ("store_credit", "exchange")


@dataclass(frozen=True)
class LineFact:
    reason_code: str
    category: str
    sku: str
    title: str
    quantity: int
    amount: int


@dataclass(frozen=True)
class ReturnFact:
    id: str
    store_id: str
    status: str
    created_at: datetime
    currency: str
    resolution: str
    lines: tuple[LineFact, ...]
    #: (manager id, line id or None for the whole case) of each approval: a staff override.
    overrides: tuple[tuple[str, str | None], ...] = ()

    @property
    def value(self) -> int:
        return sum(line.amount for line in self.lines)


@dataclass(frozen=True)
class SoldFact:
    store_id: str
    category: str
    quantity: int


@dataclass(frozen=True)
class Facts:
    returns: Sequence[ReturnFact]
    sold: Sequence[SoldFact] = ()


@dataclass(frozen=True)
class Table:
    """A named table: its columns and rows (each a tuple in column order)."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def column(self, name: str) -> list[Any]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


# ---- pure sums ------------------------------------------------------------------------------

def _line_table(name: str, title: str, facts: Facts, key_columns: tuple[str, ...],
                key: Callable[[LineFact], tuple[Hashable, ...]]) -> Table:
    units: dict[tuple[Any, ...], int] = defaultdict(int)
    amounts: dict[tuple[Any, ...], int] = defaultdict(int)
    cases: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for ret in facts.returns:
        for line in ret.lines:
            k = (*key(line), ret.currency)
            units[k] += line.quantity
            amounts[k] += line.amount
            cases[k].add(ret.id)
    rows = [(*k, len(cases[k]), units[k], amounts[k]) for k in units]
    rows.sort(key=lambda row: (-row[-2], row))
    return Table(name, title, (*key_columns, "currency", "returns", "units", "amount"), rows)


def by_reason(facts: Facts) -> Table:
    return _line_table("by_reason", "Returns by reason", facts, ("reason_code",), lambda l: (l.reason_code,))


def by_category(facts: Facts) -> Table:
    return _line_table("by_category", "Returns by category", facts, ("category",), lambda l: (l.category,))


def by_product(facts: Facts) -> Table:
    return _line_table("by_product", "Returns by product", facts, ("sku", "title"), lambda l: (l.sku, l.title))


def by_reason_and_product(facts: Facts) -> Table:
    return _line_table("by_reason_product", "Reasons by product", facts, ("sku", "reason_code"),
                       lambda l: (l.sku, l.reason_code))


def return_rate(facts: Facts) -> Table:
    """Units returned over units sold, per category (sold: the order lines loaded for the period)."""
    sold: dict[str, int] = defaultdict(int)
    returned: dict[str, int] = defaultdict(int)
    for item in facts.sold:
        sold[item.category] += item.quantity
    for ret in facts.returns:
        for line in ret.lines:
            returned[line.category] += line.quantity
    rows = [(c, sold[c], returned[c], rate_percent(returned[c], sold[c])) for c in sorted(set(sold) | set(returned))]
    return Table("return_rate", "Return rate by category", ("category", "units_sold", "units_returned", "rate_percent"),
                 rows)


def rate_percent(part: int, whole: int) -> str:
    """A share as a percentage with one decimal, from integers (no float drift): '12.5'."""
    if whole <= 0:
        return "-"
    tenths = (part * 1000 * 2 + whole) // (whole * 2)  # half up
    return f"{tenths // 10}.{tenths % 10}"


def by_resolution(facts: Facts) -> Table:
    """Returns and their value per resolution, and each one's share of the value."""
    cases: dict[tuple[str, str], int] = defaultdict(int)
    value: dict[tuple[str, str], int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    for ret in facts.returns:
        cases[(ret.resolution, ret.currency)] += 1
        value[(ret.resolution, ret.currency)] += ret.value
        totals[ret.currency] += ret.value
    rows = [(r, c, cases[(r, c)], value[(r, c)], rate_percent(value[(r, c)], totals[c])) for r, c in sorted(cases)]
    return Table("by_resolution", "Value by resolution", ("resolution", "currency", "returns", "amount",
                                                           "share_percent"), rows)


def retained_share(facts: Facts) -> Table:
    """Value kept as store credit or exchange against value refunded, per currency."""
    kept: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for ret in facts.returns:
        total[ret.currency] += ret.value
        if ret.resolution in RETAINED:
            kept[ret.currency] += ret.value
    rows = [(c, kept[c], total[c] - kept[c], total[c], rate_percent(kept[c], total[c])) for c in sorted(total)]
    return Table("retained", "Retained revenue", ("currency", "retained", "given_back", "total", "retained_percent"),
                 rows)


def _override_table(name: str, title: str, facts: Facts, column: str,
                    key: Callable[[ReturnFact, str], str]) -> Table:
    overrides: dict[str, int] = defaultdict(int)
    cases: dict[str, set[str]] = defaultdict(set)
    for ret in facts.returns:
        for manager_id, _line in ret.overrides:
            k = key(ret, manager_id)
            overrides[k] += 1
            cases[k].add(ret.id)
    rows = sorted(((k, overrides[k], len(cases[k])) for k in overrides), key=lambda row: (-row[1], row[0]))
    return Table(name, title, (column, "overrides", "returns"), rows)


def overrides_by_staff(facts: Facts) -> Table:
    return _override_table("overrides_by_staff", "Overrides by staff member", facts, "manager_id", lambda r, m: m)


def overrides_by_store(facts: Facts) -> Table:
    return _override_table("overrides_by_store", "Overrides by store", facts, "store_id", lambda r, m: r.store_id)


TABLES: tuple[Callable[[Facts], Table], ...] = (
    by_reason, by_category, by_product, by_reason_and_product, return_rate, by_resolution, retained_share,
    overrides_by_staff, overrides_by_store,
)


def report(facts: Facts) -> list[Table]:
    return [make(facts) for make in TABLES]


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return out.getvalue()


# ---- reading the database -------------------------------------------------------------------

def load_facts(db: Database, *, store_id: str | None = None, since: datetime | None = None,
               until: datetime | None = None) -> Facts:
    """The counted returns created in [since, until) (of one store, when given), and the units
    of the orders placed in that span, with each line's category from its order."""
    query = select(Return, Order.document).join(Order, Order.id == Return.order_id).where(
        Return.status.in_(COUNTED))
    orders = select(Order.store_id, Order.document)
    if store_id is not None:
        query, orders = query.where(Return.store_id == store_id), orders.where(Order.store_id == store_id)
    if since is not None:
        query = query.where(Return.created_at >= since)
    if until is not None:
        query = query.where(Return.created_at < until)
    with db.reading() as session:
        returns = [return_fact(row, document) for row, document in session.execute(query.order_by(Return.created_at))]
        sold = [s for store, document in session.execute(orders) for s in sold_facts(store, document, since, until)]
    return Facts(returns, sold)


def return_fact(row: Return, order_document: Mapping[str, Any]) -> ReturnFact:
    body = row.body
    order_lines = {str(line.get("id")): line for line in order_document.get("lines", [])}
    lines = tuple(
        LineFact(str(line.get("reason_code", "")), str(order_lines.get(str(line.get("line_id")), {}).get("category", "")),
                 str(line.get("sku", "")), str(line.get("title", "")), int(line.get("quantity", 0)),
                 int(line.get("refund_amount", 0)))
        for line in body.get("lines", []))
    overrides = tuple((str(a.get("manager_id", "")), a.get("line_id")) for a in body.get("approvals", []) or [])
    return ReturnFact(row.id, row.store_id, row.status, row.created_at, str(body.get("currency", "")),
                      str(body.get("resolution", "")), lines, overrides)


def sold_facts(store_id: str, document: Mapping[str, Any], since: datetime | None,
               until: datetime | None) -> list[SoldFact]:
    placed = parse_utc(str(document["placed_at"]))
    if (since is not None and placed < since) or (until is not None and placed >= until):
        return []
    return [SoldFact(store_id, str(line.get("category", "")), int(line.get("quantity", 0)))
            for line in document.get("lines", [])]


def totals(facts: Facts) -> dict[str, int]:
    """The headline figures: returns, units and value."""
    return {"returns": len(facts.returns), "units": sum(l.quantity for r in facts.returns for l in r.lines),
            "value": sum(r.value for r in facts.returns)}


def bars(table: Table, label_columns: Iterable[str], value_column: str, limit: int = 12) -> list[tuple[str, int]]:
    """(label, value) pairs of a table for a bar chart, largest first."""
    labels = [table.column(c) for c in label_columns]
    values = table.column(value_column)
    pairs = [(" · ".join(str(col[i]) for col in labels), int(values[i])) for i in range(len(values))]
    return sorted(pairs, key=lambda p: -p[1])[:limit]
