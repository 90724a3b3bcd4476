"""Filling a profile with demo data: orders, stock, the demo policy and staff."""

from __future__ import annotations

from datetime import datetime

from kiosk import demo
from kiosk.db import order_cache, policy_store
from kiosk.db.engine import Database
from kiosk.db.models import StaffRow
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.resources import resource
from kiosk.workflow.orders import Order
from kiosk.workflow.pins import hash_pin
from kiosk.workflow.policy import load_policy_file

DEMO_MARKER = "demo_seeded_at"


def seed_demo(database: Database, now: datetime) -> bool:
    """Seed once; a profile that already has demo data is left as it is."""
    with database.session() as session, session.begin():
        if get_setting(session, DEMO_MARKER):
            return False
        orders = [Order.from_dict(d) for d in demo.generate_orders(now)]
        order_cache.upsert_orders(session, orders)
        order_cache.upsert_variants(session, demo.demo_variants(), demo.CURRENCY)
        policy_store.activate_policy(session, load_policy_file(resource("demo", "policy.json")), received_at=now)
        for person in (demo.DEMO_MANAGER, demo.DEMO_CLERK):
            session.add(StaffRow(id=person["id"], name=person["name"], role=person["role"],
                                 pin_hash=hash_pin(person["pin"]), updated_at=now))
        put_setting(session, DEMO_MARKER, now.isoformat())
    return True
