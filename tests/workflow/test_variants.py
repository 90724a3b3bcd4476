"""Exchange candidates: same product, another variant, in stock here, within the price rule."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.resources import resource
from kiosk.workflow.ids import LineId
from kiosk.workflow.orders import OrderLine
from kiosk.workflow.policy import Policy, parse_policy
from kiosk.workflow.variants import Variant, even_exchange_allowed, exchange_candidates


def policy(max_price_difference: int = 0) -> Policy:
    document: dict[str, Any] = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    document["resolutions"]["exchange"]["max_price_difference"] = max_price_difference
    return parse_policy(document)


SWEATER_M = OrderLine(LineId("L1"), "SWT-NAVY-M", "Merino Crew Sweater", "P-SWEATER", "apparel", 8900, 790, 2,
                      variant={"size": "M", "colour": "Navy"})

STOCK = [
    Variant("SWT-NAVY-M", "P-SWEATER", {"size": "M", "colour": "Navy"}, 8900, 5),   # the same SKU
    Variant("SWT-NAVY-L", "P-SWEATER", {"size": "L", "colour": "Navy"}, 8900, 2),
    Variant("SWT-OAT-M", "P-SWEATER", {"size": "M", "colour": "Oat"}, 8900, 1),
    Variant("SWT-NAVY-S", "P-SWEATER", {"size": "S", "colour": "Navy"}, 8900, 0),   # sold out here
    Variant("SWT-CHAR-XL", "P-SWEATER", {"size": "XL", "colour": "Charcoal"}, 9400, 4),  # costs 5.00 more
    Variant("SWT-CHAR-XS", "P-SWEATER", {"size": "XS", "colour": "Charcoal"}, 8400, 4),  # costs 5.00 less
    Variant("TEE-WHITE-M", "P-TEE", {"size": "M", "colour": "White"}, 8900, 9),    # another product
]


def skus(found: tuple[Variant, ...]) -> list[str]:
    return [v.sku for v in found]


def test_same_price_variants_of_the_same_product_in_stock() -> None:
    assert skus(exchange_candidates(SWEATER_M, STOCK, policy())) == ["SWT-NAVY-L", "SWT-OAT-M"]


def test_stock_must_cover_the_quantity_exchanged() -> None:
    assert skus(exchange_candidates(SWEATER_M, STOCK, policy(), quantity=2)) == ["SWT-NAVY-L"]


def test_price_difference_within_the_policy_limit_is_an_even_exchange() -> None:
    assert skus(exchange_candidates(SWEATER_M, STOCK, policy(500))) == ["SWT-CHAR-XL", "SWT-CHAR-XS", "SWT-NAVY-L", "SWT-OAT-M"]
    assert "SWT-CHAR-XL" not in skus(exchange_candidates(SWEATER_M, STOCK, policy(499)))


@pytest.mark.parametrize(("original", "candidate", "limit", "allowed"),
                         [(100, 100, 0, True), (100, 101, 0, False), (100, 99, 0, False), (100, 150, 50, True), (100, 50, 50, True), (100, 151, 50, False)])
def test_even_exchange_price_rule(original: int, candidate: int, limit: int, allowed: bool) -> None:
    assert even_exchange_allowed(original, candidate, limit) is allowed


def test_variant_round_trips_through_json() -> None:
    variant = STOCK[1]
    assert Variant.from_dict(json.loads(json.dumps(variant.to_dict()))) == variant
    assert variant.label() == "L / Navy"
