"""Server settings: everything an operator may tune, with defaults that suit one store."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB_URL = "sqlite:///central.sqlite3"


def default_db_url() -> str:
    """The database named by ``CENTRAL_DB``, else a SQLite file in the working directory."""
    return os.environ.get("CENTRAL_DB", DEFAULT_DB_URL)


@dataclass(frozen=True)
class Settings:
    """Limits and windows of the API; the OpenAPI document does not depend on them."""

    db_url: str = DEFAULT_DB_URL
    #: Threads taking posted returns, one transaction each (see central.context).
    intake_threads: int = 4
    #: Largest request body accepted; a return case is a few KiB.
    max_body_bytes: int = 256 * 1024
    #: Page sizes for the change feeds.
    default_page: int = 100
    max_page: int = 500
    #: Days added to the policy's longest window (and its own grace) before an order leaves the feed:
    #: covers kiosk clocks, time zones and the end of the last local day.
    feed_grace_days: int = 7
    #: Window used for the order feed while no policy has been set.
    fallback_window_days: int = 90
    #: Lookup misses a device may make in a row before each further miss costs a doubling wait.
    lookup_free_misses: int = 5
    lookup_base_delay_s: int = 2
    lookup_max_delay_s: int = 300
    #: Misses older than this are forgotten: a kiosk's occasional typo never adds up to a block.
    lookup_memory_s: int = 15 * 60
