"""Review: what is returned, how it is settled, then a single Confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.pages.base import WizardPage, card, clear_layout, label
from kiosk.workflow.cases import Resolution
from kiosk.workflow.money import Money, format_money
from kiosk.workflow.wizard import ReturnSession, Step


class ReviewPage(WizardPage):
    step = Step.REVIEW

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        self.total = label("", "subtitle")
        self.body.addWidget(self.total)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check and confirm"))
        self.subtitle.setText(self.tr("Tap Confirm return to finish. You will get a slip with your return code."))

    def wipe(self) -> None:
        super().wipe()
        self.total.clear()

    def resolution_text(self, resolution: Resolution) -> str:
        return {
            Resolution.STORE_CREDIT: self.tr("Store credit"),
            Resolution.EXCHANGE: self.tr("Exchange"),
            Resolution.REFUND: self.tr("Refund to original payment"),
            Resolution.KEEP_ITEM: self.tr("Keep the item, refund"),
        }[resolution]

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        clear_layout(self.list)
        assert session.order is not None and session.quote is not None and session.resolution is not None
        option = session.quote.option(session.resolution)
        currency = session.order.currency
        for decision in session.accepted_lines():
            line = session.order.line(decision.line_id)
            row = card()
            layout = QVBoxLayout(row)
            amount = format_money(Money(option.per_line.get(line.id, 0), currency))
            layout.addWidget(label(f"<b>{line.title}</b> × {decision.quantity} — {amount}"))
            if session.resolution == Resolution.EXCHANGE and line.id in session.exchange_skus:
                layout.addWidget(label(self.tr("Exchange for {sku}").format(sku=session.exchange_skus[line.id]), "hint"))
            self.list.addWidget(row)
        self.total.setText(self.tr("{how}: {amount}").format(
            how=self.resolution_text(session.resolution), amount=format_money(Money(option.total, currency))))
