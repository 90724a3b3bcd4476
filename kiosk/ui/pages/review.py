"""Review: what is returned, what each item is worth back and where the money goes, then a
single Confirm.

Per item: the verdict (the verdict step is skipped when everything can be returned), the
price paid, its share of discounts, tax, shipping refunded and the restocking fee; then the
bonus and the total; then where each amount goes and when, in a sentence each (see
kiosk.ui.money_words). An exchange names the new item by size and colour, never its SKU.
Staff also see where each item goes (the policy's disposition) and can change it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.messages import message
from kiosk.ui.money_words import LineMoney, destinations, line_money, line_parts, money
from kiosk.ui.pages.base import WizardPage, card, clear_layout, label
from kiosk.ui.thumbnail import Thumbnail
from kiosk.ui.variant_words import describe
from kiosk.workflow.case_outcomes import policy_dispositions
from kiosk.workflow.cases import DISPOSITIONS, Resolution
from kiosk.workflow.quotes import ResolutionQuote
from kiosk.workflow.wizard import ReturnSession, Step


class ReviewPage(WizardPage):
    step = Step.REVIEW

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self.total = label("", "total")  # the sum, also read by tests and screen readers
        self.total.setAccessibleName("total")
        #: line id -> the disposition staff chose on this visit (the policy's is the default)
        self.dispositions: dict[str, str] = {}
        self.staff_mode = False
        self.retranslate()

    def set_staff_mode(self, on: bool) -> None:
        self.staff_mode = on

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check and confirm"))
        self.subtitle.setText(self.tr("Tap Confirm return to finish. You will get a slip with your return code."))

    def wipe(self) -> None:
        self.total.setParent(None)  # kept across visits; the cards around it are not
        super().wipe()
        self.total.clear()

    def resolution_text(self, resolution: Resolution) -> str:
        return {
            Resolution.STORE_CREDIT: self.tr("Store credit"),
            Resolution.EXCHANGE: self.tr("Exchange"),
            Resolution.REFUND: self.tr("Refund to original payment"),
            Resolution.KEEP_ITEM: self.tr("Keep the item, refund"),
        }[resolution]

    def disposition_text(self, disposition: str) -> str:
        return {
            "restock": self.tr("Back to stock"),
            "damaged": self.tr("Damaged"),
            "vendor": self.tr("Back to the vendor"),
            "returns_centre": self.tr("Returns centre (prints a label)"),
        }.get(disposition, disposition)

    def chosen_dispositions(self) -> dict[str, str]:
        """What staff picked for each item; saved with the case and audited when it differs."""
        return dict(self.dispositions)

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        self.total.setParent(None)
        clear_layout(self.list)
        self.dispositions = {}
        assert session.order is not None and session.quote is not None and session.resolution is not None
        option = session.quote.option(session.resolution)
        currency = session.order.currency
        for row in line_money(session, option):
            self.list.addWidget(self._item(session, row, option, currency))
        self.list.addWidget(self._totals(option, currency))
        self.list.addWidget(self._where(option, currency))
        left_out = self._left_out(session)
        if left_out is not None:
            self.list.addWidget(left_out)

    def _item(self, session: ReturnSession, row: LineMoney, option: ResolutionQuote, currency: str) -> QWidget:
        assert session.order is not None
        line = session.order.line(row.line_id)
        frame = card()
        outer = QGridLayout(frame)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setHorizontalSpacing(16)
        outer.addWidget(Thumbnail(line.title, None, 72), 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        heading = f"<b>{line.title}</b> × {row.quantity}"
        described = describe(line.variant)
        outer.addWidget(label(heading + (f" · {described}" if described else "")), 0, 1, 1, 2)
        outer.addWidget(label(self.tr("✓ Can be returned"), "verdict_eligible"), 1, 1, 1, 2)
        if self.staff_mode:
            outer.addWidget(self._disposition(session, row.line_id), 3, 1, 1, 2)
        if option.resolution == Resolution.EXCHANGE:
            outer.addWidget(label(self._swap_text(session, row.line_id), "amount"), 2, 1, 1, 2)
            return frame
        figures = QGridLayout()
        for index, (what, amount) in enumerate(line_parts(row, currency)):
            figures.addWidget(label(what), index, 0)
            figures.addWidget(_right(label(amount, wrap=False)), index, 1)
        last = len(line_parts(row, currency))
        figures.addWidget(label(self.tr("This item"), "amount"), last, 0)
        figures.addWidget(_right(label(money(row.amount, currency), "amount", wrap=False)), last, 1)
        outer.addLayout(figures, 2, 1, 1, 2)
        return frame

    def _disposition(self, session: ReturnSession, line_id: str) -> QWidget:
        """Staff only: where the item goes, the policy's choice first selected."""
        chooser = QComboBox()
        chooser.setObjectName(f"disposition_{line_id}")
        chooser.setAccessibleName(self.tr("Where this item goes"))
        for disposition in DISPOSITIONS:
            chooser.addItem(self.disposition_text(disposition), disposition)
        chooser.setCurrentIndex(DISPOSITIONS.index(policy_dispositions(session).get(line_id, DISPOSITIONS[0])))
        chooser.currentIndexChanged.connect(
            lambda _index: self.dispositions.__setitem__(line_id, str(chooser.currentData())))
        return chooser

    def _swap_text(self, session: ReturnSession, line_id: str) -> str:
        sku = session.exchange_skus.get(line_id)
        variant = next((v for v in session.variants or () if v.sku == sku), None)
        described = describe(variant.attributes) if variant is not None else ""
        return self.tr("Swap for: {variant}").format(variant=described or self.tr("another size or colour"))

    def _totals(self, option: ResolutionQuote, currency: str) -> QWidget:
        frame = card()
        grid = QGridLayout(frame)
        grid.setContentsMargins(18, 14, 18, 14)
        row = 0
        if option.bonus:
            grid.addWidget(label(self.tr("Store credit bonus"), "amount"), row, 0)
            grid.addWidget(_right(label("+" + money(option.bonus, currency), "amount", wrap=False)), row, 1)
            row += 1
        how = label(self.tr("{how}: total").format(how=self.resolution_text(option.resolution)), "total")
        self.total.setText(money(option.total, currency))
        self.total.setAccessibleName(f"{how.text()} {self.total.text()}")
        grid.addWidget(how, row, 0)
        grid.addWidget(_right(self.total), row, 1)
        return frame

    def _where(self, option: ResolutionQuote, currency: str) -> QWidget:
        frame = card()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(label(self.tr("<b>Where the money goes</b>")))
        for sentence in destinations(option, currency):
            layout.addWidget(label("• " + sentence))
        return frame

    def _left_out(self, session: ReturnSession) -> QWidget | None:
        """Items chosen that are not part of this return, and why (a short reminder)."""
        assert session.order is not None
        held = session.held_lines()
        if not held:
            return None
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Not in this return:"), "hint"))
        for decision in held:
            title = session.order.line(decision.line_id).title
            layout.addWidget(label(f"✕ {title} — {message(decision.message_key, decision.message_params)}", "hint"))
        return box


def _right(widget: QLabel) -> QLabel:
    widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return widget
