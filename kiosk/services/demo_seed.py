"""Filling a profile with demo data: orders, stock, the demo policy and staff."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from kiosk import demo
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.resources import resource
from kiosk.sync.credentials import current_pepper
from kiosk.workflow.authorisations import Authorisation
from kiosk.workflow.orders import Order
from kiosk.workflow.pins import cost_from, hash_pin
from kiosk.workflow.policy import load_policy_file
from kiosk.workflow.staff import Role, StaffMember

DEMO_MARKER = "demo_seeded_at"


def seed_demo(uow: UnitOfWork, now: datetime) -> bool:
    """Seed once; a profile that already has demo data is left as it is."""
    with uow.reading() as tx:
        if tx.settings.get(DEMO_MARKER):
            return False
    pepper, cost = current_pepper(Path(uow.database.path).parent), cost_from(os.environ)
    hashes = {p["id"]: hash_pin(p["pin"], pepper, cost) for p in (demo.DEMO_MANAGER, demo.DEMO_CLERK)}
    with uow.writing() as tx:
        if tx.settings.get(DEMO_MARKER):
            return False
        tx.orders.save([Order.from_dict(d) for d in demo.generate_orders(now)])
        tx.orders.save_variants(demo.demo_variants(), demo.CURRENCY)
        tx.policies.activate(load_policy_file(resource("demo", "policy.json")), received_at=now)
        tx.authorisations.save([Authorisation.from_dict(d) for d in demo.demo_authorisations(now)], now=now)
        for person in (demo.DEMO_MANAGER, demo.DEMO_CLERK):
            member = StaffMember(person["id"], person["name"], Role(person["role"]))
            tx.staff.save(member, hashes[person["id"]], now=now)
        tx.settings.put(DEMO_MARKER, now.isoformat())
    return True
