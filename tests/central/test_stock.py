"""Store stock at central: loaded by operators, moved by taken returns (restock in, exchange out),
pulled by a store's kiosks as a feed like the orders'."""

from __future__ import annotations

import json

from central.cli import main
from central.ops import events, stock
from kiosk import demo
from tests.central.support import Pick, honest_case, order_document, order_line


def pull_stock(kiosk, cursor=None):
    """Every page from ``cursor``: ({sku: on_hand}, last cursor)."""
    got = {}
    while True:
        page = kiosk.get("/v1/stock/changes", params={"cursor": cursor, "limit": 2} if cursor else {"limit": 2})
        assert page.status_code == 200, page.text
        body = page.json()
        for item in body["stock"]:
            assert item["store_id"] == kiosk.store_id
            got[item["sku"]] = item["on_hand"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return got, cursor


def post_with_lines(central, kiosk, order, picks, **line_fields):
    """An honest case whose lines carry the given v3 fields (disposition, exchange_sku)."""
    case = honest_case(order, picks, device_id=kiosk.device_id)
    case = {**case, "schema_version": 3,
            "lines": [{**line, **line_fields.get(line["line_id"], {})} for line in case["lines"]]}
    answer = kiosk.post_case(case)
    assert answer.status_code == 201, answer.text
    return case


def test_the_feed_serves_the_stores_stock_and_resumes_from_its_cursor(central):
    kiosk = central.kiosk()
    other = central.kiosk()
    stock.set_stock(central.db, kiosk.store_id, {"TEE-M": 3, "TEE-L": 0, "RUN-9": 5}, "test", central.clock())
    stock.set_stock(central.db, other.store_id, {"TEE-M": 9}, "test", central.clock())
    levels, cursor = pull_stock(kiosk)
    assert levels == {"TEE-M": 3, "TEE-L": 0, "RUN-9": 5}
    assert pull_stock(kiosk, cursor)[0] == {}
    assert stock.set_stock(central.db, kiosk.store_id, {"TEE-M": 3, "TEE-L": 2}, "test", central.clock()) == 1
    assert pull_stock(kiosk, cursor)[0] == {"TEE-L": 2}
    assert kiosk.get("/v1/stock/changes", params={"cursor": "nonsense"}).status_code == 410
    assert [e.kind for e in events.events(central.db, store_id=kiosk.store_id)] == ["stock_set", "stock_set"]


def test_a_restocked_line_adds_its_units_and_an_exchange_takes_one_out_per_unit(central):
    kiosk = central.kiosk()
    stock.set_stock(central.db, kiosk.store_id, {"SKU-L1": 1, "TEE-S": 4}, "test", central.clock())
    _levels, cursor = pull_stock(kiosk)
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=2), order_line("L2", quantity=2)])
    central.load(order)
    post_with_lines(central, kiosk, order, [Pick("L1", 2), Pick("L2", 2)],
                    L1={"disposition": "restock"}, L2={"disposition": "damaged", "exchange_sku": "TEE-S"})
    assert pull_stock(kiosk, cursor)[0] == {"SKU-L1": 3, "TEE-S": 2}
    assert stock.levels(central.db, kiosk.store_id) == {"SKU-L1": 3, "TEE-S": 2}


def test_an_exchange_the_store_cannot_cover_is_taken_and_recorded_never_below_zero(central):
    kiosk = central.kiosk()
    stock.set_stock(central.db, kiosk.store_id, {"TEE-XL": 1}, "test", central.clock())
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=3)])
    central.load(order)
    case = post_with_lines(central, kiosk, order, [Pick("L1", 3)], L1={"exchange_sku": "TEE-XL"})
    assert stock.levels(central.db, kiosk.store_id)["TEE-XL"] == 0
    [short] = events.events(central.db, kind="stock_short", store_id=kiosk.store_id)
    assert short.details == {"sku": "TEE-XL", "wanted": 3, "on_hand": 1, "return_code": case["code"]}
    assert short.actor == kiosk.device_id


def test_a_refused_case_moves_no_stock(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=1)])
    central.load(order)
    post_with_lines(central, kiosk, order, [Pick("L1")], L1={"disposition": "restock"})
    twice = honest_case(order, [Pick("L1")], device_id=kiosk.device_id)  # the same unit again: 409
    twice["lines"][0]["disposition"] = "restock"
    assert kiosk.post_case(twice).status_code == 409
    assert stock.levels(central.db, kiosk.store_id) == {"SKU-L1": 1}


def test_an_operator_loads_stock_from_a_file_and_the_demo_stock(central, tmp_path, capsys):
    kiosk = central.kiosk()
    url = central.db.engine.url.render_as_string(hide_password=False)
    good = tmp_path / "stock.json"
    good.write_text(json.dumps({"TEE-M": 4, "TEE-L": 1}), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"TEE-M": -1, "TEE-L": "two"}), encoding="utf-8")
    assert main(["--db", url, "set-stock", kiosk.store_id, str(good)]) == 0
    assert "2 SKU(s), 2 changed" in capsys.readouterr().out
    assert main(["--db", url, "set-stock", kiosk.store_id, str(bad)]) == 1
    assert "no stock was set" in capsys.readouterr().err
    assert main(["--db", url, "set-stock", "no-such-store", str(good)]) == 1
    assert main(["--db", url, "set-stock", kiosk.store_id, "--demo"]) == 0
    expected = {variant.sku: variant.in_stock for variant, _ in demo.demo_variants()}
    assert stock.levels(central.db, kiosk.store_id) == {**expected, "TEE-M": 4, "TEE-L": 1}
