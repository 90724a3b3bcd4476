"""Intake's reference central store API: what kiosks sync with.

Retailers run it as is (one store on SQLite, a chain on PostgreSQL behind several workers)
or read it as the executable spec for a bridge to their commerce platform. It hands out
policy, orders and managers, and takes return cases exactly once, re-checking each decision
with the same ``kiosk.workflow`` code the kiosk used.
"""
