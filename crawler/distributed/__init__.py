"""Distributed crawling: scrapy-redis as the shared frontier, one writer for SQLite.

Files: ``keys`` (Redis key names, the run record, the connection), ``payloads`` (what
travels through Redis: JSON, checked on read, never pickle), ``leases`` (the reliable
queue and its acknowledgements),
``worker`` (``khao crawl --redis``), ``writer`` (``khao ingest``).

Who does what (see README "Several machines"):

- ``khao ingest --redis URL`` (the *writer*, on the machine with the database) opens a run:
  it writes ``khao:run`` (run id + sources), publishes each source's known URLs into
  ``khao:<run>:<source>:known`` (workers need them for incremental crawls and may have no
  database), then stores the items workers push, and records the run in ``crawl_runs``.
- ``khao crawl --redis URL`` (a *worker*, any number, any machine) waits for the run, runs
  one Scrapy crawler per source whose scheduler is a shared Redis queue
  (``khao:<run>:<source>:queue``) and seen-set (``khao:<run>:<source>:seen``); the first
  worker to claim ``khao:<run>:<source>:seeded`` enqueues the start request, the others
  pull. Items leave the worker through ``worker.RedisItemPipeline`` as JSON on
  ``khao:<run>:items``.

Nothing is lost when a worker dies: a popped request stays *leased* to its worker
(``khao:<run>:<source>:leases``) until its callback's requests are queued and its items are
pushed. Each worker keeps a heartbeat key with a short TTL; leases of a worker whose
heartbeat expired go back to the queue (at-least-once; storing is idempotent).
"""
