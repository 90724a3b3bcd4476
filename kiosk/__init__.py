"""Intake: the in-store returns kiosk."""

__version__ = "0.1.0"
