"""The analytics page: central.ops.analytics' tables, each with a bar chart drawn here as SVG
(no script, no library, nothing fetched) and a CSV download of the same rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Sequence

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from central.ops import analytics
from central.web import base
from central.web.backoffice_common import csv_response, db, money, now, page, signed_in, store_scope

router = APIRouter(prefix="/backoffice", include_in_schema=False)

PERIODS = (7, 30, 90, 365)
#: Which column of each table its chart shows, and the columns that label a bar.
CHARTS = {
    "by_reason": (("reason_code",), "units"),
    "by_category": (("category",), "units"),
    "by_product": (("sku", "title"), "units"),
    "by_reason_product": (("sku", "reason_code"), "units"),
    "return_rate": (("category",), "rate_percent"),
    "by_resolution": (("resolution",), "amount"),
    "retained": (("currency",), "retained_percent"),
    "overrides_by_staff": (("manager_id",), "overrides"),
    "overrides_by_store": (("store_id",), "overrides"),
}


def _facts(request: Request) -> tuple[analytics.Facts, int, str | None]:
    staff = signed_in(request)
    try:
        days = int(request.query_params.get("days") or 30)
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    store_id = store_scope(staff, request.query_params.get("store"))
    moment = now(request)
    # No upper bound: a case stamped by a kiosk whose clock runs ahead still counts.
    return analytics.load_facts(db(request), store_id=store_id, since=moment - timedelta(days=days)), days, store_id


@router.get("/analytics", response_class=HTMLResponse)
def analytics_page(request: Request) -> Response:
    staff = signed_in(request)
    facts, days, store_id = _facts(request)
    tables = analytics.report(facts)
    charts = {t.name: bar_chart(_bars(t), t.title, top=100.0 if CHARTS[t.name][1].endswith("percent") else None)
              for t in tables}
    query = f"days={days}" + (f"&store={store_id}" if store_id and staff.head_office else "")
    return page(request, "analytics.html", staff, tables=tables, charts=charts, totals=analytics.totals(facts),
                days=days, periods=PERIODS, store_id=store_id or "", query=query)


@router.get("/analytics/{name}.csv")
def analytics_csv(request: Request, name: str) -> Response:
    facts, days, store_id = _facts(request)
    table = next((t for t in analytics.report(facts) if t.name == name), None)
    if table is None:
        raise base.WebRefusal(404, "There is no such table.")
    return csv_response(analytics.table_csv(table), f"{name}-{store_id or 'all'}-{days}d.csv")


def _bars(table: analytics.Table) -> list[tuple[str, float, str]]:
    labels, column = CHARTS[table.name]
    index = table.columns.index(column)
    label_at = [table.columns.index(c) for c in labels]
    bars = []
    for row in table.rows:
        value = row[index]
        number = float(value) if isinstance(value, (int, float)) or _numeric(value) else 0.0
        shown = (f"{value}%" if column.endswith("percent") and value != "-" else
                 money(int(value), str(row[table.columns.index("currency")])) if column == "amount" else str(value))
        bars.append((" · ".join(str(row[i]) for i in label_at), number, shown))
    return sorted(bars, key=lambda b: -b[1])[:12]


def _numeric(value: object) -> bool:
    try:
        float(str(value))
    except ValueError:
        return False
    return True


def bar_chart(bars: Sequence[tuple[str, float, str]], title: str, *, width: int = 640,
              top: float | None = None) -> Markup:
    """A horizontal bar chart as inline SVG: one labelled bar per (label, value, shown text).

    Bars are scaled to ``top`` (100 for percentages), else to the largest value."""
    if not bars:
        return Markup("")
    row, label_width, value_width = 26, 270, 110
    height = row * len(bars) + 8
    span = width - label_width - value_width
    top = top or max(b[1] for b in bars) or 1.0
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, value, shown) in enumerate(bars):
        y = 4 + i * row
        length = max(1, round(span * value / top)) if value > 0 else 0
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end" class="chart-label">'
                     f'{escape(short)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{row - 8}" rx="2" '
                     f'class="chart-bar" fill="#0b4f9c"/>')
        parts.append(f'<text x="{label_width + length + 6}" y="{y + 17}" class="chart-value">{escape(shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
