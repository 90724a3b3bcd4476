from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kiosk.workflow.throttle import LookupBrake, ShopperMisses


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def test_a_shoppers_first_misses_are_free_then_waits_double_up_to_a_cap() -> None:
    clock = Clock()
    brake = LookupBrake(clock, free_misses=3, base_delay_s=5, max_delay_s=60)
    shopper = ShopperMisses()
    assert [brake.record_miss(shopper) for _ in range(3)] == [None, None, None]
    assert brake.record_miss(shopper) == ("lookup_wait", 5)
    assert [brake.record_miss(shopper)[1] for _ in range(4)] == [10, 20, 40, 60]


def test_a_wait_runs_out_with_time() -> None:
    clock = Clock()
    brake = LookupBrake(clock, free_misses=0, base_delay_s=5)
    shopper = ShopperMisses()
    brake.record_miss(shopper)
    clock.now += timedelta(seconds=5)
    assert brake.refusal(shopper) is None
    assert brake.record_miss(shopper) == ("lookup_wait", 10)


def test_a_shopper_who_never_missed_does_not_wait_for_the_one_before() -> None:

    clock = Clock()
    brake = LookupBrake(clock, free_misses=3, base_delay_s=5)
    guesser = ShopperMisses()
    for _ in range(6):
        brake.record_miss(guesser)
    assert brake.refusal(guesser) == ("lookup_wait", 20)
    assert brake.refusal(ShopperMisses()) is None


def test_a_hit_does_not_clear_a_shoppers_misses() -> None:

    brake = LookupBrake(Clock(), free_misses=0, base_delay_s=5)
    shopper = ShopperMisses()
    brake.record_miss(shopper)
    brake.record_miss(shopper)
    assert shopper.misses == 2 and brake.refusal(shopper) == ("lookup_wait", 10)


def test_the_31st_wrong_pair_in_an_hour_is_refused_until_staff_unlock() -> None:

    clock = Clock()
    brake = LookupBrake(clock, limit_per_hour=30)
    for _ in range(29):  # 29 shoppers, one miss each: nobody waits
        assert brake.record_miss(ShopperMisses()) is None
        clock.now += timedelta(seconds=60)
    assert brake.record_miss(ShopperMisses()) == ("lookup_locked", 0)
    assert brake.refusal(ShopperMisses()) == ("lookup_locked", 0)
    clock.now += timedelta(hours=5)
    assert brake.refusal(ShopperMisses()) == ("lookup_locked", 0)  # time alone does not reopen
    brake.unlock()
    assert brake.refusal(ShopperMisses()) is None


def test_misses_older_than_an_hour_no_longer_count() -> None:

    clock = Clock()
    brake = LookupBrake(clock, limit_per_hour=30)
    for _ in range(29):
        brake.record_miss(ShopperMisses())
    clock.now += timedelta(minutes=61)
    assert brake.record_miss(ShopperMisses()) is None
    assert brake.recent is not None and len(brake.recent) == 1
