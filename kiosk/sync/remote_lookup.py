"""Live lookup: an order missing from the cache is fetched from the server, stored, and used.

The same rule as the cache applies (number AND e-mail must match, the server slows down
repeated misses), so a kiosk cannot be used to enumerate orders through the server either.
A scanned receipt asks by number and the receipt's token instead (the token is made from the
e-mail, which the barcode does not carry): central answers only when the token is right, under
the same brake.
The shopper is waiting, so the timeouts are short and any failure is simply "not found".
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Callable

from kiosk.config import Settings
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import LOOKUP_TIMEOUTS, ApiClient, SyncConfigError, Timeouts
from kiosk.sync.connection import client_for
from kiosk.sync.credentials import CredentialsError
from kiosk.sync.freshness import stamp_orders
from kiosk.workflow.authorisations import Authorisation
from kiosk.workflow.clock import Clock
from kiosk.workflow.orders import Order
from kiosk.workflow.scans import receipt_token

log = logging.getLogger(__name__)

LOOKUP_PATH = "/v1/orders/lookup"
RECEIPT_LOOKUP_PATH = "/v1/orders/lookup-by-receipt"


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
        if not number or not email:
            return None
        return self._ask(LOOKUP_PATH, {"number": number, "email": email}, number,
                         lambda order: order.matches_email(email))

    def fetch_receipt(self, number: str, token: str) -> Order | None:
        """The order of a scanned receipt (number + token), when the token is the order's; None otherwise."""
        number, token = number.strip().upper(), token.strip().upper()
        if not number or not token:
            return None
        return self._ask(RECEIPT_LOOKUP_PATH, {"number": number, "token": token}, number,
                         lambda order: receipt_token(order.number, order.customer.email) == token)

    def _ask(self, path: str, query: dict[str, str], number: str, matches: Callable[[Order], bool]) -> Order | None:
        if not self.online():
            return None
        requested_at = self.clock()
        body = ask_live(self._client_factory, path, query, what="live lookup")
        return None if body is None else self._store(body, number, matches, requested_at)

    def _store(self, body: Any, number: str, matches: Callable[[Order], bool], requested_at: datetime) -> Order | None:
        try:
            order = Order.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("live lookup: the server's order cannot be read")
            return None
        if order.number.upper() != number or not matches(order):
            log.warning("live lookup: the server answered with another order")
            return None
        with self.uow.writing() as tx:  # after the request: no transaction waits on the network
            stamped = stamp_orders(tx, [order], requested_at)
            tx.orders.save(stamped)
        return stamped[0]


def ask_live(client_factory: Callable[[], ApiClient | None], path: str, query: dict[str, str] | None, *,
             what: str, timeouts: Timeouts = LOOKUP_TIMEOUTS) -> Any:
    """One GET with the short lookup timeouts, outside any transaction: the answer's body when
    central answered OK, else None (not registered, unreachable, refused: all "not found")."""
    try:
        client = client_factory()
    except (SyncConfigError, CredentialsError) as error:
        log.warning("%s unavailable: %s", what, error)
        return None
    if client is None:
        return None
    try:
        answer = client.get(path, query, timeouts=timeouts)
    finally:
        client.close()
    return answer.body if answer.kind is Kind.OK else None


AUTHORISATION_PATH = "/v1/authorisations/{code}"


class RemoteAuthorisations:
    """A return authorisation missing from the kiosk's copy (another store's, or not pulled yet),
    asked of central by its code, stored, and used. Any failure is simply "not found"."""

    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, *,
                 online: Callable[[], bool] = lambda: True,
                 client_factory: Callable[[], ApiClient | None] | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.online = online
        self._client_factory = client_factory or (lambda: client_for(settings, timeouts=LOOKUP_TIMEOUTS))

    def fetch(self, code: str) -> Authorisation | None:
        if not self.online():
            return None
        body = ask_live(self._client_factory, AUTHORISATION_PATH.format(code=code.replace("-", "")), None,
                        what="live authorisation lookup")
        return None if body is None else self._store(body, code)

    def _store(self, body: Any, code: str) -> Authorisation | None:
        try:
            authorisation = Authorisation.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("live lookup: the server's authorisation cannot be read")
            return None
        if authorisation.code != code:
            log.warning("live lookup: the server answered with another authorisation")
            return None
        with self.uow.writing() as tx:  # after the request: no transaction waits on the network
            tx.authorisations.save([authorisation], now=self.clock())
        return authorisation
