"""Retry delays: exponential ceiling, full jitter below it, capped at a few minutes."""

from __future__ import annotations

import random

from kiosk.sync.backoff import BASE_DELAY_S, MAX_DELAY_S, retry_delay


def test_delays_stay_under_the_exponential_ceiling_and_the_cap() -> None:
    rng = random.Random(5)
    for attempts in range(1, 40):
        ceiling = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (attempts - 1))
        delays = [retry_delay(attempts, rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)


def test_jitter_spreads_delays_over_the_whole_range() -> None:
    rng = random.Random(9)
    delays = [retry_delay(20, rng) for _ in range(2000)]
    assert min(delays) < MAX_DELAY_S * 0.1 and max(delays) > MAX_DELAY_S * 0.9


def test_retry_after_is_a_floor_but_never_beyond_the_cap() -> None:
    rng = random.Random(1)
    assert all(retry_delay(1, rng, at_least_s=30) >= 30 for _ in range(100))
    assert retry_delay(1, rng, at_least_s=10_000) == MAX_DELAY_S
