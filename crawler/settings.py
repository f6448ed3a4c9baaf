"""Scrapy settings for khao. Per-source overrides are applied by crawler.runner."""

import os

from scrapy.settings import default_settings

BOT_NAME = "khao"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

KHAO_CONTACT_URL = "https://github.com/khao-news/khao"
USER_AGENT = f"khao/0.1 (+{KHAO_CONTACT_URL}; Thai government news monitor)"

# Politeness: robots.txt, at most 2 requests per site at once, adaptive delays.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Items of one response in the pipelines at once. Scrapy starts this many asyncio tasks for
# every response it hands to the pipelines, whatever the response yields (one article page:
# one item; its default of 100 made 99 idle tasks). A batch of finished downloads then made
# thousands of tasks at once (8,800 seen in a crawl), whose memory the allocator kept: the
# crawl process grew with the site (bench/RESULTS.md, "Crawl memory, fourth pass"). 16
# still runs a WordPress API page's 50 posts 16 at a time, more than the NER workers take.
CONCURRENT_ITEMS = 16
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024  # a press release is never 20 MB of HTML
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19 opens a control port unless told not to
LOG_LEVEL = "INFO"
# Scrapy checks every callback for a generator with ``return <value>`` by reading its
# source and parsing it (inspect + ast) before calling it. Its cache is keyed by the bound
# method, a new object per call, so it re-parsed the spider's source for ~1 response in 3:
# 2.1 s of an 806-article crawl under cProfile (bench/RESULTS.md, issue 17, sixth pass).
# A development warning; tests/test_crawl_cpu.py keeps the spiders free of such returns.
WARN_ON_GENERATOR_RETURN_VALUE = False
# a dropped article is logged as one line (URL, source, reason), not as the whole item
LOG_FORMATTER = "crawler.logs.KhaoLogFormatter"

# The stages, in crawl order; each file is pipelines/stages/<name>.py. The last two need the
# database (``needs_database``): in a distributed crawl they run on the writer, the others
# on the workers (pipelines.stages.split_stages), so both kinds of run use this one list.
ITEM_PIPELINES = {
    "pipelines.stages.clean.CleanPipeline": 100,  # Thai text (pipelines.thai_text)
    "pipelines.stages.date.DatePipeline": 200,  # published date (pipelines.thai_dates)
    "pipelines.stages.classify.ClassifyPipeline": 300,  # announcement kind (data/kinds.yaml)
    "pipelines.stages.entities.EntityPipeline": 400,  # named entities (pipelines.ner)
    "pipelines.stages.dedupe.DedupePipeline": 800,  # id, hash, story (pipelines.fingerprints)
    "pipelines.stages.store.StorePipeline": 900,  # SQLite upsert (pipelines.storage)
}
DOWNLOADER_MIDDLEWARES = {
    # fetch only the web: http(s), and internal addresses only on the source's own host;
    # first of all, so robots.txt and every redirect hop are checked too (crawler.safety)
    "crawler.safety.NetworkSafetyMiddleware": 40,
    # no new download while KHAO_NER_BACKLOG articles wait for the NER workers
    "crawler.middlewares.NerBacklogMiddleware": 50,
    # conditional requests (ETag/Last-Modified), Retry-After on 429/503, redirect loops
    "crawler.middlewares.RetryAfterMiddleware": 560,
    "crawler.middlewares.ConditionalRequestMiddleware": 580,
    "crawler.middlewares.RedirectLoopMiddleware": 610,
}
# Scrapy's own downloader middlewares less CookiesMiddleware: cookies are off
# (COOKIES_ENABLED above, not a source option), but Scrapy imports its module to ask it, and
# it imports tldextract, ~0.03 s of CPU a crawl start (issue 17, eighth pass). Turning cookies
# on needs it put back here.
DOWNLOADER_MIDDLEWARES_BASE = {
    name: order
    for name, order in default_settings.DOWNLOADER_MIDDLEWARES_BASE.items()
    if name != "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
}
# Scrapy's handlers for file://, ftp://, s3:// and data: are switched off: khao reads the web.
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
# Hosts (or networks, '10.1.0.0/16', or '*.intranet.example') that any source may reach on
# an internal address, for intranet sources; comma-separated in the environment variable.
# A source's own host (and its ``allow_hosts``) never needs listing here.
KHAO_ALLOW_PRIVATE_HOSTS = os.environ.get("KHAO_ALLOW_PRIVATE_HOSTS", "")
KHAO_RETRY_AFTER_MAX = 120.0  # seconds: a longer Retry-After means "come back another run"
KHAO_RETRY_BACKOFF = 5.0  # seconds before the first retry of a 429/503 without Retry-After
# Scrapy's duplicate filter, keeping 8 bytes of each request's fingerprint (crawler.seen)
DUPEFILTER_CLASS = "crawler.seen.CompactDupeFilter"
EXTENSIONS = {
    "crawler.extensions.RunRecorder": 500,
}
# Scrapy's own extensions less RemoteControl, which is off (REMOTE_CONTROL_ENABLED above) but
# whose module Scrapy imports to ask it, and it imports aiohttp: ~0.14 s of CPU at every
# crawl's start (issue 17, eighth pass). ``None`` in EXTENSIONS does not help: Scrapy loads
# every key there too. Turning the control port on needs it put back here.
EXTENSIONS_BASE = {
    name: order
    for name, order in default_settings.EXTENSIONS_BASE.items()
    if name != "scrapy.extensions.remote_control.RemoteControl"
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

# Bounded by default: caps per source and run, each overridable per source in the sources
# YAML (the option in brackets). Reaching one ends that part of the walk with a named error
# kind in crawl_runs.errors (crawler/limits.py); docs/sources.md lists them.
KHAO_MAX_PAGES = 500  # listing, feed, API and sitemap pages [max_pages] -> max_pages
KHAO_MAX_ARTICLES = 5000  # articles asked for (pages fetched or API posts) [max_articles]
KHAO_MAX_FEED_ITEMS = 500  # items read from one feed document [max_items] -> max_items
KHAO_SITEMAP_DEPTH = 3  # sitemap index levels below the first [sitemap_depth]
KHAO_MAX_JSON_CONTAINERS = 200_000  # objects + arrays in one API answer -> too_large
# bytes: DOWNLOAD_MAXSIZE [max_page_bytes] bounds a page after decompression, a gzipped
# sitemap file included -> too_large; JSON nested deeper than Python parses -> json_too_deep

# khao's own settings
KHAO_DB = "khao.db"
KHAO_RUN_ID = ""
KHAO_MODE = "local"  # or "redis" for distributed workers
# Entity tagging (the costliest stage) runs in N worker processes off the reactor. None: one
# per CPU but one, which leaves a core to Scrapy and the other stages; 0: tag in-process.
KHAO_NER_PROCESSES = None
# At most this many articles wait for (or are in) the NER workers, over all sources of a
# crawl process; past it, new downloads wait (crawler.middlewares.NerBacklogMiddleware).
# Bounds the crawl's memory on large sites: Scrapy's own back-pressure counts response
# bytes, not articles, and let 500-650 posts of a WordPress API wait. A download let in
# below the bound brings all its articles (an API page: 50 posts), so the peak may pass
# the bound by that much. 0: no bound.
KHAO_NER_BACKLOG = 64
# Articles are written in batches: one transaction for up to this many articles (with their
# dedupe rows, clusters and search-index rows), committed at the latest this many seconds
# after it began, and counted stored only once committed (pipelines.stages.store). Each
# article's ~260 changed pages (the entity tables and their indexes) and its FTS5 segment
# made a commit per article ~3.7 ms of the store's ~9 ms. Each stage's transaction inside a
# batch is a SAVEPOINT (a failed article leaves the rest intact); the batch's index rows are
# written at its commit, outside those savepoints, so FTS5 writes one segment per batch (it
# writes one at every savepoint). With a 16 MB cache and in-memory savepoint journals
# (Store.prepare_batches) the crawl process's CPU went from ~20.2 to ~18.4 ms an article
# (bench/RESULTS.md, issue 17, 2026-11-30). 1: a commit per article.
KHAO_STORE_BATCH = 50
KHAO_STORE_BATCH_SECONDS = 0.5
# Without batches (KHAO_STORE_BATCH = 1), the search indexes are still written for many
# articles at once: each article is committed on its own, its rowid listed in
# search_pending, and the full-text rows of every listed article written in one transaction
# once this many are listed or the oldest has waited this many seconds (and when a source
# closes; a kill's leftovers at the next open). 1: each article indexed in its own commit.
KHAO_INDEX_BATCH = 50
KHAO_INDEX_SECONDS = 0.5
