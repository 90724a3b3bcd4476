"""Parsed policies by version: a stored version never changes, so each is parsed once."""

from __future__ import annotations

import threading
from typing import Any, Mapping

from kiosk.workflow.policy import Policy, parse_policy


class PolicyCache:
    """Thread-safe memo of ``parse_policy`` keyed by version (versions are immutable)."""

    def __init__(self) -> None:
        self._parsed: dict[str, Policy] = {}
        self._lock = threading.Lock()

    def cached(self, version: str) -> Policy | None:
        return self._parsed.get(version)

    def get(self, version: str, document: Mapping[str, Any]) -> Policy:
        """The parsed policy; raises PolicyError when the stored document no longer parses."""
        policy = self._parsed.get(version)
        if policy is None:
            policy = parse_policy(document)
            with self._lock:
                self._parsed[version] = policy
        return policy
