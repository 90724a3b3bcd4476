"""The wizard's pages, registered by the step each one shows.

The session (kiosk.workflow.wizard) says which step comes next; the controllers look the
page up by that step, never by where it sits in a list, so adding or reordering a step
cannot show the wrong page. The typed properties give the few pages with an interface of
their own (the find-order form, the welcome and done buttons) to the controllers that use it.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Mapping, Sequence, TypeVar

from kiosk.ui.pages.base import WizardPage
from kiosk.ui.pages.done import DonePage
from kiosk.ui.pages.dropoff import DropoffPage
from kiosk.ui.pages.eligibility import EligibilityPage
from kiosk.ui.pages.find_order import FindOrderPage
from kiosk.ui.pages.items import ItemsPage
from kiosk.ui.pages.reasons import ReasonsPage
from kiosk.ui.pages.resolution import ResolutionPage
from kiosk.ui.pages.review import ReviewPage
from kiosk.ui.pages.welcome import WelcomePage
from kiosk.workflow.wizard import Step

P = TypeVar("P", bound=WizardPage)


class WizardPages(Mapping[Step, WizardPage]):
    """One page per step; a step without a page (or with two) is refused when built."""

    def __init__(self, pages: Iterable[WizardPage]) -> None:
        self._by_step: dict[Step, WizardPage] = {}
        for page in pages:
            if page.step in self._by_step:
                raise ValueError(f"two pages for the step {page.step.name}")
            self._by_step[page.step] = page
        missing = [step.name for step in Step if step not in self._by_step]
        if missing:
            raise ValueError(f"no page for the steps {', '.join(missing)}")

    def __getitem__(self, step: Step) -> WizardPage:
        return self._by_step[step]

    def __iter__(self) -> Iterator[Step]:
        return iter(self._by_step)

    def __len__(self) -> int:
        return len(self._by_step)

    def typed(self, step: Step, kind: type[P]) -> P:
        page = self._by_step[step]
        if not isinstance(page, kind):
            raise TypeError(f"the page for {step.name} is a {type(page).__name__}, not a {kind.__name__}")
        return page

    @property
    def welcome(self) -> WelcomePage:
        return self.typed(Step.WELCOME, WelcomePage)

    @property
    def find_order(self) -> FindOrderPage:
        return self.typed(Step.FIND_ORDER, FindOrderPage)

    @property
    def items_page(self) -> ItemsPage:
        return self.typed(Step.ITEMS, ItemsPage)

    @property
    def reasons(self) -> ReasonsPage:
        return self.typed(Step.REASONS, ReasonsPage)

    @property
    def eligibility(self) -> EligibilityPage:
        return self.typed(Step.ELIGIBILITY, EligibilityPage)

    @property
    def resolution(self) -> ResolutionPage:
        return self.typed(Step.RESOLUTION, ResolutionPage)

    @property
    def dropoff(self) -> DropoffPage:
        return self.typed(Step.VERIFY, DropoffPage)

    @property
    def done(self) -> DonePage:
        return self.typed(Step.DONE, DonePage)

    def approvable(self) -> list[ItemsPage | EligibilityPage]:
        """The pages where a manager can let a held line through."""
        return [self.typed(Step.ITEMS, ItemsPage), self.typed(Step.ELIGIBILITY, EligibilityPage)]


def build_pages(demo_pairs: Sequence[tuple[str, str, str]] = ()) -> WizardPages:
    return WizardPages([
        WelcomePage(demo_pairs), FindOrderPage(), ItemsPage(), ReasonsPage(),
        EligibilityPage(), ResolutionPage(), ReviewPage(), DonePage(), DropoffPage(),
    ])
