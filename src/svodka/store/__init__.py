"""Store: the one SQLite file behind the CLI, the reports and the web app.

Only this package writes SQL. Every write that belongs together is one transaction,
so a run killed at any moment leaves a consistent database that the next run resumes.
"""

from svodka.store.db import (SCHEMA_VERSION, Label, NoSuchArticle, Store, StoredArticle, StoreError, label_source,
                             oldest_first, stored_departures, stored_labels, stored_originals)
from svodka.store.lock import StoreBusy

__all__ = ["SCHEMA_VERSION", "Label", "NoSuchArticle", "Store", "StoreBusy", "StoreError", "StoredArticle", "label_source",
           "oldest_first", "stored_departures", "stored_labels", "stored_originals"]
