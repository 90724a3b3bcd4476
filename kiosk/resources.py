"""Where the shipped resources (schemas, themes, translations, demo data) live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
