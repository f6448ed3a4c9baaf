"""Exit statuses of khao commands, for cron and scripts (documented in README)."""

OK = 0
SOURCES_FAILED = 1  # the run finished, but one or more sources failed (see the summary)
USAGE = 2  # bad command line or unusable sources/rules file
LOCKED = 3  # another `khao crawl` holds the lock on this database
DELIVERY_FAILED = 4  # `khao alerts`: some notifications could not be delivered (retried next run)
