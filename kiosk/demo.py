"""Deterministic demo data: a small apparel, shoes and electronics shop.

``generate_orders(now)`` always gives the same orders for the same day and seed: 320
orders over the 120 days before ``now`` plus three hand-made ones that the welcome screen
offers to try (fully returnable, partly returnable, outside the window).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kiosk.workflow.authorisations import mint_authorisation_code
from kiosk.workflow.clock import format_utc
from kiosk.workflow.money import allocate, div_half_even
from kiosk.workflow.scans import gtin_check_digit
from kiosk.workflow.variants import Variant

STORE_ID = "S001"
CURRENCY = "USD"
TAX_BASIS_POINTS = 888  # 8.875 % rounded to basis points of the demo's sales tax
DEMO_MANAGER = {"id": "M001", "name": "Dana Whitfield", "role": "manager", "pin": "246813"}
DEMO_CLERK = {"id": "C001", "name": "Sam Ortiz", "role": "clerk", "pin": "1357"}


@dataclass(frozen=True)
class Product:
    product_id: str
    title: str
    category: str
    price: int
    axes: tuple[tuple[str, tuple[str, ...]], ...]
    tags: tuple[str, ...] = ()
    final_sale: bool = False


APPAREL = ("size", ("XS", "S", "M", "L", "XL"))
SHOE = ("size", ("7", "8", "9", "10", "11", "12"))

CATALOGUE: tuple[Product, ...] = (
    Product("P-SWEATER", "Merino Crew Sweater", "apparel", 8900, (APPAREL, ("colour", ("Navy", "Oat", "Charcoal")))),
    Product("P-TEE", "Organic Cotton Tee", "apparel", 2500, (APPAREL, ("colour", ("White", "Black", "Sage")))),
    Product("P-CHINO", "Slim Chinos", "apparel", 6900, (("waist", ("30", "32", "34", "36")), ("colour", ("Khaki", "Navy")))),
    Product("P-LINEN", "Linen Shirt", "apparel", 5900, (APPAREL, ("colour", ("Sky", "White")))),
    Product("P-JACKET", "Packable Rain Jacket", "apparel", 14900, (APPAREL, ("colour", ("Yellow", "Olive")))),
    Product("P-RUNNER", "Trail Runner", "shoes", 12900, (SHOE, ("colour", ("Grey", "Black")))),
    Product("P-LOAFER", "Leather Loafer", "shoes", 15900, (SHOE, ("colour", ("Tan", "Brown")))),
    Product("P-EARBUDS", "Wireless Earbuds", "electronics", 12900, (("colour", ("Black", "White")),)),
    Product("P-WATCH", "Smart Watch", "electronics", 24900, (("size", ("41 mm", "45 mm")),)),
    Product("P-SPEAKER", "Bluetooth Speaker", "electronics", 7900, (("colour", ("Black", "Red")),)),
    Product("P-BIKINI", "Bikini Set", "swimwear", 6500, (("size", ("S", "M", "L")), ("colour", ("Coral", "Navy")))),
    Product("P-SWIMSHORT", "Swim Shorts", "swimwear", 4500, (APPAREL, ("colour", ("Teal", "Navy")))),
    Product("P-SCARF", "Cashmere Scarf (clearance)", "accessories", 3900, (("colour", ("Grey", "Camel")),), ("clearance",), True),
    Product("P-TOTE", "Monogrammed Tote", "personalised", 4500, (("colour", ("Natural",)),), ("personalised",)),
    Product("P-GIFTCARD", "Gift Card", "gift_cards", 5000, (("value", ("$50",)),)),
)

FIRST = ("Maria", "James", "Aisha", "Chen", "Lucas", "Sofia", "Noah", "Emma", "Mateo", "Chloé", "Liam", "Zoë", "Omar",
         "Hannah", "Diego", "Priya", "Ethan", "Léa", "Kenji", "Ava")
LAST = ("Garcia", "Smith", "Khan", "Wang", "Martin", "Rossi", "Johnson", "Dubois", "Lopez", "Nguyen", "Brown", "Müller",
        "Haddad", "Cohen", "Silva", "Patel", "Kim", "Moreau", "Tanaka", "Okafor")


def _sku(product: Product, values: tuple[str, ...]) -> str:
    suffix = "-".join(v.replace(" ", "").replace("$", "").upper() for v in values)
    return f"{product.product_id[2:]}-{suffix}"


def demo_gtin(sku: str) -> str:
    """The demo item's EAN-13: a store-internal number (prefix 20) derived from its SKU, check digit included."""
    digits = "20" + str(int.from_bytes(hashlib.sha256(sku.encode()).digest()[:8], "big") % 10**10).zfill(10)
    return digits + gtin_check_digit(digits)


def variants_of(product: Product) -> list[tuple[str, dict[str, str]]]:
    combos: list[tuple[str, ...]] = [()]
    for _, values in product.axes:
        combos = [c + (v,) for c in combos for v in values]
    names = [name for name, _ in product.axes]
    return [(_sku(product, c), dict(zip(names, c))) for c in combos]


def demo_variants(seed: int = 7) -> list[tuple[Variant, str]]:
    """Every variant of the catalogue with this store's stock (some sold out), with its title."""
    rng = random.Random(seed)
    return [
        (Variant(sku=sku, product_id=p.product_id, attributes=attrs, unit_price=p.price,
                 in_stock=rng.choice((0, 1, 2, 3, 5, 8))), p.title)
        for p in CATALOGUE
        for sku, attrs in variants_of(p)
    ]


def _line(rng: random.Random, product: Product, line_no: int, quantity: int) -> dict[str, Any]:
    sku, attrs = rng.choice(variants_of(product))
    return {
        "id": f"L{line_no}",
        "sku": sku,
        "title": product.title,
        "product_id": product.product_id,
        "category": product.category,
        "variant": attrs,
        "unit_price": product.price,
        "tax": 0,
        "quantity": quantity,
        "quantity_returned": 0,
        "final_sale": product.final_sale,
        "tags": list(product.tags),
        **({} if product.category == "gift_cards" else {"gtin": demo_gtin(sku)}),  # a gift card has no barcode
    }


def _finish(order: dict[str, Any], rng: random.Random, *, discount: int = 0, gift_card: int = 0) -> dict[str, Any]:
    """Work out tax on the discounted lines and the tenders that paid the total."""
    lines = order["lines"]
    shares = allocate(discount, [l["unit_price"] * l["quantity"] for l in lines])
    for line, share in zip(lines, shares):
        line["tax"] = div_half_even((line["unit_price"] * line["quantity"] - share) * TAX_BASIS_POINTS, 10_000)
    order["discounts"] = [{"code": "WELCOME15", "amount": discount}] if discount else []
    shipping = order["shipping"]["amount"] + order["shipping"]["tax"]
    grand = sum(l["unit_price"] * l["quantity"] + l["tax"] for l in lines) - discount + shipping
    gift_card = min(gift_card, grand)
    card = {"kind": "card", "amount": grand - gift_card, "reference": f"VISA •••• {rng.randint(1000, 9999)}"}
    order["tenders"] = ([{"kind": "gift_card", "amount": gift_card, "reference": f"GC-{rng.randint(10000, 99999)}"}]
                        if gift_card else []) + ([card] if card["amount"] else [])
    return order


def _order(number: str, who: tuple[str, str], placed: datetime, delivered: datetime | None) -> dict[str, Any]:
    first, last = who
    email = f"{first.lower().replace('é', 'e').replace('ë', 'e').replace('ü', 'u')}.{last.lower().replace('ü', 'u')}@example.com"
    return {
        "number": number,
        "store_id": STORE_ID,
        "customer": {"email": email, "name": f"{first} {last}", "phone": f"+1 212 555 {int(number[-4:]) % 10000:04d}"},
        "placed_at": format_utc(placed),
        "delivered_at": format_utc(delivered) if delivered else None,
        "updated_at": format_utc(delivered or placed),
        "currency": CURRENCY,
        "shipping": {"amount": 0, "tax": 0},
        "lines": [],
    }


def _by_id(product_id: str) -> Product:
    return next(p for p in CATALOGUE if p.product_id == product_id)


def showcase_orders(now: datetime) -> list[dict[str, Any]]:
    """The three orders the welcome screen offers in demo mode."""
    rng = random.Random(1)
    full = _order("R100001", ("Maria", "Garcia"), now - timedelta(days=6), now - timedelta(days=3))
    full["lines"] = [_line(rng, _by_id("P-SWEATER"), 1, 1), _line(rng, _by_id("P-RUNNER"), 2, 1),
                     _line(rng, _by_id("P-TEE"), 3, 3)]
    partly = _order("R100002", ("James", "Smith"), now - timedelta(days=24), now - timedelta(days=20))
    partly["lines"] = [_line(rng, _by_id("P-JACKET"), 1, 1), _line(rng, _by_id("P-BIKINI"), 2, 1),
                       _line(rng, _by_id("P-SCARF"), 3, 1), _line(rng, _by_id("P-GIFTCARD"), 4, 1),
                       _line(rng, _by_id("P-TEE"), 5, 2)]
    partly["lines"][4]["quantity_returned"] = 1
    late = _order("R100003", ("Aisha", "Khan"), now - timedelta(days=70), now - timedelta(days=66))
    late["lines"] = [_line(rng, _by_id("P-LOAFER"), 1, 1), _line(rng, _by_id("P-SPEAKER"), 2, 1)]
    return [
        _finish(full, rng),
        _finish(partly, rng, discount=1500, gift_card=2000),
        _finish(late, rng),
    ]


def generate_orders(now: datetime, count: int = 320, seed: int = 42) -> list[dict[str, Any]]:
    """Demo orders placed over the 120 days before now, the same for the same day and seed."""
    rng = random.Random(seed)
    orders = showcase_orders(now)
    for index in range(count):
        placed = now - timedelta(days=rng.uniform(1, 120), hours=rng.uniform(0, 12))
        delivered: datetime | None = placed + timedelta(days=rng.randint(2, 6))
        if delivered is not None and delivered > now:
            delivered = None
        order = _order(f"R{200001 + index}", (rng.choice(FIRST), rng.choice(LAST)), placed, delivered)
        products = rng.sample(CATALOGUE, k=rng.choice((1, 1, 2, 2, 3, 4)))
        order["lines"] = [
            _line(rng, p, n + 1, 1 if p.category in ("electronics", "gift_cards") else rng.choice((1, 1, 1, 2, 3)))
            for n, p in enumerate(products)
        ]
        if rng.random() < 0.15:
            order["shipping"] = {"amount": 795, "tax": 71}
        subtotal = sum(l["unit_price"] * l["quantity"] for l in order["lines"])
        discount = div_half_even(subtotal * 15, 100) if rng.random() < 0.25 else 0
        gift = rng.choice((0, 0, 0, 0, 2500, 5000))
        orders.append(_finish(order, rng, discount=discount, gift_card=gift))
    return orders


#: Online returns of the demo orders (order, line, reason, condition, for the order's store or any),
#: as central's demo loader makes them (kiosk-central authorisations demo): same codes everywhere.
DEMO_ONLINE_RETURNS = (("R100001", "L1", "too_large", "unopened", False), ("R100002", "L1", "changed_mind", "opened", True))


def demo_online_code(order_number: str, line_id: str) -> str:
    """The demo authorisation's code, derived as central derives it, so the README can name it."""
    digest = hashlib.sha256(f"intake-demo:{order_number}:{line_id}".encode()).digest()
    return mint_authorisation_code(int.from_bytes(digest[:8], "big"))


def demo_authorisations(now: datetime) -> list[dict[str, Any]]:
    """The demo online returns as central serves them, for a demo kiosk with no server to pull them from."""
    orders = {order["number"]: order for order in showcase_orders(now)}
    made = []
    for number, line_id, reason, condition, own_store in DEMO_ONLINE_RETURNS:
        order = orders[number]
        line = next(l for l in order["lines"] if l["id"] == line_id)
        made.append({
            "code": demo_online_code(number, line_id), "status": "authorised", "order_number": number,
            "store_id": order["store_id"] if own_store else None, "created_at": format_utc(now - timedelta(hours=2)),
            "expires_at": format_utc(now + timedelta(days=14)), "currency": order["currency"], "resolution": "refund",
            "lines": [{"line_id": line_id, "sku": line["sku"], "title": line["title"], "quantity": 1,
                       "reason_code": reason, "condition": condition, "gtin": line.get("gtin"),
                       "image_url": line.get("image_url")}],
        })
    return made


def demo_pairs(now: datetime) -> list[tuple[str, str, str]]:
    """(order number, email, what to expect) for the welcome screen."""
    full, partly, late = showcase_orders(now)
    return [
        (full["number"], full["customer"]["email"], "fully returnable"),
        (partly["number"], partly["customer"]["email"], "partly returnable"),
        (late["number"], late["customer"]["email"], "outside the return window"),
    ]
