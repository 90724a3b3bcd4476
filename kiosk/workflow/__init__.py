"""The pure domain of the returns kiosk.

Nothing here imports Qt, SQLAlchemy, requests or a printer library, and nothing reads the
wall clock: callers pass the time in. That keeps every rule testable on its own.
"""
