"""Asking central how many returns a shopper made lately, for the frequent-returns rule.

The kiosk knows the returns it took itself; central knows those of every kiosk and store. The
question is asked right after the order is found (between transactions, never inside one),
with short timeouts: the shopper is waiting. No answer means the kiosk counts what it knows.
"""

from __future__ import annotations

from typing import Callable

from kiosk.config import Settings
from kiosk.sync.client import ApiClient, Timeouts
from kiosk.sync.connection import client_for
from kiosk.sync.remote_lookup import ask_live
from kiosk.workflow.case_rules import CustomerHistory

SHOPPER_RETURNS_PATH = "/v1/shoppers/returns"
#: Shorter than a lookup's: the order is found already, and the kiosk's own count will do.
COUNT_TIMEOUTS = Timeouts(connect=2.0, read=4.0)


class CentralShopperHistory:
    def __init__(self, settings: Settings, *, online: Callable[[], bool] = lambda: True,
                 client_factory: Callable[[], ApiClient | None] | None = None) -> None:
        self.online = online
        self._client_factory = client_factory or (lambda: client_for(settings, timeouts=COUNT_TIMEOUTS))

    def ask(self, number: str, email: str, days: int) -> CustomerHistory | None:
        """Central's count of the order's shopper's returns in the last ``days`` days; None when not known."""
        if not self.online():
            return None
        body = ask_live(self._client_factory, SHOPPER_RETURNS_PATH,
                        {"number": number, "email": email, "days": str(days)},
                        what="central's count of a shopper's returns", timeouts=COUNT_TIMEOUTS)
        if not isinstance(body, dict) or not isinstance(body.get("returns"), int) \
                or not isinstance(body.get("refunded"), int):
            return None
        return CustomerHistory(max(0, body["returns"]), max(0, body["refunded"]))
