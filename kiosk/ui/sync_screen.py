"""The staff sync screen: returns the server does not hold yet, refused ones first with the
server's reason, and a "Retry now" that is safe because it resends the same case with the
same idempotency key.

The list is read and the retry done off the GUI thread (``run_in_background``), and only while
the screen is shown: it is built at start with the window, and reading it then would only
compete with the attract screen. A new health snapshot from the worker (through the relay's
signal) refreshes a shown list.

Under the summary staff read the clock against the server's (and, when it is too far off,
that return windows wait for them) and how old the synced policy, orders and managers are,
and the last sync's problem in the sync's own words (an audit alarm, say), for head office.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kiosk.services.sync_review import UnsentReturn
from kiosk.sync.health import SyncHealth
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import error_text
from kiosk.ui.kinetic import kinetic
from kiosk.ui.pages.base import button, label
from kiosk.ui.store_time import store_date_time
from kiosk.ui.sync_badge import HealthRelay


class SyncActions(Protocol):
    def unsent(self) -> list[UnsentReturn]: ...
    def retry(self, event_id: int) -> bool: ...


COLUMNS = ("code", "order", "taken", "state", "attempts", "reason")


class SyncScreen(QWidget):
    # emitted after the list was redrawn (for tests and the shell)
    refreshed = Signal()

    def __init__(self, actions: SyncActions, parent: QWidget | None = None, *, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.sync_actions = actions
        self.zone = zone  # the store's: staff read times on the store's clock
        self.entries: list[UnsentReturn] = []
        self.loading = False
        self._again = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = label(self.tr("Returns waiting for the server"), "title")
        self.summary = label("", "subtitle")
        self.summary.setAccessibleName("sync summary")
        self.facts = label("", "hint")
        self.facts.setAccessibleName("clock and synced data")
        self.advice = label("", "hint")
        self.advice.setAccessibleName("what to do")
        self.problem = label("", "error")
        self.problem.setAccessibleName("last sync problem")
        self.problem.hide()
        self.error = label("", "error")
        self.error.hide()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Return code"), self.tr("Order"), self.tr("Taken"),
                                              self.tr("State"), self.tr("Tries"), self.tr("Server's reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("unsent returns")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        kinetic(self.table)
        self.retry_button = button(self.tr("Retry now"), primary=True)
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        self.refresh_button = button(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        for widget in (self.title, self.summary, self.facts, self.advice, self.problem, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def follow(self, relay: HealthRelay) -> None:
        relay.changed.connect(self.show_health)

    # --- the worker's snapshot --------------------------------------------------------------

    def show_health(self, health: SyncHealth) -> None:
        state = self.tr("online") if health.online else self.tr("offline")
        last = self._local(health.last_success_at) if health.last_success_at else self.tr("never")
        text = self.tr("Server %1 · last sync %2 · %3 waiting · %4 refused")
        for index, value in enumerate((state, last, str(health.pending), str(health.refused)), start=1):
            text = text.replace(f"%{index}", value)
        self.summary.setText(text)
        self.facts.setText(self.clock_words(health) + "\n" + self.ages_words(health))
        self.advice.setText(self.advice_for(health))
        self.problem.setText(health.problem or "")
        self.problem.setVisible(bool(health.problem))
        if self.isVisible():
            self.refresh()

    def clock_words(self, health: SyncHealth) -> str:
        """The kiosk's clock against the server's, and what it means when it is too far off."""
        offset = health.clock_offset
        if offset is None:
            return self.tr("Clock: not compared with the server yet")
        if abs(offset) <= timedelta(seconds=2):  # the server's Date header has whole seconds
            return self.tr("Clock: in step with the server")
        words = (self.tr("Clock: %1 behind the server") if offset > timedelta(0)
                 else self.tr("Clock: %1 ahead of the server")).replace("%1", self.duration(abs(offset)))
        if health.clock_unsure:
            words += " · " + self.tr("return windows wait for staff approval until the kiosk's time is fixed")
        return words

    def ages_words(self, health: SyncHealth) -> str:
        """How long ago the policy, the orders and the managers were last brought in whole."""
        names = {"policy": self.tr("policy"), "orders": self.tr("orders"), "managers": self.tr("managers")}
        parts = []
        for copy, name in names.items():
            age = health.data_ages.get(copy)
            part = self.tr("%1 never") if age is None else self.tr("%1 %2 ago").replace("%2", self.duration(age))
            parts.append(part.replace("%1", name))
        return self.tr("Synced: %1").replace("%1", " · ".join(parts))

    def duration(self, age: timedelta) -> str:
        seconds = int(age.total_seconds())
        if seconds < 120:
            return self.tr("%n s", "", seconds)
        if seconds < 120 * 60:
            return self.tr("%n min", "", seconds // 60)
        if seconds < 48 * 3600:
            return self.tr("%n h", "", seconds // 3600)
        return self.tr("%n d", "", seconds // 86400)

    def advice_for(self, health: SyncHealth) -> str:
        """What staff can do about it here, on the device (never a command to type)."""
        if not health.registered:
            return self.tr("This kiosk is not connected to the central server yet. Returns are kept safely here "
                           "and sent once it is; ask your administrator to connect it.")
        if health.refused:
            return self.tr("The server refused %n returns: tap one to read its reason. Fix what it says with "
                           "head office, then tap Retry now.", "", health.refused)
        if not health.online:
            return self.tr("The server cannot be reached. Returns are kept safely on this kiosk and sent "
                           "automatically when it is back: nothing to do.")
        if health.pending:
            return self.tr("Returns are sent automatically. Tap one and Retry now to send it at once.")
        return self.tr("Everything has been sent.")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # --- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.loading:
            self._again = True  # one more read once this one is back, never two at once
            return
        self.loading = True
        run_in_background(self.sync_actions.unsent, self._show, self._failed, owner=self)

    def _show(self, entries: list[UnsentReturn]) -> None:
        self.loading = False
        self.error.hide()
        selected = self.selected()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.event_id)
                self.table.setItem(row, column, item)
            if selected is not None and entry.event_id == selected.event_id:
                self.table.selectRow(row)
        self._selection_changed()
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _cells(self, entry: UnsentReturn) -> tuple[str, ...]:
        if entry.state == "refused":
            state, reason = self.tr("Refused"), entry.reason or ""
        else:
            state = self.tr("Waiting")
            reason = entry.reason or ""
            if entry.next_attempt_at is not None:
                reason = (reason + " · " if reason else "") + self.tr("next try %1").replace(
                    "%1", self._local(entry.next_attempt_at))
        return (entry.code, entry.order_number, self._local(entry.created_at), state, str(entry.attempts), reason)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.error.setText(self.tr("The list cannot be read: %1").replace("%1", error_text(error)))
        self.error.show()

    # --- retry now --------------------------------------------------------------------------

    def selected(self) -> UnsentReturn | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select_code(self, code: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.code == code:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        self.retry_button.setEnabled(self.selected() is not None)

    def retry_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.retry_button.setEnabled(False)
        run_in_background(lambda: self.sync_actions.retry(entry.event_id), lambda _changed: self.refresh(), self._failed,
                          owner=self)

    def _local(self, moment: datetime) -> str:
        """A moment on the store's clock, in the language on screen."""
        return store_date_time(moment, self.zone)
