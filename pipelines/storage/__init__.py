"""khao's SQLite database: schema (``migrations``), writes (``database``), and the
near-duplicate index (``dedupe_index``)."""

from pipelines.storage.database import (
    Store,
    connect_read_only,
    open_db,
    shared_store,
    transaction,
    utc_now,
)

__all__ = ["Store", "connect_read_only", "open_db", "shared_store", "transaction", "utc_now"]
