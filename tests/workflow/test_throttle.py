from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kiosk.workflow.throttle import MissThrottle


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def test_first_misses_are_free_then_waits_double_up_to_a_cap() -> None:
    clock = Clock()
    throttle = MissThrottle(clock, free_misses=3, base_delay_s=5, max_delay_s=60)
    assert [throttle.record_miss() for _ in range(3)] == [0, 0, 0]
    assert throttle.wait_seconds() == 0
    assert throttle.record_miss() == 5
    assert throttle.wait_seconds() == 5
    assert [throttle.record_miss() for _ in range(4)] == [10, 20, 40, 60]


def test_wait_runs_out_with_time_and_a_hit_clears_it() -> None:
    clock = Clock()
    throttle = MissThrottle(clock, free_misses=0, base_delay_s=5)
    throttle.record_miss()
    clock.now += timedelta(seconds=5)
    assert throttle.wait_seconds() == 0
    throttle.record_miss()
    assert throttle.wait_seconds() == 10
    throttle.record_hit()
    assert throttle.wait_seconds() == 0 and throttle.misses == 0
