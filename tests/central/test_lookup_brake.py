"""The lookup brake at central holds under concurrent requests, and its Retry-After is the real wait."""

from __future__ import annotations

import math
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.central.support import Kiosk

FREE_MISSES = 5  # central.settings.Settings.lookup_free_misses


def _parallel_misses(kiosk: Kiosk, count: int) -> list[httpx.Response]:
    """``count`` wrong lookups of one device, all released at once, each on its own connection."""
    start = threading.Barrier(count)

    def miss(index: int) -> httpx.Response:
        with httpx.Client(base_url=str(kiosk.http.base_url), headers=dict(kiosk.http.headers), timeout=60) as http:
            start.wait()
            return http.get("/v1/orders/lookup", params={"number": f"NOPE-{index}", "email": "a@b.c"})

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(miss, range(count)))


def test_parallel_wrong_lookups_never_get_past_the_allowed_misses(central):
    for _ in range(3):
        answers = _parallel_misses(central.kiosk(), 24)
        statuses = sorted(answer.status_code for answer in answers)
        # five free misses and the sixth that sets the brake are answered; every other one waits
        assert statuses == [404] * (FREE_MISSES + 1) + [429] * (24 - FREE_MISSES - 1)


def test_retry_after_is_the_real_wait_left_rounded_up(central):
    kiosk = central.kiosk()
    for index in range(FREE_MISSES + 1):
        assert kiosk.get("/v1/orders/lookup", params={"number": f"X-{index}", "email": "a@b.c"}).status_code == 404
    first = kiosk.get("/v1/orders/lookup", params={"number": "X-9", "email": "a@b.c"})
    wait = int(first.headers["Retry-After"])
    assert first.status_code == 429 and wait == first.json()["error"]["retry_after"] >= 1
    central.clock.advance(seconds=wait - 0.4)
    later = kiosk.get("/v1/orders/lookup", params={"number": "X-9", "email": "a@b.c"})
    assert later.status_code == 429 and int(later.headers["Retry-After"]) == math.ceil(0.4) == 1
    central.clock.advance(seconds=0.4)
    assert kiosk.get("/v1/orders/lookup", params={"number": "X-9", "email": "a@b.c"}).status_code == 404
