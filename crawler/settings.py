"""Scrapy settings for khao. Per-source overrides are applied by crawler.runner."""

BOT_NAME = "khao"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

KHAO_CONTACT_URL = "https://github.com/khao-news/khao"
USER_AGENT = f"khao/0.1 (+{KHAO_CONTACT_URL}; Thai government news monitor)"

# Politeness: robots.txt, at most 2 requests per site at once, adaptive delays.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
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
    # conditional requests (ETag/Last-Modified), Retry-After on 429/503, redirect loops
    "crawler.middlewares.RetryAfterMiddleware": 560,
    "crawler.middlewares.ConditionalRequestMiddleware": 580,
    "crawler.middlewares.RedirectLoopMiddleware": 610,
}
KHAO_RETRY_AFTER_MAX = 120.0  # seconds: a longer Retry-After means "come back another run"
KHAO_RETRY_BACKOFF = 5.0  # seconds before the first retry of a 429/503 without Retry-After
EXTENSIONS = {
    "crawler.extensions.RunRecorder": 500,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

# khao's own settings
KHAO_DB = "khao.db"
KHAO_RUN_ID = ""
KHAO_MODE = "local"  # or "redis" for distributed workers
# Entity tagging (the costliest stage) runs in N worker processes off the reactor. None: one
# per CPU but one, which leaves a core to Scrapy and the other stages; 0: tag in-process.
KHAO_NER_PROCESSES = None
