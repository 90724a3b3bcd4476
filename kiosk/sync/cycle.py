"""One sync cycle: push what is due and the audit log, then pull policy, orders, managers, statuses and stock, then check.

Pushing comes first: decisions taken offline are what must never wait. A server that cannot
be reached ends the cycle at once; whatever steps finished stay committed. The cycle's
outcome (last success, last problem) is kept in the database for the health badge and for
``kiosk sync --once`` run beside the app. Each step reads what to send, calls the server with
no transaction open, then records what came back in a writing transaction of its own.

The pull starts by measuring the clock against central's (kiosk.sync.clock_check), and the
copies it brings in whole (the policy, the complete order feed, the manager list) are stamped
with the time of their pull (kiosk.sync.data_age), with the cycle's outcome.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Answer
from kiosk.sync.audit_push import AuditReport, push_audit
from kiosk.sync.client import ApiClient
from kiosk.sync.clock_check import ClockReading, measure_offset, store_reading
from kiosk.sync.data_age import mark_pulled
from kiosk.sync.errors import StepFailed
from kiosk.sync.pull_authorisations import AuthorisationsReport, pull_authorisations
from kiosk.sync.pull_images import ImagesReport, pull_images
from kiosk.sync.pull_managers import pull_managers
from kiosk.sync.pull_orders import PAGE_SIZE, OrdersReport, pull_orders
from kiosk.sync.pull_policy import PolicyOutcome, pull_policy
from kiosk.sync.pull_statuses import pull_statuses
from kiosk.sync.pull_stock import StockReport, pull_stock
from kiosk.sync.push import PushReport, push_outbox
from kiosk.sync.retention import CountCheck, check_count, purge_expired
from kiosk.workflow.clock import Clock, format_utc
from kiosk.workflow.clock_offset import describe_offset

log = logging.getLogger(__name__)

LAST_SUCCESS = "sync.last_success_at"
LAST_PROBLEM = "sync.last_problem"


@dataclass
class CycleReport:
    started_at: datetime
    finished_at: datetime | None = None
    push: PushReport = field(default_factory=PushReport)
    audit: AuditReport | None = None
    policy: PolicyOutcome | None = None
    orders: OrdersReport | None = None
    purged: int = 0
    managers: int | None = None
    statuses: int | None = None
    #: return authorisations pulled for drop-off (None: not pulled, or central has no feed yet)
    authorisations: AuthorisationsReport | None = None
    stock: StockReport | None = None
    #: product pictures fetched for the item cards (None: not tried this cycle)
    images: ImagesReport | None = None
    count: CountCheck | None = None
    #: The clock against central's (None: not measured this cycle).
    clock: ClockReading | None = None
    #: Copies pulled whole and successfully ("policy", "orders", "managers") and when.
    pulled: dict[str, datetime] = field(default_factory=dict)
    #: The answer that stopped the cycle (None when every step finished).
    stopped_by: Answer | None = None
    stopped_at: str | None = None

    @property
    def ok(self) -> bool:
        """Every step finished, and central took the audit log (a refusal there is an alarm)."""
        return self.stopped_by is None and not (self.audit is not None and self.audit.failed)

    def problem(self) -> str | None:
        """What staff should hear about, most pressing first (None: all is well)."""
        if self.stopped_by is not None:
            return f"{self.stopped_at}: {self.stopped_by.describe()}"
        if self.audit is not None and self.audit.failed:
            return self.audit.describe()
        if self.policy is not None and self.policy.status == "refused":
            return self.policy.describe()
        if self.count is not None and not self.count.ok:
            return self.count.describe()
        if self.audit is not None and self.audit.problem is not None:
            return self.audit.describe()
        return None

    def lines(self) -> list[str]:
        """What the cycle did, one fact a line, for ``kiosk sync --once``."""
        out = [f"pushed: {self.push.delivered} delivered, {self.push.refused} refused, "
               f"{self.push.retrying} to retry"]
        if self.clock is not None:
            out.append(f"clock: {describe_offset(self.clock.offset)}")
        if self.audit is not None:
            out.append(self.audit.describe())
        if self.policy is not None:
            out.append(self.policy.describe())
        if self.orders is not None:
            resync = " after a full resync" if self.orders.resynced else ""
            out.append(f"orders: {self.orders.orders} received in {self.orders.pages} page(s){resync}")
        if self.purged:
            out.append(f"orders purged past the retention window: {self.purged}")
        if self.managers is not None:
            out.append(f"managers: {self.managers}")
        if self.statuses is not None:
            out.append(f"return statuses updated: {self.statuses}")
        if self.authorisations is not None:
            out.append(self.authorisations.describe())
        if self.stock is not None:
            out.append(self.stock.describe())
        if self.images is not None:
            out.append(self.images.describe())
        if self.count is not None:
            out.append(self.count.describe())
        if self.stopped_by is not None:
            out.append(f"stopped at {self.stopped_at}: {self.stopped_by.describe()}")
        return out


def run_cycle(client: ApiClient, uow: UnitOfWork, clock: Clock, rng: random.Random, *, pull: bool = True,
              page_size: int = PAGE_SIZE, should_stop: Callable[[], bool] = lambda: False) -> CycleReport:
    report = CycleReport(started_at=clock())
    report.push = push_outbox(client, uow, clock, rng, should_stop)
    if report.push.stopped_by is None and not should_stop():
        report.audit = push_audit(client, uow, should_stop, anchor_head=pull, clock=clock)
    if report.push.stopped_by is not None:
        report.stopped_by, report.stopped_at = report.push.stopped_by, "push"
    elif report.audit is not None and report.audit.stops_cycle:
        report.stopped_by, report.stopped_at = report.audit.problem, "audit"
    elif pull:
        try:
            _pull(client, uow, clock, report, page_size, should_stop)
        except StepFailed as failure:
            report.stopped_by, report.stopped_at = failure.answer, failure.step
        else:
            _push_audit_written_by_pulls(client, uow, clock, report, should_stop)
    report.finished_at = clock()
    _remember(uow, report, complete=pull and not should_stop())
    return report


def _push_audit_written_by_pulls(client: ApiClient, uow: UnitOfWork, clock: Clock, report: CycleReport,
                                 should_stop: Callable[[], bool]) -> None:
    """Pulls write audit entries too (stock moved, a roster renewed): send them in the same cycle,
    so a kiosk that has just synced has nothing left unsent (``kiosk unregister`` relies on it)."""
    with uow.reading() as tx:
        if tx.audit.undelivered_count() == 0 or should_stop():
            return
    second = push_audit(client, uow, should_stop, anchor_head=True, clock=clock)
    first = report.audit
    if first is None or second.failed or second.problem is not None:
        report.audit = second
    else:
        report.audit = replace(first, sent=first.sent + second.sent, anchored=second.anchored or first.anchored)


def _pull(client: ApiClient, uow: UnitOfWork, clock: Clock, report: CycleReport, page_size: int,
          should_stop: Callable[[], bool]) -> None:
    report.clock = measure_offset(client, clock)
    report.policy = pull_policy(client, uow, clock)
    if report.policy.status in ("unchanged", "updated"):
        report.pulled["policy"] = clock()
    report.orders = pull_orders(client, uow, clock, page_size=page_size, should_stop=should_stop)
    if report.orders.complete:
        report.pulled["orders"] = clock()
    if report.orders.horizon is not None:
        report.purged = purge_expired(uow, report.orders.horizon)
    report.managers = pull_managers(client, uow, clock)
    report.pulled["managers"] = clock()
    report.statuses = pull_statuses(client, uow, should_stop=should_stop)
    report.authorisations = _pull_authorisations(client, uow, clock, should_stop)
    report.stock = pull_stock(client, uow, clock, should_stop=should_stop)
    if report.orders.complete and report.orders.total is not None and report.orders.horizon is not None:
        report.count = check_count(uow, report.orders.total)  # after the purge to the same horizon
    report.images = _pull_images(uow, should_stop)


def _pull_images(uow: UnitOfWork, should_stop: Callable[[], bool]) -> ImagesReport | None:
    """Last, and never a reason to stop the cycle: a missing picture only shows a neutral tile."""
    try:
        return pull_images(uow, should_stop=should_stop)
    except Exception:  # a picture step that breaks must not cost the sync
        log.exception("product pictures were not fetched this cycle")
        return None


def _pull_authorisations(client: ApiClient, uow: UnitOfWork, clock: Clock,
                         should_stop: Callable[[], bool]) -> AuthorisationsReport | None:
    """An older central without the feed (404) is no reason to stop the cycle: drop-off waits for it."""
    try:
        return pull_authorisations(client, uow, clock, should_stop=should_stop)
    except StepFailed as failure:
        if failure.answer.status == 404:
            log.info("central has no return authorisation feed yet")
            return None
        raise


def _remember(uow: UnitOfWork, report: CycleReport, *, complete: bool) -> None:
    with uow.writing() as tx:
        if report.ok and complete:
            tx.settings.put(LAST_SUCCESS, format_utc(report.finished_at or report.started_at))
        tx.settings.put(LAST_PROBLEM, report.problem() or "")
        if report.clock is not None:
            store_reading(tx, report.clock)
        for copy, at in report.pulled.items():
            mark_pulled(tx, [copy], at)
