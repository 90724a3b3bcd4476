"""Central tables for authorisations: defined on central.models.Base, imported by central.models."""

from __future__ import annotations
