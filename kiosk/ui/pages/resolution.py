"""Resolution: store credit and exchange offered first, then refund, with the amounts.

An exchange offers the other sizes and colours by name ("Size L · Colour Olive"), the
shopper's own colour first and sizes in rail order, never by SKU.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.messages import message
from kiosk.ui.money_words import money
from kiosk.ui.pages.base import WizardPage, card, clear_layout, label
from kiosk.ui.variant_words import describe, in_rail_order
from kiosk.workflow.cases import Resolution
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked


class ResolutionPage(WizardPage):
    step = Step.RESOLUTION

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        self.exchange_box = QVBoxLayout()
        self.body.addLayout(self.exchange_box)
        self.body.addStretch(1)
        self.options = ChoiceButtons()
        self.variant_pickers: dict[str, ChoiceButtons] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("How would you like your money back?"))
        self.subtitle.setText(self.tr("Store credit comes with a bonus. You can also swap for another size or colour."))

    def option_text(self, resolution: Resolution, amount: str, bonus: str) -> str:
        return {
            Resolution.STORE_CREDIT: self.tr("Store credit: {amount} (includes a {bonus} bonus)"),
            Resolution.EXCHANGE: self.tr("Exchange for another size or colour"),
            Resolution.REFUND: self.tr("Refund to your original payment: {amount}"),
            Resolution.KEEP_ITEM: self.tr("Keep the item and get a refund: {amount}"),
        }[resolution].format(amount=amount, bonus=bonus)

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        clear_layout(self.list)
        clear_layout(self.exchange_box)
        self.variant_pickers = {}
        assert session.quote is not None
        currency = session.quote.currency
        offers = [(o.resolution, self.option_text(o.resolution, money(o.total, currency),
                                                  money(o.bonus, currency)))
                  for o in session.quote.options if o.available]
        self.options = ChoiceButtons(offers, columns=1, wrap=True)
        self.options.changed.connect(lambda resolution, s=session: self._chosen(s, resolution))
        self.list.addWidget(self.options)
        if session.resolution is not None and session.resolution in self.options.values.values():
            chosen, exchanges = session.resolution, dict(session.exchange_skus)
            self.options.select(chosen)
            self._chosen(session, chosen)
            for line_id, picker in self.variant_pickers.items():
                if line_id in exchanges:
                    picker.select(exchanges[line_id])
                    session.choose_exchange(line_id, exchanges[line_id])

    def choose(self, resolution: Resolution) -> None:
        """Tap the option for ``resolution`` (what a shopper does; used by the tour and tests)."""
        self.options.button_for(resolution).click()

    def _chosen(self, session: ReturnSession, resolution: Resolution) -> None:
        try:
            session.choose_resolution(resolution)
        except StepBlocked as blocked:
            self.show_error(message(blocked.key, blocked.params))
            return
        self.clear_error()
        clear_layout(self.exchange_box)
        self.variant_pickers = {}
        if resolution == Resolution.EXCHANGE:
            self._show_exchange_pickers(session)

    def _show_exchange_pickers(self, session: ReturnSession) -> None:
        assert session.order is not None
        for decision in session.accepted_lines():
            line = session.order.line(decision.line_id)
            row = card()
            layout = QVBoxLayout(row)
            layout.addWidget(label(self.tr("Swap {title} ({variant}) for:").format(
                title=line.title, variant=describe(line.variant))))
            options = [(v.sku, describe(v.attributes)) for v in in_rail_order(session.exchange_choices(line.id),
                                                                                line.variant)]
            picker = ChoiceButtons(options, columns=3,
                                   accessible_prefix=self.tr("Swap {title} for ").format(title=line.title))
            picker.changed.connect(lambda sku, i=line.id, s=session: s.choose_exchange(i, sku))
            layout.addWidget(picker)
            if not options:
                layout.addWidget(label(self.tr("Nothing else is in stock for this item."), "hint"))
            self.variant_pickers[line.id] = picker
            self.exchange_box.addWidget(row)

    def collect(self, session: ReturnSession) -> None:
        for line_id, picker in self.variant_pickers.items():
            if picker.value():
                session.choose_exchange(line_id, picker.value())

    def stash(self, session: ReturnSession) -> None:
        self.collect(session)

    def explain(self, blocked: StepBlocked, session: ReturnSession) -> str:
        params = dict(blocked.params)
        if "line" in params and session.order is not None:
            params["title"] = session.order.line(str(params["line"])).title
        return message(blocked.key, params)
