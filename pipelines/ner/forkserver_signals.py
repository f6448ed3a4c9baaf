"""Imported only by the forkserver of the NER worker pool (a preload module of
``pipelines.stages.entities.shared_pool``), never by the crawl itself.

Ctrl-C and SIGTERM reach the crawl's whole process group. The forkserver ignores SIGINT by
itself but not SIGTERM; if it died, the pool would take its workers for dead and break
while the crawl is stopping cleanly. It exits anyway when the crawl does (its "alive" pipe
closes), so ignoring SIGTERM here loses no control.
"""

import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
