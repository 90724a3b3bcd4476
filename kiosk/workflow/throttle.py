"""Slowing down repeated lookup misses, so a public kiosk cannot enumerate orders.

Per shopper the first few misses cost nothing; after that each miss doubles the wait before
their next lookup is accepted, up to a cap. Per kiosk a ceiling of wrong pairs an hour stops
look-ups until staff unlock them. A hit clears neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.workflow.clock import Clock


@dataclass
class ShopperMisses:
    """One shopper's wrong number/email pairs: a few are free, then each doubles the wait.

    It lives as long as the shopper's session, so the next shopper starts with none: nobody
    waits for someone else's typing. A hit does not clear it.
    """

    misses: int = 0
    blocked_until: datetime | None = None


@dataclass
class LookupBrake:
    """The kiosk's brake on guessing: per shopper a growing wait, per kiosk a ceiling.

    At most ``limit_per_hour`` wrong pairs in any hour, whoever typed them; the next is
    refused until staff unlock the kiosk, however many hits came in between. ``recent`` and
    ``locked_at`` are the state a service keeps on disk, so a restart does not reset them.
    """

    clock: Clock
    limit_per_hour: int = 30
    free_misses: int = 3
    base_delay_s: int = 5
    max_delay_s: int = 300
    recent: list[datetime] | None = None
    locked_at: datetime | None = None

    def refusal(self, shopper: ShopperMisses) -> tuple[str, int] | None:
        """Why a lookup may not run now: ("lookup_locked", 0) or ("lookup_wait", seconds); None if it may."""
        if self.locked_at is not None:
            return ("lookup_locked", 0)
        if shopper.blocked_until is not None:
            remaining = (shopper.blocked_until - self.clock()).total_seconds()
            if remaining > 0:
                return ("lookup_wait", int(remaining + 0.999))
        return None

    def record_miss(self, shopper: ShopperMisses) -> tuple[str, int] | None:
        """Count a wrong pair; returns the refusal the next attempt would meet, if any."""
        now = self.clock()
        hour_ago = now - timedelta(hours=1)
        self.recent = [moment for moment in (self.recent or []) if moment > hour_ago] + [now]
        if len(self.recent) >= self.limit_per_hour:
            self.locked_at = now
        shopper.misses += 1
        extra = shopper.misses - self.free_misses
        if extra > 0:
            delay = min(self.max_delay_s, self.base_delay_s << (extra - 1))
            shopper.blocked_until = now + timedelta(seconds=delay)
        return self.refusal(shopper)

    def unlock(self) -> None:
        """Staff reopened lookups: the hour's count starts again."""
        self.recent, self.locked_at = [], None
