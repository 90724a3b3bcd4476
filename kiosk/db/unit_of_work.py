"""The one way into the kiosk database: a reading or a writing transaction and its repositories.

Everything outside kiosk/db reaches storage through ``UnitOfWork.reading()`` or
``UnitOfWork.writing()``; nothing else opens a session or names a table. A writing
transaction takes SQLite's write lock at its start (``BEGIN IMMEDIATE``): the audit chain
and the offline exposure caps read and then write, and two such transactions must not
interleave (see kiosk.db.audit_log). Either block commits when it ends without an error
and rolls back when it raises. Make network calls between transactions, never inside one.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from sqlalchemy.orm import Session

from kiosk.db import (
    audit_log,
    authorisation_store,
    case_store,
    order_cache,
    outbox_store,
    policy_etag_store,
    policy_store,
    print_jobs,
    privacy_store,
    report_store,
    retention_store,
    roster_store,
    shopper_returns,
    staff_store,
    stock_store,
)
from kiosk.db.audit_keys import AuditKeys
from kiosk.db.engine import Database
from kiosk.db.outbox_store import DueEvent as DueEvent  # the records callers name, from this one module
from kiosk.db.outbox_store import UnsentReturn as UnsentReturn
from kiosk.db.privacy_store import SettledCase as SettledCase
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.workflow.audit_chain import AuditEntry, AuditKind, ChainBreak, Epoch, Tip, UnreadableRow
from kiosk.workflow.authorisations import Authorisation
from kiosk.workflow.case_rules import KnownReturn
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy
from kiosk.workflow.staff import PinAttempts, Role, StaffMember
from kiosk.workflow.variants import Variant

if TYPE_CHECKING:
    from kiosk.db.print_jobs import SqlPrintJobStore


class Orders:
    """The synced order cache and this store's stock of variants."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def find(self, number: str, email: str) -> Order | None:
        return order_cache.find_order(self._session, number, email)

    def get(self, number: str) -> Order | None:
        return order_cache.get_order(self._session, number)

    def search(self, *, email: str = "", phone: str = "", limit: int = 20) -> list[Order]:
        return order_cache.search_orders(self._session, email=email, phone=phone, limit=limit)

    def count(self) -> int:
        return order_cache.count_orders(self._session)

    def save(self, orders: Sequence[Order]) -> int:
        return order_cache.upsert_orders(self._session, orders)

    def save_documents(self, documents: Sequence[Mapping[str, Any]]) -> int:
        return order_cache.upsert_order_documents(self._session, documents)

    def save_texts(self, orders: Sequence[tuple[Mapping[str, Any], str]], counted_until: Mapping[str, datetime]) -> int:
        return order_cache.upsert_order_texts(self._session, orders, counted_until)

    def variants_of(self, *product_ids: str) -> list[Variant]:
        """With this store's stock now: central's count and the kiosk's uncounted exchanges and restocks."""
        return stock_store.with_stock(self._session, order_cache.variants_of(self._session, *product_ids))

    def save_variants(self, variants: Iterable[tuple[Variant, str]], currency: str) -> None:
        order_cache.upsert_variants(self._session, variants, currency)

    def image_sources(self) -> list[tuple[str, str, str]]:
        return order_cache.image_sources(self._session)


class Cases:
    """Saved return cases; saving one also writes its outbox event (DESIGN §3, Outbox)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, case: ReturnCase, *, now: datetime) -> None:
        case_store.save_case(self._session, case, now=now)

    def load(self, case_id: str) -> ReturnCase:
        return case_store.load_case(self._session, case_id)

    def by_code(self, code: str) -> ReturnCase | None:
        return case_store.find_case_by_code(self._session, code)

    def recent(self, limit: int = 50) -> list[ReturnCase]:
        return case_store.recent_cases(self._session, limit)

    def returned_quantities(self, order_number: str, since: datetime | None = None) -> dict[str, int]:
        return case_store.returned_quantities(self._session, order_number, since)

    def created_between(self, start: datetime, end: datetime) -> list[tuple[ReturnCase, bool]]:
        """(case, central holds it) for the cases created in [start, end): a day's, for its report."""
        return report_store.cases_between(self._session, start, end)

    def recent_with_status(self, limit: int = 100) -> list[tuple[ReturnCase, str | None, str | None]]:
        """(case, central's status, outbox state) of the newest cases, for the staff's returns list."""
        return report_store.recent_with_status(self._session, limit)

    def unconfirmed_refunds(self, start: datetime | None, end: datetime | None, staff_id: str | None
                            ) -> tuple[int, int]:
        """(count, total) of refunds central has not confirmed, made in [start, end); None: any day."""
        return case_store.unconfirmed_refunds(self._session, start, end, staff_id)

    def of_shopper(self, email_key: str, since: datetime, until: datetime) -> list[KnownReturn]:
        """The shopper's returns made in [since, until], for the frequent-returns rule."""
        return shopper_returns.returns_of(self._session, email_key, since, until)


class Policies:
    """Policy versions as received; one is in force."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def active(self) -> Policy | None:
        return policy_store.active_policy(self._session)

    def active_version(self) -> str | None:
        return policy_store.active_policy_version(self._session)

    def active_document(self) -> Mapping[str, Any] | None:
        return policy_store.active_policy_document(self._session)

    def activate(self, policy: Policy, *, received_at: datetime, etag: str | None = None) -> None:
        policy_store.activate_policy(self._session, policy, received_at=received_at, etag=etag)


class Staff:
    """Staff members with PIN hashes, and the wrong-PIN counters."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, staff_id: str) -> tuple[StaffMember, str] | None:
        return staff_store.get_member(self._session, staff_id)

    def members(self, role: Role | None = None) -> list[tuple[StaffMember, str]]:
        return staff_store.members(self._session, role)

    def save(self, member: StaffMember, pin_hash: str, *, now: datetime, source_hash: str | None = None) -> None:
        staff_store.upsert_member(self._session, member, pin_hash, now=now, source_hash=source_hash)

    def replace_hash(self, staff_id: str, old_hash: str, new_hash: str, *, now: datetime) -> bool:
        return staff_store.replace_hash(self._session, staff_id, old_hash, new_hash, now=now)

    def attempts(self, key: str) -> PinAttempts:
        return staff_store.load_attempts(self._session, key)

    def save_attempts(self, key: str, attempts: PinAttempts, *, now: datetime) -> None:
        staff_store.save_attempts(self._session, key, attempts, now=now)


class AuditTrail:
    """The keyed hash-chained audit log and its key file; changing either needs a writing transaction."""

    def __init__(self, session: Session, writable: bool, keys: AuditKeys) -> None:
        self._session = session
        self._writable = writable
        self._keys = keys

    def append(self, *, at: datetime, kind: AuditKind | str, actor: str, subject: str = "",
               details: Mapping[str, Any] | None = None) -> AuditEntry:
        self._need_writing("audit entries are appended")
        return audit_log.append(self._session, self._keys, at=at, kind=kind, actor=actor, subject=subject,
                                details=details)

    def entries(self, *, batch: int = 1000) -> Iterator[AuditEntry]:
        return audit_log.entries(self._session, batch=batch)

    def rows(self, *, epoch: str | None = None, after: int = 0, batch: int = 1000
             ) -> Iterator[AuditEntry | UnreadableRow]:
        """Stored rows in id order, garbled ones as UnreadableRow (of one epoch, when given)."""
        return audit_log.stored_rows(self._session, epoch=epoch, after=after, batch=batch)

    def head(self) -> tuple[int, str] | None:
        return audit_log.head(self._session)

    def tip(self) -> Tip | None:
        return audit_log.tip(self._session)

    def verify(self) -> tuple[int, ChainBreak | None]:
        return audit_log.verify(self._session, self._keys)

    def epochs(self) -> tuple[Epoch, ...]:
        """The epochs of the key file, oldest first (raises AuditKeysUnreadable)."""
        return self._keys.load()

    @property
    def key_file(self) -> AuditKeys:
        return self._keys

    def spans(self) -> list[tuple[str, int, int]]:
        """(epoch, first id, last id) per epoch the rows hold, oldest first."""
        return audit_log.epoch_spans(self._session)

    def undelivered_count(self) -> int:
        return audit_log.undelivered_count(self._session)

    def undelivered(self) -> list[tuple[str, int, str]]:
        """(epoch, id, hash) of the rows central has not confirmed, in id order."""
        return audit_log.undelivered(self._session)

    def confirm_delivered(self, epoch: str, through: int | None) -> None:
        audit_log.confirm_delivered(self._session, epoch, through)

    def record_anchor(self, epoch: str, entry_id: int, digest: str) -> None:
        self._need_writing("anchors are recorded")
        self._keys.record_anchor(epoch, entry_id, digest)

    def restart(self, *, at: datetime, reason: str, details: Mapping[str, Any] | None = None) -> AuditEntry:
        """Begin a new epoch now, its first entry saying why: ids written from here on are new to central."""
        self._need_writing("epochs are begun")
        return audit_log.restart(self._session, self._keys, at=at, reason=reason, details=details)

    def _need_writing(self, what: str) -> None:
        if not self._writable:
            raise RuntimeError(f"{what} in a writing transaction")


class KeyValues:
    """Small durable state: sync cursors and outcomes, device identity."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, default: str | None = None) -> str | None:
        return get_setting(self._session, key, default)

    def put(self, key: str, value: str) -> None:
        put_setting(self._session, key, value)


class Outbox:
    """Events waiting for central, and the outcome of each delivery (DESIGN §3, Outbox)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def due(self, now: datetime, limit: int = 50, after_id: int = 0) -> list[DueEvent]:
        return outbox_store.due_events(self._session, now, limit, after_id)

    def next_due_at(self) -> datetime | None:
        return outbox_store.next_due_at(self._session)

    def mark_delivered(self, event: DueEvent, receipt: Mapping[str, Any], *, status: str, now: datetime) -> None:
        outbox_store.mark_delivered(self._session, event, receipt, status, now)

    def mark_refused(self, event: DueEvent, *, error: str, response: Mapping[str, Any]) -> None:
        outbox_store.mark_refused(self._session, event, error, response)

    def schedule_retry(self, event: DueEvent, *, at: datetime, error: str) -> None:
        outbox_store.schedule_retry(self._session, event, at, error)

    def retry_now(self, event_id: int, now: datetime) -> bool:
        return outbox_store.retry_now(self._session, event_id, now)

    def unsent_counts(self) -> tuple[int, int]:
        """(pending, refused)"""
        return outbox_store.unsent_counts(self._session)

    def oldest_pending_at(self) -> datetime | None:
        return outbox_store.oldest_pending_at(self._session)

    def unsent(self, limit: int = 500) -> list[UnsentReturn]:
        return outbox_store.unsent_returns(self._session, limit)

    def unsent_ids(self) -> set[int]:
        return outbox_store.unsent_ids(self._session)

    def unsent_in_full(self) -> list[outbox_store.UnsentEvent]:
        return outbox_store.unsent_events(self._session)

    def oldest_uncounted(self, numbers: Sequence[str], requested_at: datetime) -> dict[str, datetime]:
        return outbox_store.oldest_uncounted(self._session, numbers, requested_at)


class ServerStatuses:
    """What central says became of our returns: accepted, review, refused, refunded..."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def update(self, case_id: str, status: str) -> bool:
        return outbox_store.update_server_status(self._session, case_id, status)


class StoreStock:
    """This store's stock from central's feed (exchanges read it through ``Orders.variants_of``)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, items: Sequence[tuple[str, str, int]], *, now: datetime) -> int:
        """(store id, SKU, on hand) rows as the feed sent them."""
        return stock_store.save_stock(self._session, items, now)

    def mark_pulled(self, at: datetime) -> None:
        """The feed was read to its end at ``at``: cases delivered before it are in central's counts."""
        stock_store.mark_pulled(self._session, at)

    def pulled_at(self) -> datetime | None:
        return stock_store.pulled_at(self._session)

    def on_hand(self, skus: Sequence[str]) -> dict[str, int]:
        return stock_store.on_hand(self._session, skus)


class OrderRetention:
    """Trimming the order cache to the feed's horizon, clearing it for a resync, and counting it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def expired(self, horizon: datetime, limit: int) -> list[str]:
        return retention_store.expired_numbers(self._session, horizon, limit)

    def some(self, limit: int) -> list[str]:
        return retention_store.any_numbers(self._session, limit)

    def drop(self, numbers: Sequence[str]) -> None:
        retention_store.delete_orders(self._session, numbers)

    def count_of_store(self, store_id: str | None) -> int:
        return retention_store.count_of_store(self._session, store_id)

    def returned_orders_not_cached(self) -> int:
        return retention_store.returned_orders_not_cached(self._session)


class ShopperDetails:
    """Where shoppers' details sit, for the privacy purge (kiosk.services.privacy)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def settled_cases(self, cutoff: datetime) -> list[SettledCase]:
        return privacy_store.settled_cases(self._session, cutoff)

    def past_retention(self, *, completed: datetime | None, pending: datetime | None,
                       refused: datetime | None) -> list[SettledCase]:
        return privacy_store.cases_past_retention(self._session, completed=completed, pending=pending,
                                                  refused=refused)

    def in_cached_order(self, number: str) -> list[str]:
        return privacy_store.order_details(self._session, number)

    def forget(self, case_id: str, scrub: privacy_store.Scrub) -> None:
        privacy_store.forget_shopper(self._session, case_id, scrub)

    def drop_orders_without_details(self, numbers: Iterable[str]) -> int:
        return privacy_store.drop_orders_without_details(self._session, numbers)

    def take_printed_files(self, case_ids: Sequence[str]) -> list[str]:
        return privacy_store.take_printed_files(self._session, case_ids)


class StaffRoster:
    """Staff rows as stored, unknown roles included, for replacing the managers central sends."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def stored(self) -> list[roster_store.StoredStaff]:
        return roster_store.stored_staff(self._session)

    def remove(self, ids: Sequence[str]) -> None:
        roster_store.remove_staff(self._session, ids)


class PolicyEtags:
    """The policy in force and the ETag it came with, for the conditional pull."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def in_force(self) -> policy_etag_store.PolicyTag | None:
        return policy_etag_store.policy_in_force(self._session)


class PrintBacklog:
    """The print jobs still waiting for their printer, counted (the queue itself is UnitOfWork.print_jobs)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def queued(self) -> tuple[int, datetime | None]:
        """(jobs waiting, when the oldest was made)"""
        return print_jobs.queued_backlog(self._session)


class Authorisations:
    """Returns started online (issue 18): this store's open ones from the sync, others from live lookups."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, authorisations: Sequence[Authorisation], *, now: datetime) -> int:
        return authorisation_store.save_authorisations(self._session, authorisations, now=now)

    def get(self, code: str) -> Authorisation | None:
        return authorisation_store.find_authorisation(self._session, code)

    def mark_dropped_off(self, code: str, *, now: datetime) -> None:
        authorisation_store.mark_dropped_off(self._session, code, now=now)

    def count_open(self) -> int:
        return authorisation_store.count_open(self._session)

    def clear(self) -> None:
        authorisation_store.clear_authorisations(self._session)

    def purge_expired(self, before: datetime) -> int:
        return authorisation_store.purge_expired(self._session, before)


class Transaction:
    """One open transaction and the repositories that work inside it."""

    def __init__(self, session: Session, *, writable: bool, audit_keys: AuditKeys) -> None:
        self.orders = Orders(session)
        self.cases = Cases(session)
        self.policies = Policies(session)
        self.staff = Staff(session)
        self.audit = AuditTrail(session, writable, audit_keys)
        self.settings = KeyValues(session)
        self.outbox = Outbox(session)
        self.server_statuses = ServerStatuses(session)
        self.authorisations = Authorisations(session)
        self.stock = StoreStock(session)
        self.retention = OrderRetention(session)
        self.shopper_details = ShopperDetails(session)
        self.roster = StaffRoster(session)
        self.policy_etags = PolicyEtags(session)
        self.print_backlog = PrintBacklog(session)


class UnitOfWork:
    """Opens transactions on the kiosk database; the only thing outside kiosk/db that does."""

    def __init__(self, database: Database) -> None:
        self.database = database
        #: The audit log's key file, beside the database file (kiosk.db.audit_keys).
        self.audit_keys = AuditKeys.beside(database.path)

    def print_jobs(self) -> SqlPrintJobStore:
        """The print queue's store; each of its calls is a committed transaction of its own."""
        from kiosk.db.print_jobs import SqlPrintJobStore  # the printing stack loads on first print

        return SqlPrintJobStore(self.database.sessions)

    @contextmanager
    def reading(self) -> Iterator[Transaction]:
        """A consistent snapshot to read from; nothing it does is written."""
        with self.database.session() as session:
            audit_log.begin_snapshot(session)
            try:
                yield Transaction(session, writable=False, audit_keys=self.audit_keys)
            finally:
                session.rollback()

    @contextmanager
    def writing(self) -> Iterator[Transaction]:
        """A transaction that holds the write lock from its start; commits unless it raises."""
        with self.database.session() as session, session.begin():
            audit_log.hold_write_lock(session)
            yield Transaction(session, writable=True, audit_keys=self.audit_keys)


class DatabaseFile:
    """The database file itself, worked on between transactions, never inside one."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._database = uow.database

    def empty_wal(self) -> bool:
        """Move the WAL into the file and truncate it; False when a reader kept part of it in use."""
        return privacy_store.empty_wal(self._database)
