"""Sources are data: load and validate the YAML list of sites to crawl.

One malformed entry must not stop the others, so loading returns the valid sources and a
list of errors, each naming the entry and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pipelines.yaml_file import line_of, located, read_yaml, unknown_keys

KINDS = ("wordpress", "listing", "feed", "sitemap")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
SELECTOR_FIELDS = (
    "link_selector",
    "next_selector",
    "title_selector",
    "date_selector",
    "body_selector",
    "list_date_selector",
)
REQUIRED_BY_KIND: dict[str, tuple[str, ...]] = {
    "wordpress": (),
    "listing": ("link_selector",),
    "feed": (),
    "sitemap": (),
}
# Per-source politeness overrides and their types; None means "use the global setting".
OVERRIDES: dict[str, type | tuple[type, ...]] = {
    "concurrency": int,
    "download_delay": (int, float),
    "autothrottle": bool,
    "obey_robots": bool,
    "max_pages": int,
    "max_articles": int,
    "timeout": (int, float),
    "user_agent": str,
    "retry_times": int,
    "max_page_bytes": int,
    "max_items": int,  # feed items read per feed document
    "sitemap_depth": int,  # sitemap index levels below the first
    "allow_hosts": list,  # hosts / networks this source may reach on internal addresses
}
TEXT_FIELDS = ("name_en", "agency", "verified", "status_note")
# every key a source entry may have: anything else is a typo (`link_selecter:`), refused
FIELDS = ("id", "name", "kind", "url", "encoding", "enabled", "options", *TEXT_FIELDS,
          *SELECTOR_FIELDS, *OVERRIDES)  # fmt: skip
# keys of `options:` the spiders and middlewares read (docs/sources.md), besides OVERRIDES
OPTION_KEYS = ("per_page", "wordpress_api", "feed_url", "feeds", "fetch_articles", "url_pattern",
               "sitemap_pattern", "retry_backoff", "retry_after_max", *OVERRIDES)  # fmt: skip


class SourceConfigError(ValueError):
    """A sources file or entry that cannot be used; the message names entry and field."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str
    url: str
    name_en: str = ""
    agency: str = ""
    encoding: str | None = None
    enabled: bool = True
    selectors: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    verified: str = ""  # what has been checked offline, and how
    status_note: str = ""  # one line a user should know (blocked, JavaScript app, ...)

    def selector(self, name: str) -> str | None:
        return self.selectors.get(name)

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    def as_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "agency": self.agency,
            "kind": self.kind,
            "url": self.url,
            "enabled": int(self.enabled),
            "verified": self.verified,
            "status_note": self.status_note,
        }


@dataclass
class SourceList:
    sources: list[Source]
    errors: list[str]
    path: str

    def by_id(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


def default_sources_path() -> Path:
    return Path(str(resources.files("crawler") / "sources.yaml"))


def load_sources(path: str | Path | None = None) -> SourceList:
    """Read a sources YAML file; raise SourceConfigError only when the file itself is unusable."""
    file = Path(path) if path else default_sources_path()
    data = read_yaml(file, "sources file", SourceConfigError)
    entries = data.get("sources") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise SourceConfigError(f"{file}: expected a list of sources under the key 'sources'")
    sources: list[Source] = []
    errors: list[str] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        try:
            source = parse_source(entry, index, file)
        except SourceConfigError as exc:
            errors.append(str(exc))
            continue
        if source.id in seen:
            where = located(file, line_of(entry, "id"), f"source #{index} ({source.id})")
            errors.append(f"{where}: field 'id': duplicate id")
            continue
        seen.add(source.id)
        sources.append(source)
    return SourceList(sources=sources, errors=errors, path=str(file))


def parse_source(entry: Any, index: int = 1, file: str | Path | None = None) -> Source:
    """Validate one YAML entry; the error names the file and line (when read from a file),
    the entry (by number and id) and the field."""
    label = f"source #{index}"
    if not isinstance(entry, dict):
        raise SourceConfigError(
            f"{label}: expected a mapping of fields, got {type(entry).__name__}"
        )
    source_id = entry.get("id")
    if isinstance(source_id, str):
        label = f"{label} ({source_id})"

    def fail(name: str, why: str, line: int | None = None) -> SourceConfigError:
        where = located(file, line or line_of(entry, name), label)
        return SourceConfigError(f"{where}: field '{name}': {why}")

    for name, why in unknown_keys(entry, FIELDS):
        raise fail(name, why)

    for name in ("id", "name", "kind", "url"):
        value = entry.get(name)
        if not isinstance(value, str) or not value.strip():
            raise fail(name, "required, must be a non-empty string")
    if not ID_PATTERN.match(entry["id"]):
        raise fail("id", "use lowercase letters, digits, '-', '_' or '.'")
    kind = entry["kind"]
    if kind not in KINDS:
        raise fail("kind", f"must be one of {', '.join(KINDS)}, got {kind!r}")
    if not re.match(r"^https?://", entry["url"]):
        raise fail("url", f"must start with http:// or https://, got {entry['url']!r}")
    selectors: dict[str, str] = {}
    for name in SELECTOR_FIELDS:
        if name in entry and entry[name] is not None:
            if not isinstance(entry[name], str) or not entry[name].strip():
                raise fail(name, "must be a CSS selector or an XPath starting with '/' or '('")
            selectors[name] = entry[name].strip()
    for name in REQUIRED_BY_KIND[kind]:
        if name not in selectors:
            raise fail(name, f"required for kind '{kind}'")
    options: dict[str, Any] = {}
    for name, expected in OVERRIDES.items():
        if name in entry and entry[name] is not None:
            value = entry[name]
            if isinstance(value, bool) and expected is not bool:
                raise fail(name, "must be a number")
            if not isinstance(value, expected):
                raise fail(name, f"wrong type {type(value).__name__}")
            if isinstance(value, list) and not all(isinstance(v, str) and v for v in value):
                raise fail(name, "must be a list of host names or networks")
            options[name] = value
    extra = entry.get("options") or {}
    if not isinstance(extra, dict):
        raise fail("options", "must be a mapping")
    for name, why in unknown_keys(extra, OPTION_KEYS):
        raise fail(f"options.{name}", why, line_of(extra, name))
    options.update(extra)
    encoding = entry.get("encoding")
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(str(encoding))
        except LookupError as exc:
            raise fail("encoding", f"unknown encoding {encoding!r}") from exc
    for name in TEXT_FIELDS:
        if name in entry and entry[name] is not None and not isinstance(entry[name], str):
            raise fail(name, "must be a string")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("enabled", "must be true or false")
    return Source(
        id=entry["id"],
        name=entry["name"].strip(),
        kind=kind,
        url=entry["url"].strip(),
        name_en=entry.get("name_en") or "",
        agency=entry.get("agency") or "",
        encoding=encoding,
        enabled=enabled,
        selectors=selectors,
        options=options,
        verified=entry.get("verified") or "",
        status_note=entry.get("status_note") or "",
    )
