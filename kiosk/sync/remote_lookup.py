"""Live lookup: an order missing from the cache is fetched from the server, stored, and used.

The same rule as the cache applies (number AND e-mail must match, the server slows down
repeated misses), so a kiosk cannot be used to enumerate orders through the server either.
The shopper is waiting, so the timeouts are short and any failure is simply "not found".
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Callable

from kiosk.config import Settings
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import LOOKUP_TIMEOUTS, ApiClient, SyncConfigError
from kiosk.sync.connection import client_for
from kiosk.sync.credentials import CredentialsError
from kiosk.sync.freshness import stamp_orders
from kiosk.workflow.clock import Clock
from kiosk.workflow.orders import Order

log = logging.getLogger(__name__)

LOOKUP_PATH = "/v1/orders/lookup"


class RemoteLookup:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, *,
                 online: Callable[[], bool] = lambda: True,
                 client_factory: Callable[[], ApiClient | None] | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.online = online
        self._client_factory = client_factory or (lambda: client_for(settings, timeouts=LOOKUP_TIMEOUTS))

    def fetch(self, number: str, email: str) -> Order | None:
        """The order from the server when both match, stored in the cache; None otherwise."""
        number, email = number.strip().upper(), email.strip()
        if not number or not email or not self.online():
            return None
        try:
            client = self._client_factory()
        except (SyncConfigError, CredentialsError) as error:
            log.warning("live lookup unavailable: %s", error)
            return None
        if client is None:
            return None
        try:
            requested_at = self.clock()
            answer = client.get(LOOKUP_PATH, {"number": number, "email": email}, timeouts=LOOKUP_TIMEOUTS)
        finally:
            client.close()
        return self._store(answer.body, number, email, requested_at) if answer.kind is Kind.OK else None

    def _store(self, body: Any, number: str, email: str, requested_at: datetime) -> Order | None:
        try:
            order = Order.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("live lookup: the server's order cannot be read")
            return None
        if order.number.upper() != number or not order.matches_email(email):
            log.warning("live lookup: the server answered with another order")
            return None
        with self.uow.writing() as tx:  # after the request: no transaction waits on the network
            stamped = stamp_orders(tx, [order], requested_at)
            tx.orders.save(stamped)
        return stamped[0]
