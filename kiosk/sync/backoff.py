"""When to try an undelivered event again: capped exponential backoff with full jitter.

Full jitter (a uniform delay between zero and the exponential ceiling) spreads the retries
of many kiosks that lost the network at the same moment, so they do not all hit the server
again at once when it comes back. The cap keeps a kiosk that was offline for a day from
waiting hours once the network is back.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0


def retry_delay(attempts: int, rng: random.Random, *, at_least_s: float | None = None,
                base_s: float = BASE_DELAY_S, cap_s: float = MAX_DELAY_S) -> float:
    """Seconds to wait after the ``attempts``-th failure (1 for the first).

    ``at_least_s`` is the server's Retry-After, honoured up to the cap.
    """
    ceiling = min(cap_s, base_s * 2 ** min(max(attempts, 1) - 1, 32))
    delay = rng.uniform(0.0, ceiling)
    if at_least_s is not None:
        delay = max(delay, min(at_least_s, cap_s))
    return delay


def next_attempt_at(now: datetime, attempts: int, rng: random.Random, *, at_least_s: float | None = None) -> datetime:
    return now + timedelta(seconds=retry_delay(attempts, rng, at_least_s=at_least_s))
