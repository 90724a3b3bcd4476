"""Keeping the kiosk and the central store API in step (DESIGN §3, Outbox and Pull).

The kiosk works offline for days: decisions are saved locally with an outbox event and
delivered here at least once (the server keeps each exactly once by its idempotency key);
policy, orders, managers and return statuses are pulled page by page, each page committed
with its cursor. Nothing in this package touches Qt; the UI reads the worker's snapshots.
Storage is reached through kiosk.db.unit_of_work only, and no transaction is open while a
request is on its way: a step reads what to send, calls the server, then records the answer.

Where things are:
  client, answers, backoff      one HTTP door (timeouts, verified TLS) and what answers mean
  push, outbox                  delivering events; recording delivered / refused / retry
  pull_policy, pull_orders, page_reader, freshness, pull_managers, pull_statuses, retention
                                the pull steps, the cache's own-returns stamp, purge and count
  cycle, worker, health         one cycle; the background thread; the snapshot for the badge
  remote_lookup                 live lookup of an order missing from the cache
  credentials, connection, device, export
                                registration, and the guard that keeps unsent returns from being wiped
"""
