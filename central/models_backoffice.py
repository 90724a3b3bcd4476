"""Central tables for backoffice: defined on central.models.Base, imported by central.models."""

from __future__ import annotations
