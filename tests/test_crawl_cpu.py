"""Issue 17: what the crawl process no longer spends CPU on, per article or at its start."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from scrapy.utils.misc import is_generator_with_return_value

import crawler.spiders
from crawler import settings


def _spider_generators() -> list:
    found = []
    for info in pkgutil.iter_modules(crawler.spiders.__path__):
        module = importlib.import_module(f"crawler.spiders.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for _, func in inspect.getmembers(cls, inspect.isfunction):
                if inspect.isgeneratorfunction(func):
                    found.append(func)
    return found


def test_scrapy_does_not_parse_callbacks_at_every_response() -> None:
    """Scrapy re-read and parsed a callback's source for ~1 response in 3 (its cache is
    keyed by a bound method, a new object at each call): switched off."""
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False


def test_no_spider_generator_returns_a_value() -> None:
    """What that check warned of, checked here once instead: a callback that is a generator
    and ``return``s a value would lose the value silently."""
    generators = _spider_generators()
    assert len(generators) > 5  # the spiders' parse_* callbacks were found
    offenders = [f.__qualname__ for f in generators if is_generator_with_return_value(f)]
    assert offenders == []
