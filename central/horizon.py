"""How far back the order feed reaches: the policy's longest window plus grace.

A kiosk caches only orders that could still be returned. The horizon is deliberately
generous (a superset is harmless, a missing order is not): the longest window of any
category or tag, the policy's own grace, the server's grace for clocks and time zones, and
any extended (holiday) window still open reaching back to its first purchase date.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from kiosk.workflow.policy import Policy


def longest_window_days(policy: Policy) -> int:
    rules = [policy.default_window, *policy.category_windows.values(), *policy.tag_windows]
    return max(rule.days for rule in rules)


def feed_horizon(policy: Policy | None, now: datetime, *, grace_days: int, fallback_days: int) -> datetime:
    """The earliest window start (delivery, else purchase) an order may have to be in the feed."""
    if policy is None:
        return now - timedelta(days=fallback_days + grace_days)
    days = longest_window_days(policy) + policy.approval.grace_days + grace_days
    horizon = now - timedelta(days=days)
    slack = timedelta(days=policy.approval.grace_days + grace_days)
    for extension in policy.extended_windows:
        still_open = datetime.combine(extension.returnable_until, time(0), tzinfo=timezone.utc) + slack >= now
        if still_open:
            start = datetime.combine(extension.purchased_from, time(0), tzinfo=timezone.utc) - timedelta(days=1)
            horizon = min(horizon, start)
    return horizon
