"""The shopper's earlier returns for the frequent-returns rule, applied on the device.

What this kiosk holds (kiosk.db.shopper_returns) plus, when central answers, its count from
every kiosk (kiosk.sync.shopper_history), combined by kiosk.workflow.case_rules.shopper_history.
Offline the kiosk counts what it knows; central checks the rule again when the case arrives.
"""

from __future__ import annotations

import logging
from typing import Protocol

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.workflow.case_rules import NO_HISTORY, CustomerHistory, frequent_period, shopper_history
from kiosk.workflow.clock import Clock
from kiosk.workflow.orders import Order, normalise_email
from kiosk.workflow.policy import Policy

log = logging.getLogger(__name__)


class CentralCount(Protocol):
    def ask(self, number: str, email: str, days: int) -> CustomerHistory | None: ...


def history_for(uow: UnitOfWork, policy: Policy, order: Order, clock: Clock,
                central: CentralCount | None = None) -> CustomerHistory:
    """The shopper's returns in the policy's period before now; NO_HISTORY when the policy counts none."""
    period = frequent_period(policy, clock())
    days = policy.approval.frequent_period_days
    if period is None or days is None or not order.customer.email:
        return NO_HISTORY
    with uow.reading() as tx:
        known = tx.cases.of_shopper(normalise_email(order.customer.email), *period)
    remote = None
    if central is not None:
        try:
            remote = central.ask(order.number, order.customer.email, days)  # outside any transaction
        except Exception:  # noqa: BLE001 - the kiosk's own count stands
            log.warning("central's count of a shopper's returns failed", exc_info=True)
    return shopper_history(known, remote)
