"""Slowing down repeated lookup misses, so a public kiosk cannot enumerate orders.

The first few misses cost nothing; after that each miss doubles the wait before the next
lookup is accepted, up to a cap. A hit, or the session being reset by staff, clears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.workflow.clock import Clock


@dataclass
class MissThrottle:
    clock: Clock
    free_misses: int = 3
    base_delay_s: int = 5
    max_delay_s: int = 300
    misses: int = 0
    blocked_until: datetime | None = None

    def wait_seconds(self) -> int:
        """Seconds until the next lookup is allowed (0 when allowed now)."""
        if self.blocked_until is None:
            return 0
        remaining = (self.blocked_until - self.clock()).total_seconds()
        return max(0, int(remaining + 0.999))

    def record_miss(self) -> int:
        self.misses += 1
        extra = self.misses - self.free_misses
        if extra <= 0:
            return 0
        delay: int = min(self.max_delay_s, self.base_delay_s << (extra - 1))
        self.blocked_until = self.clock() + timedelta(seconds=delay)
        return delay

    def record_hit(self) -> None:
        self.misses = 0
        self.blocked_until = None
