"""The store a kiosk stands in: what slips and labels print as sender and return address."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Store:
    id: str
    name: str
    address: tuple[str, ...]
    timezone: str
    phone: str = ""
    return_address: tuple[str, ...] = ()

    @property
    def ship_to(self) -> tuple[str, ...]:
        """Where returned parcels go: the returns centre, or the store itself."""
        return self.return_address or (self.name, *self.address)
