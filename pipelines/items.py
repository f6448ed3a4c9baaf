"""The item: the contract between spiders and pipelines.

A spider fills in what it can see on the page or in the API; pipeline stages fill in the
rest (clean text, published date, hashes, entities, cluster) before the store writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class DateCandidate:
    """A place where a page states its date, strongest first when chosen.

    ``origin`` is one of: ``api`` (WordPress/feed field), ``jsonld``, ``meta``
    (``article:published_time`` and friends), ``listing`` (a date next to the link on a
    listing page), ``dateline`` (the date line of the article text), ``url``.
    """

    origin: str
    value: str


@dataclass
class Attachment:
    url: str
    title: str = ""
    type: str = ""  # pdf, doc, docx, xls, xlsx, ppt, pptx, zip, ...


@dataclass
class ArticleItem:
    url: str
    source_id: str
    title: str = ""
    body: str = ""
    fetched_at: str = ""  # ISO 8601, UTC offset included
    canonical_url: str = ""
    shortlink: str = ""
    date_candidates: list[DateCandidate] = field(default_factory=list)
    modified_at: str | None = None  # as reported by the source (WordPress `modified`)
    language: str = ""
    lead_image: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: str | None = None
    # "text", or "images" for a release published as pictures (an infographic, a photo
    # post) with a title and little or no text; ``images`` lists the article's pictures
    form: str = "text"
    images: list[str] = field(default_factory=list)
    # filled by pipeline stages
    published_at: str | None = None
    published_from: str | None = None  # which DateCandidate.origin gave published_at
    content_hash: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    kind: str | None = None
    cluster_hint: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
