"""Pure article extraction: HTML in, title/body/metadata out.

Declared selectors win; otherwise structured metadata (JSON-LD, Open Graph, <meta>) and a
generic main-content extractor (trafilatura) fill the gaps. No Scrapy here, so the same
code serves spiders, tests and benchmarks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urljoin, urlparse

import trafilatura
from parsel import Selector

from crawler.items import Attachment, DateCandidate

ATTACHMENT_TYPES = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "odt", "ods")
_ATTACHMENT_RE = re.compile(r"\.(" + "|".join(ATTACHMENT_TYPES) + r")(?:$|[?#])", re.IGNORECASE)
_THAI_RE = re.compile(r"[\u0e00-\u0e7f]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_TITLE_SEPARATORS = re.compile(r"\s*(?:\s[-–—|:»]\s|[|»]|-(?=\S))\s*")


@dataclass
class Extracted:
    title: str = ""
    body: str = ""
    date_candidates: list[DateCandidate] = field(default_factory=list)
    canonical_url: str = ""
    shortlink: str = ""
    lead_image: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    language: str = ""
    author: str | None = None


def select_texts(selector: Selector, query: str) -> list[str]:
    """Run a CSS or XPath (starts with '/' or '(') query and return the matched text nodes."""
    nodes = selector.xpath(query) if query.startswith(("/", "(")) else selector.css(query)
    texts: list[str] = []
    for node in nodes:
        if isinstance(node.root, str):
            texts.append(node.root)
        else:
            texts.append(block_text(node))
    return [t for t in (t.strip() for t in texts) if t]


def select_attr(selector: Selector, query: str, attr: str = "href") -> list[str]:
    nodes = selector.xpath(query) if query.startswith(("/", "(")) else selector.css(query)
    values: list[str] = []
    for node in nodes:
        if isinstance(node.root, str):
            values.append(node.root)
        else:
            value = node.attrib.get(attr)
            if value is None:
                value = node.xpath(f".//@{attr}").get()
            if value:
                values.append(value)
    return values


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "pre", "table", "ul", "ol", "header", "footer"}  # fmt: skip


def block_text(node: Selector) -> str:
    """Text of an element with block boundaries as newlines (Thai has no spaces between words,
    so joining text nodes with spaces or with nothing would both be wrong)."""
    parts: list[str] = []

    def walk(element: object) -> None:
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str):
            return
        name = tag.lower().split("}")[-1]
        if name in ("script", "style", "noscript", "template"):
            if element.tail:  # type: ignore[attr-defined]
                parts.append(element.tail)  # type: ignore[attr-defined]
            return
        block = name in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if element.text:  # type: ignore[attr-defined]
            parts.append(element.text)  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            walk(child)
        if block:
            parts.append("\n")
        if element.tail:  # type: ignore[attr-defined]
            parts.append(element.tail)  # type: ignore[attr-defined]

    root = node.root
    walk(root)
    if getattr(root, "tail", None):
        parts.pop()  # the node's own tail is not part of it
    text = "".join(parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def detect_language(text: str) -> str:
    thai = len(_THAI_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    if thai == 0 and latin == 0:
        return ""
    return "th" if thai >= latin * 0.5 else "en"


def strip_site_name(title: str, candidates: list[str]) -> str:
    """Drop a site-name prefix/suffix from a <title>, using other title sources as evidence."""
    title = " ".join(title.split())
    for other in candidates:
        other = " ".join(other.split())
        if other and other in title and other != title:
            return other
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p]
    if len(parts) > 1:
        return max(parts, key=len)
    return title


def jsonld_objects(selector: Selector) -> list[dict]:
    found: list[dict] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return found


def meta_content(selector: Selector, *names: str) -> str | None:
    for name in names:
        value = selector.xpath(
            f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content'
        ).get()
        if value and value.strip():
            return value.strip()
    return None


def find_attachments(selector: Selector, base_url: str) -> list[Attachment]:
    seen: dict[str, Attachment] = {}

    def add(raw: str | None, title: str = "") -> None:
        if not raw:
            return
        url = urljoin(base_url, raw.strip())
        parsed = urlparse(url)
        if "docs.google.com" in parsed.netloc and "url" in parse_qs(parsed.query):
            url = parse_qs(parsed.query)["url"][0]
        match = _ATTACHMENT_RE.search(urlparse(url).path + "?")
        if not match or url in seen:
            return
        seen[url] = Attachment(url=url, title=" ".join(title.split()), type=match.group(1).lower())

    for link in selector.xpath("//a[@href]"):
        add(link.attrib["href"], "".join(link.xpath(".//text()").getall()))
    for attr in ("data-pdf-src", "data-src", "data-file", "data-url"):
        for node in selector.xpath(f"//*[@{attr}]"):
            add(node.attrib[attr], node.attrib.get("title", ""))
    for frame in selector.xpath("//iframe/@src | //embed/@src | //object/@data").getall():
        add(frame)
    return list(seen.values())


def extract_article(
    html: str, url: str, selectors: dict[str, str] | None = None
) -> Extracted:
    """Extract an article page. ``selectors`` may hold title/date/body selectors."""
    selectors = selectors or {}
    page = Selector(text=html or "<html></html>")
    result = Extracted()
    ld = jsonld_objects(page)
    article_ld = next(
        (o for o in ld if str(o.get("@type", "")).endswith(("Article", "NewsArticle", "BlogPosting"))),
        ld[0] if ld else {},
    )

    # title: declared selector, else structured metadata, else <h1>, else the page <title>
    og_title = meta_content(page, "og:title", "twitter:title") or ""
    ld_title = str(article_ld.get("headline") or "")
    h1 = " ".join(" ".join(page.xpath("//h1[1]//text()").getall()).split())
    page_title = " ".join(" ".join(page.xpath("//title//text()").getall()).split())
    if selectors.get("title_selector"):
        result.title = " ".join(select_texts(page, selectors["title_selector"])[:1])
    if not result.title:
        evidence = [t for t in (ld_title, h1) if t]
        result.title = strip_site_name(og_title, evidence) if og_title else ""
        result.title = result.title or ld_title or h1 or strip_site_name(page_title, [])

    # dates
    for key in ("datePublished", "dateCreated"):
        if article_ld.get(key):
            result.date_candidates.append(DateCandidate("jsonld", str(article_ld[key])))
    meta_date = meta_content(
        page, "article:published_time", "datePublished", "pubdate", "date", "DC.date.issued"
    )
    if meta_date:
        result.date_candidates.append(DateCandidate("meta", meta_date))
    if selectors.get("date_selector"):
        for text in select_texts(page, selectors["date_selector"])[:1]:
            result.date_candidates.append(DateCandidate("dateline", text))
    for text in page.xpath("//time/@datetime").getall()[:1]:
        result.date_candidates.append(DateCandidate("meta", text))

    # body
    if selectors.get("body_selector"):
        result.body = "\n".join(select_texts(page, selectors["body_selector"]))
    if not result.body:
        result.body = (
            trafilatura.extract(
                html,
                url=url,
                include_comments=False,
                include_tables=True,
                favor_precision=True,
                deduplicate=False,
            )
            or ""
        )

    result.canonical_url = urljoin(url, page.xpath('//link[@rel="canonical"]/@href').get() or "")
    result.shortlink = page.xpath('//link[@rel="shortlink"]/@href').get() or ""
    image = meta_content(page, "og:image", "twitter:image")
    if not image:
        ld_image = article_ld.get("image")
        if isinstance(ld_image, dict):
            image = ld_image.get("url")
        elif isinstance(ld_image, list) and ld_image:
            image = ld_image[0] if isinstance(ld_image[0], str) else ld_image[0].get("url")
        elif isinstance(ld_image, str):
            image = ld_image
    result.lead_image = urljoin(url, image) if image else None
    result.attachments = find_attachments(page, url)
    lang = (page.xpath("/html/@lang").get() or "").split("-")[0].lower()
    result.language = lang if lang in ("th", "en") else detect_language(result.title + result.body)
    author = article_ld.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    result.author = str(author) if author else meta_content(page, "author")
    return result
