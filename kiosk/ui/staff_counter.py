"""The staff counter screen: the returns and what became of each, the print queue, the end of day.

Three tabs, each read off the GUI thread when it is shown or refreshed:

- Returns: the newest returns with their state in words (not yet sent, accepted, in review,
  refused, refunded, refund failed) and the store-local time; the ones staff must act on
  (a failed refund above all) are marked.
- Print queue: jobs waiting for their printer with the printer's error, and a retry. The
  retrier sends them by itself once the printer says it is ready; retry is for the impatient.
- End of day: today's report as it will print, and a button that prints it on the receipt
  printer (audited).
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any, Callable, Protocol, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.operations import ReturnLine, ReturnState
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import error_text
from kiosk.ui.kinetic import kinetic
from kiosk.ui.money_words import money
from kiosk.ui.pages.base import button, label
from kiosk.ui.store_time import store_date_time

if TYPE_CHECKING:
    from kiosk.printing.document import Document
    from kiosk.printing.jobs import PrintJob
    from kiosk.printing.queue import PrintResult
    from kiosk.workflow.day_report import DayReport


class CounterActions(Protocol):
    """What the screen asks of the services (kiosk.services.operations.StaffOperations)."""

    def recent_returns(self, limit: int = 100) -> list[ReturnLine]: ...
    def print_queue(self) -> list[PrintJob]: ...
    def retry_print(self, job_id: int) -> PrintResult: ...
    def day_report(self, day: date | None = None, staff_id: str | None = None) -> DayReport: ...
    def report_document(self, report: DayReport) -> Document: ...
    def print_day_report(self, day: date | None, staff_id: str | None, actor: str) -> PrintResult: ...


def _table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setAccessibleName(name)
    kinetic(table)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], flagged: Callable[[int], bool] = lambda _row: False
          ) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if flagged(row):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)


class ReturnsTab(QWidget):
    refreshed = Signal()

    def __init__(self, actions: CounterActions, zone: tzinfo | None) -> None:
        super().__init__()
        self.counter = actions
        self.zone = zone
        self.entries: list[ReturnLine] = []
        layout = QVBoxLayout(self)
        self.hint = label(self.tr("The newest returns and what head office made of them. Bold ones need you."),
                          "hint")
        self.error = label("", "error")
        self.error.hide()
        self.table = _table((self.tr("Return code"), self.tr("Order"), self.tr("Taken"), self.tr("Resolution"),
                             self.tr("Amount"), self.tr("Status")), "returns and their status")
        self.refresh_button = button(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        for widget in (self.hint, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        run_in_background(self.counter.recent_returns, self._show, self._failed, owner=self)

    def _show(self, entries: list[ReturnLine]) -> None:
        self.error.hide()
        self.entries = entries
        _fill(self.table, [self.cells(e) for e in entries], lambda row: entries[row].needs_staff)
        self.refreshed.emit()

    def cells(self, entry: ReturnLine) -> tuple[str, ...]:
        return (entry.code, entry.order_number, store_date_time(entry.created_at, self.zone),
                self.resolution_words(entry.resolution), money(entry.amount, entry.currency),
                self.state_words(entry.state))

    def state_words(self, state: str) -> str:
        words = {
            ReturnState.SUBMITTED: self.tr("Submitted: not sent to head office yet"),
            ReturnState.PENDING_APPROVAL: self.tr("Waiting for a manager's approval"),
            ReturnState.ACCEPTED: self.tr("Accepted"),
            ReturnState.REVIEW: self.tr("In review at head office"),
            ReturnState.REFUSED: self.tr("Refused by head office"),
            ReturnState.REFUNDED: self.tr("Refunded"),
            ReturnState.REFUND_FAILED: self.tr("Refund failed: staff must act"),
        }
        return words.get(state, state)

    def resolution_words(self, resolution: str) -> str:
        words = {"refund": self.tr("Refund"), "store_credit": self.tr("Store credit"),
                 "exchange": self.tr("Exchange"), "keep_item": self.tr("Refund, item kept")}
        return words.get(resolution, resolution)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(self.tr("The list cannot be read: %1").replace("%1", error_text(error)))
        self.error.show()


class PrintQueueTab(QWidget):
    refreshed = Signal()
    #: a retry finished (the job printed, or not)
    retried = Signal(bool)

    def __init__(self, actions: CounterActions, zone: tzinfo | None) -> None:
        super().__init__()
        self.counter = actions
        self.zone = zone
        self.jobs: list[PrintJob] = []
        layout = QVBoxLayout(self)
        self.summary = label("", "subtitle")
        self.summary.setAccessibleName("print queue summary")
        self.hint = label(self.tr("Waiting prints go out by themselves as soon as their printer is ready again."),
                          "hint")
        self.outcome = label("", "hint")
        self.table = _table((self.tr("Printer"), self.tr("Document"), self.tr("Queued"), self.tr("Tries"),
                             self.tr("Problem")), "queued prints")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retry_button = button(self.tr("Retry now"), primary=True)
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        self.refresh_button = button(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        for widget in (self.summary, self.hint, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        run_in_background(self.counter.print_queue, self._show, self._failed, owner=self)

    def _show(self, jobs: list[PrintJob]) -> None:
        from kiosk.printing.queue import parse_job_error

        self.jobs = jobs
        self.summary.setText(self.tr("Nothing is waiting to print.") if not jobs
                             else self.tr("%n print(s) waiting", "", len(jobs)))
        _fill(self.table, [(job.printer, self.kind_words(job.kind.value), store_date_time(job.created_at, self.zone),
                            str(job.attempts), parse_job_error(job.last_error)[1]) for job in jobs])
        self._selection_changed()
        self.refreshed.emit()

    def kind_words(self, kind: str) -> str:
        words = {"slip": self.tr("Return slip"), "store_copy": self.tr("Store copy"), "label": self.tr("Label"),
                 "refusal": self.tr("Refusal slip"), "test": self.tr("Test page"), "bag_label": self.tr("Bag label")}
        return words.get(kind, kind)

    def selected(self) -> PrintJob | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.jobs[rows[0].row()] if rows and rows[0].row() < len(self.jobs) else None

    def _selection_changed(self) -> None:
        self.retry_button.setEnabled(self.selected() is not None)

    def retry_selected(self) -> None:
        job = self.selected()
        if job is None:
            return
        self.retry_button.setEnabled(False)
        run_in_background(lambda: self.counter.retry_print(job.id), self._retried, self._failed, owner=self)

    def _retried(self, result: PrintResult) -> None:
        self.outcome.setText(self.tr("Printed.") if result.printed
                             else self.tr("Still not printed: %1").replace("%1", result.error))
        self.retried.emit(result.printed)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.outcome.setText(self.tr("The queue cannot be read: %1").replace("%1", error_text(error)))


class DayReportTab(QWidget):
    refreshed = Signal()
    #: the report was printed (True) or not
    printed = Signal(bool)

    def __init__(self, actions: CounterActions, staff_id: Callable[[], str | None]) -> None:
        super().__init__()
        self.counter = actions
        self.staff_id = staff_id
        layout = QVBoxLayout(self)
        self.hint = label(self.tr("Today's returns on this kiosk, as the report prints."), "hint")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("end of day report")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.preview.setFont(font)
        self.outcome = label("", "hint")
        self.print_button = button(self.tr("Print the end-of-day report"), primary=True)
        self.print_button.clicked.connect(self.print_report)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)

    def refresh(self) -> None:
        counter = self.counter

        def read() -> list[str]:
            return counter.report_document(counter.day_report()).text_lines()

        run_in_background(read, self._show, self._failed, owner=self)

    def _show(self, lines: list[str]) -> None:
        self.preview.setPlainText("\n".join(lines))
        self.refreshed.emit()

    def print_report(self) -> None:
        actor = self.staff_id()
        if actor is None:
            return
        self.print_button.setEnabled(False)
        run_in_background(lambda: self.counter.print_day_report(None, None, actor), self._printed, self._failed,
                          owner=self)

    def _printed(self, result: PrintResult) -> None:
        self.print_button.setEnabled(True)
        self.outcome.setText(self.tr("The report was printed.") if result.printed
                             else self.tr("The report was not printed: %1").replace("%1", result.error))
        self.printed.emit(result.printed)

    def _failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.outcome.setText(error_text(error))


class StaffCounterScreen(QWidget):
    """The three tabs; the shown one is read again each time the screen or the tab is shown."""

    def __init__(self, actions: CounterActions, *, zone: tzinfo | None, staff_id: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.returns = ReturnsTab(actions, zone)
        self.print_queue = PrintQueueTab(actions, zone)
        self.day_report = DayReportTab(actions, staff_id)
        self.tabs.addTab(self.returns, self.tr("Returns"))
        self.tabs.addTab(self.print_queue, self.tr("Print queue"))
        self.tabs.addTab(self.day_report, self.tr("End of day"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Returns and reports"), "title"))
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        current: Any = self.tabs.currentWidget()
        current.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()
