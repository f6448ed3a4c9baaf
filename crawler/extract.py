"""Pure article extraction: HTML in, title/body/metadata out.

Declared selectors win. Without them (a site khao was never configured for) the generic
path works from evidence on the page, never from one site's layout:

- title: every text that could be the headline (headings, "title"-ish elements, bold
  runs, a breadcrumb's last item, an image's alt) scored by the evidence that agrees with
  it: the listing's link text, ``og:title``/JSON-LD/``<title>`` holding it with at most a
  site name around it, a date line just under it. A text the site's own furniture repeats
  (logo, brand, footer or the page's last lines, ``og:site_name``), one the source names
  itself by (``not_titles``, kept per source by ``SourceTitles``) or one inside a link
  never wins;
- date: JSON-LD, ``article:published_time``, ``<time datetime>``, and the date line: the
  nearest short dated line next to the headline (a labelled one, "วันที่"/"เผยแพร่"/
  "ประกาศ", at equal distance), never the headline itself nor a copy of it in a side box;
  else a labelled date line anywhere. Dated lines elsewhere (side boxes) are kept as
  ``context``: they give a year-less date line its year (pipelines.thai_dates);
- body: page furniture removed first (nav/aside/footer, share/comment/related/sidebar
  blocks by class or id, boxes headed "ข่าวที่เกี่ยวข้อง", "ความคิดเห็น", ...), then the
  element holding most of the non-link paragraph text (layout tables included), lists of
  links inside it dropped, the header of a flat layout and view counters trimmed;
  trafilatura only when that finds nothing;
- an image-only release (an infographic: a headline, pictures, little or no text) is
  ``form="images"`` with its ``images``, not an empty page.

No Scrapy here, so the same code serves spiders, tests and benchmarks.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qs, urljoin, urlparse

import trafilatura
from lxml import etree
from parsel import Selector

from pipelines.items import Attachment, DateCandidate
from pipelines.thai_dates import find_date, find_date_detail
from pipelines.urls import is_web_url

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
    images: list[str] = field(default_factory=list)  # pictures of the article itself
    form: str = "text"  # "images": an infographic or photo post, little or no text


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


def link_texts(selector: Selector, query: str) -> list[str]:
    """The link text of each link a ``link_selector`` picks (``a.title::attr(href)``,
    ``//a/@href`` or the elements themselves), in order; '' where a link has none."""
    for suffix in ("::attr(href)", "/@href"):
        if query.endswith(suffix):
            query = query[: -len(suffix)]
    try:
        nodes = selector.xpath(query) if query.startswith(("/", "(")) else selector.css(query)
    except ValueError:
        return []
    texts: list[str] = []
    for node in nodes:
        if isinstance(node.root, str):
            return []  # the query picks attributes or text: no elements to read
        texts.append(
            _squash(node.xpath("string()").get() or "") or (node.attrib.get("title") or "")
        )
    return texts


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


# What an element's tag makes of it in block_text, by the tag as lxml gives it: a page has a
# few dozen distinct tags, each was lowered and split at every element (issue 17, eighth
# pass). Bounded: a hostile page's made-up tags.
_INLINE, _BLOCK, _CELL, _SKIPPED = 0, 1, 2, 3


@lru_cache(maxsize=4096)
def _tag_kind(tag: str) -> int:
    name = tag.lower().split("}")[-1]
    if name in _BLOCK_TAGS:
        return _BLOCK
    if name in ("td", "th"):
        return _CELL
    if name in ("script", "style", "noscript", "template"):
        return _SKIPPED
    return _INLINE


def block_text(node: Selector) -> str:
    """Text of an element with block boundaries as newlines (Thai has no spaces between words,
    so joining text nodes with spaces or with nothing would both be wrong).

    An explicit stack, not recursion: a broken or hostile page may nest thousands of tags.
    """
    parts: list[str] = []
    root = node.root
    # (element, entering): on entering, its text and children; on leaving, its tail
    stack: list[tuple[Any, bool]] = [(root, True)]
    while stack:
        element, entering = stack.pop()
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str):
            # a comment (React's server output splits "โพสต์เมื่อ <!-- -->5 มี.ค." so): its
            # tail is the parent's text
            if element.tail and element is not root:
                parts.append(element.tail)
            continue
        kind = _tag_kind(tag)
        if not entering:
            if kind == _BLOCK:
                parts.append("\n")
            elif kind == _CELL:  # cells of one row: apart on one line ("ข่าว 4/9/2562")
                parts.append(" ")
            if element.tail and element is not root:  # the node's own tail is not part of it
                parts.append(element.tail)
            continue
        if kind == _SKIPPED:
            if element.tail and element is not root:
                parts.append(element.tail)
            continue
        if kind == _BLOCK:
            parts.append("\n")
        elif kind == _CELL:
            parts.append(" ")
        if element.text:
            parts.append(element.text)
        stack.append((element, False))
        stack.extend((child, True) for child in reversed(element))
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
        if other and other != title and affix_of(title, other):
            return other
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p]
    if len(parts) > 1:
        return max(parts, key=len)
    return title


# ------------------------------------------------------------------ generic extraction

_SEPARATOR_CHARS = "-–—|:»›·•/~_*"
_DIGIT_RE = re.compile(r"[0-9\u0e50-\u0e59]")  # no digit, no date: skip the parser


def affix_of(evidence: str, headline: str) -> bool:
    """True when ``evidence`` is ``headline`` with at most a site-name prefix and/or suffix
    joined by a separator (``รัฐบาลไทย-ข่าว-<headline>``, ``<headline> | Site``)."""
    if not headline or headline not in evidence:
        return False
    start = evidence.index(headline)
    before, after = evidence[:start].rstrip(), evidence[start + len(headline) :].lstrip()
    ok_before = not before or before[-1] in _SEPARATOR_CHARS
    ok_after = not after or after[0] in _SEPARATOR_CHARS
    return ok_before and ok_after


_HEADLINE_CLASS_RE = re.compile(r"title|headline|topic|subject|heading|head", re.I)


def ld_names_article(ld_title: str, title: str) -> bool:
    """Whether a JSON-LD headline names the article headed ``title``: the same words, or
    with the site's name around them, or cut short (feeds and SEO plugins truncate)."""
    ld_key, key = "".join(ld_title.split()), "".join(title.split())
    if not ld_key or not key:
        return True  # nothing to contradict
    cut = len(ld_key) >= 20 and key.startswith(ld_key.rstrip(".…"))
    return ld_key == key or cut or affix_of(ld_key, key) or affix_of(key, ld_key)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _attrs(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _visible_headlines(root: etree._Element) -> list[str]:
    """Texts that could be the headline: h1-h4, "title"-ish elements, bold runs."""
    found: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("title", "script", "style", "meta", "head"):
            continue
        if tag in ("h1", "h2", "h3", "h4", "b", "strong") or (
            tag and _HEADLINE_CLASS_RE.search(_attrs(element))
        ):
            text = _squash(element.text_content())
            if 4 <= len(text) <= 400:
                found.append(text)
    return found


_SITE_REGION_RE = re.compile(
    r"\bfooter\b|\bfoot\b|copyright|colophon|\blogo|brand|site-?name|sitename|site-?title|"
    r"masthead|appbar|topbar|slogan",
    re.I,
)
_CRUMB_RE = re.compile(r"breadcrumb|crumb|\bpath\b|navigator|\bnavi\b|\blocation\b", re.I)
_CRUMB_SPLIT_RE = re.compile(r"\s+(?:/|>|»|›|\||::|→)\s+|\s*[>»›→]\s*")
_GENERIC_CRUMBS = re.compile(
    r"^(?:หน้า(?:แรก|หลัก)|รายละเอียด(?:ข่าว)?|ข่าว(?:สาร|ประชาสัมพันธ์|กิจกรรม)?|home|detail|news|"
    r"(?:ข่าว|ภาพ)(?:สาร)?(?:กิจกรรม|ประชาสัมพันธ์|จังหวัด|รัฐบาล|ทั่วไป|ภูมิภาค|ประกาศ|เด่น|"
    r"หน่วยงาน|ผู้บริหาร)|ภาพข่าว|กิจกรรม|ประกาศ|บทความ|ข่าวสารและกิจกรรม)$",
    re.I,
)


@dataclass
class _Headline:
    text: str
    order: int  # first appearance in the page
    kinds: set[str] = field(default_factory=set)  # h1, heading, class, bold, alt, crumb
    site: bool = False  # seen in the site's own furniture (logo, footer, brand)
    in_main: bool = False  # inside the page's declared main region (<main>, role="main")


_BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def _in_link(element: etree._Element) -> bool:
    return any(a.tag == "a" for a in element.iterancestors())


def _in_main_region(element: etree._Element) -> bool:
    """Inside ``<main>`` or ``role="main"``: where HTML says the page's own content is."""
    return any(
        node.tag == "main" or (node.get("role") or "").lower() == "main"
        for node in (element, *element.iterancestors())
        if isinstance(node.tag, str)
    )


def _in_site_region(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("body", "html"):
            break  # a body class says which template, not which region
        if tag == "footer" or (tag and _SITE_REGION_RE.search(_attrs(node))):
            return True
    return False


# A label some CMSs print before the headline: "เรื่อง : ...", "หัวข้อข่าว: ...".
_HEADLINE_LABEL_RE = re.compile(
    r"^(?:เรื่อง|หัวข้อ(?:ข่าว)?|ชื่อเรื่อง|ชื่อข่าว|topic|subject|title)\s*[:：]\s*", re.I
)


_SECTION_PREFIX_RE = re.compile(r"^([^:：»|›]{2,40}?)\s*[:：»|›]\s*(?=\S)")


def _strip_section(text: str) -> str:
    """A headline printed after its section's name ("ข่าวประชาสัมพันธ์: <headline>", as
    XOOPS prints the topic) without it; a text that is only a label stays as it is."""
    match = _SECTION_PREFIX_RE.match(text)
    if match and _GENERIC_CRUMBS.match(match.group(1).strip()) and len(text) - match.end() >= 8:
        return text[match.end() :]
    return text


def _holds_logo(element: etree._Element) -> bool:
    """True when an element shows the site's logo beside its text (``<h1><img
    src="logo.png" alt="กรมอนามัย"> กรมอนามัย</h1>``): the site's name, not a headline."""
    for image in element.iter("img"):
        label = f"{image.get('src') or ''} {image.get('class') or ''} {image.get('id') or ''}"
        if "logo" in label.lower():
            return True
    return False


def _links_elsewhere(element: etree._Element, url: str) -> bool:
    """True when all of an element's text is the text of a link to another page: the
    headline of another article in a box (``<h3><a href="/news/2">...</a></h3>``), not
    this page's headline (a theme may link it to the page itself)."""
    text = "".join(element.text_content().split())
    here = url.split("#")[0].rstrip("/")
    for link in element.iter("a"):
        if "".join(link.text_content().split()) != text:
            continue
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            return False
        target = (web_join(url, href) or href).split("#")[0].rstrip("/")
        return target != here
    return False


def _foreign_links(element: etree._Element, url: str) -> list[etree._Element]:
    """Links in ``element`` to other pages with a headline's length."""
    here = url.split("#")[0].rstrip("/")
    found = []
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        target = (web_join(url, href) or href).split("#")[0].rstrip("/")
        if target != here and _text_len(link.text_content()) >= MIN_LINKED_HEADLINE:
            found.append(link)
    return found


MIN_LINKED_HEADLINE = 10  # characters (no spaces): a link text this long names a page
BOX_SIBLINGS = 3  # elements after a heading that show whether it heads a list of links


def _heads_link_list(element: etree._Element, url: str) -> bool:
    """True when the text is the heading of a list of links to other pages ("รายการที่
    เกี่ยวข้อง", "ข่าวย้อนหลัง", whatever the box is called): what follows it (at its own
    level, or at the level of the cell or block that holds only it) is two or more
    headline-long links and little else. An article's headline is followed by its text."""
    text = _squash(element.text_content())
    node = element
    while node is not None and node.tag not in ("body", "html"):
        following = [s for s in node.itersiblings() if isinstance(s.tag, str)][:BOX_SIBLINGS]
        size = sum(_text_len(s.text_content()) for s in following)
        if size:
            links = [a for s in following for a in _foreign_links(s, url)]
            linked = sum(_text_len(a.text_content()) for a in links)
            return len(links) >= 2 and linked * 2 >= size
        if _squash(node.tail or ""):
            return False
        node = node.getparent()
        if node is None or _squash(node.text_content()) != text:
            return False
    return False


def _teaser_of_other_page(element: etree._Element, url: str) -> bool:
    """True when the text sits in a small card whose link leads to another page (a slide
    of a carousel: heading, date, "อ่านต่อ" pointing at the other article): the smallest
    block around it holding more than its text holds a link elsewhere and little text."""
    own = _text_len(element.text_content())
    here = url.split("#")[0].rstrip("/")
    for item in element.iterancestors():
        if item.tag in ("body", "html"):
            return False
        size = _text_len(item.text_content())
        if size <= own:
            continue
        if size > own + TEASER_EXTRA:
            return False
        for link in item.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:")):
                continue
            if (web_join(url, href) or href).split("#")[0].rstrip("/") != here:
                if _READ_MORE_RE.fullmatch(_squash(link.text_content())):
                    return True  # "อ่านต่อ" under a heading: a teaser, alone or not
                return _repeated(item)
        return False
    return False


def _repeated(element: etree._Element, levels: int = 3) -> bool:
    """True when the element, or one of its nearest ancestors, is one of several siblings
    of the same tag and class: a slide, a card, a row of a list of articles."""
    for node in (element, *list(element.iterancestors())[:levels]):
        parent = node.getparent()
        if parent is None or node.tag in ("body", "html"):
            return False
        key = (node.tag, node.get("class"))
        if sum(1 for c in parent if (c.tag, c.get("class")) == key) >= 2:
            return True
    return False


_READ_MORE_RE = re.compile(
    r"(?:อ่าน(?:ต่อ|เพิ่มเติม|ทั้งหมด|รายละเอียด)|รายละเอียด(?:เพิ่มเติม)?|ดูเพิ่มเติม|"
    r"read\s?more|more|continue reading)\s*[>»›…\.]*",
    re.I,
)
TEASER_EXTRA = 60  # characters (no spaces) beside a teaser's heading: a date, "อ่านต่อ"
# A field label in a record's table or list ("หัวข้อ" | headline), as back-office
# frameworks (Yii DetailView, Django admin-like views) show a news record.
_FIELD_LABEL_RE = re.compile(
    r"^(?:หัวข้อ(?:ข่าว)?|เรื่อง|ชื่อเรื่อง|ชื่อข่าว|topic|subject|title)\s*[:：]?$", re.I
)


def _labelled_field(element: etree._Element) -> bool:
    """True when a cell is the value of a "หัวข้อ" / "เรื่อง" field: the cell just before
    it (``<th>``/``<td>``/``<dt>``) holds only that label."""
    if element.tag not in ("td", "dd"):
        return False
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return (
        before is not None
        and before.tag in ("th", "td", "dt")
        and bool(_FIELD_LABEL_RE.match(_squash(before.text_content())))
    )


_COUNT_RE = re.compile(r"^[\s(\[]*[\d\u0e50-\u0e59,]+[\s)\]]*")


def _headline_candidates(
    root: etree._Element, evidence: tuple[str, ...] = (), url: str = ""
) -> dict[str, _Headline]:
    """Every text that could be the headline, with how the page presents it: headings,
    "title"-ish elements, bold runs, breadcrumbs, image alts, and any block whose text the
    evidence (the listing's link text, ``<title>``, ``og:title``) holds. A block that is
    only a link to another page is another article's headline, never a candidate."""
    found: dict[str, _Headline] = {}
    evidence = tuple(e for e in (_squash(x) for x in evidence) if e)

    def add(text: str, kind: str, element: etree._Element, order: int) -> None:
        text = _strip_section(_HEADLINE_LABEL_RE.sub("", _squash(text)))  # "เรื่อง : <headline>"
        label = _COUNT_RE.sub("", text)  # "2 ความคิดเห็น", "(3) ข่าวที่เกี่ยวข้อง"
        if not 4 <= len(text) <= 400 or _BOX_LABEL_RE.match(label) or _GENERIC_CRUMBS.match(text):
            return  # a box's or a section's label ("ข่าวอื่น ๆ", "ข่าวประชาสัมพันธ์") never is
        entry = found.setdefault(text, _Headline(text, order))
        entry.kinds.add(kind)
        entry.in_main = entry.in_main or _in_main_region(element)
        if _in_site_region(element) or _holds_logo(element):
            entry.site = True

    for order, element in enumerate(root.iter()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in ("title", "script", "style", "meta", "head", "option"):
            continue
        attrs = _attrs(element)
        if tag == "img" and element.get("alt"):
            if not _in_link(element):
                add(element.get("alt", ""), "alt", element, order)
            continue
        if (
            attrs.strip()
            and _CRUMB_RE.search(attrs)
            and not _BOILERPLATE_ATTR_RE.search(
                attrs.replace("breadcrumb", "").replace("crumb", "")
            )
        ):
            parts = [p for p in _CRUMB_SPLIT_RE.split(_squash(element.text_content())) if p]
            last = parts[-1] if len(parts) > 1 else ""
            links = {_squash(a.text_content()) for a in element.iter("a")}
            if last and last not in links and not _GENERIC_CRUMBS.match(last):
                add(last, "crumb", element, order)
            continue
        if _in_link(element) or tag == "a" or _links_elsewhere(element, url):
            continue
        if _labelled_field(element):
            add(element.text_content(), "field", element, order)
            continue
        if evidence and tag in _BLOCK_NAMES and len(element) <= 6:
            text = _squash(element.text_content())
            if text and len(text) <= 400 and any(affix_of(e, text) for e in evidence):
                add(text, "agree", element, order)
        if tag == "h1":
            kind = "h1"
        elif tag in ("h2", "h3", "h4"):
            kind = "heading"
        elif attrs.strip() and _HEADLINE_CLASS_RE.search(attrs):
            kind = "class"
        elif tag in ("b", "strong") or _BOLD_STYLE_RE.search(element.get("style") or ""):
            kind = "bold"  # <b>, or a run styled bold (editors like Google Sites emit no <b>)
        else:
            continue
        if _heads_link_list(element, url) or _teaser_of_other_page(element, url):
            continue  # a box's heading, or another article's card
        add(element.text_content(), kind, element, order)
    return found


def _page_lines(root: etree._Element) -> list[str]:
    body = root.find(".//body")
    return block_text(Selector(root=body if body is not None else root)).split("\n")


def _dateline_distance(
    lines: list[str], headline: str, stops: frozenset[str] = frozenset()
) -> int | None:
    """How many lines below the headline's line the first short dated line is (1-3).
    A heading in between (``stops``, squashed) takes the date line for itself: a site
    name's <h1> above the article's <h2> and its date is not dated by it."""
    key = "".join(headline.split())
    squashed = ["".join(line.split()) for line in lines]
    at = next((i for i, line in enumerate(squashed) if line == key), None)
    if at is None:
        at = next((i for i, line in enumerate(squashed) if key in line), None)
    if at is None:
        return None
    for distance in (1, 2, 3):
        if at + distance < len(lines):
            if squashed[at + distance] in stops and squashed[at + distance] != key:
                break
            line = lines[at + distance]
            if len(line) <= 120 and _DIGIT_RE.search(line) and find_date(line) is not None:
                return distance
    # a date line just above it (a CMS that prints the date first) counts as a far one
    above = lines[at - 1] if at > 0 else ""
    if len(above) <= 120 and _DIGIT_RE.search(above) and find_date(above) is not None:
        return DATE_ABOVE
    return None


DATE_ABOVE = 2  # _dateline_distance of a date line just above: worth less than one under


FOOTER_LINES = 2  # the page's last lines: its footer, whatever the markup calls it


def _up_the_site(href: str, url: str) -> bool:
    """True when a link leads up this page's path (the site's home, the section): where a
    logo or a site name links to. A link to a page beside or below it is another page."""
    target = urlparse(web_join(url, href) or href)
    here = urlparse(url)
    if target.netloc and here.netloc and target.netloc != here.netloc:
        return False
    path = target.path.rstrip("/")
    return not path or path in ("/index.php", "/index.html") or here.path.startswith(path + "/")


def _furniture_text(element: etree._Element, url: str) -> str:
    """An element's text without the links it holds to other pages (a header ticker's
    latest headlines, this one among them, are not the site's name)."""
    if not url:
        return _squash(element.text_content())
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "a" and node.get("href") and not _up_the_site(node.get("href", ""), url):
            parts.append(node.tail or "")
            return
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            else:
                parts.append(child.tail or "")
        parts.append(node.tail or "")

    walk(element)
    return _squash(" ".join(parts[:-1]))  # the element's own tail is outside it


def site_names(
    root: etree._Element, og_site_name: str, page_title: str, lines: list[str] | None = None,
    url: str = "",
) -> set[str]:  # fmt: skip
    """Strings that name the site, not the article: og:site_name, and the parts of the
    ``<title>`` that the site's own furniture (logo, brand, footer) repeats. The page's
    last lines count as its footer even when no class says so (generated class names,
    bare tables): an address line there names the site, never the article."""
    names = {n for n in (_squash(og_site_name),) if n}
    furniture = " ".join(
        _furniture_text(e, url) + " " + " ".join(i.get("alt", "") for i in e.iter("img"))
        for e in root.iter()
        if isinstance(e.tag, str)
        and e.tag not in ("body", "html")
        and (e.tag == "footer" or (_attrs(e).strip() and _SITE_REGION_RE.search(_attrs(e))))
    )
    parts = {_squash(p) for p in [page_title, *_TITLE_SEPARATORS.split(page_title)]}
    # a last line that is only a <title> part is the text's copy of its headline (a short
    # article), not a footer: footers name the site among an address or a copyright
    tail = [line for line in (lines or [])[-FOOTER_LINES:]
            if len(line) <= 300 and _squash(line) not in parts]  # fmt: skip
    furniture = " ".join([furniture, *tail])
    for part in [page_title, *_TITLE_SEPARATORS.split(page_title)]:
        part = _squash(part)
        if part and len(part) >= 4 and part in furniture:
            names.add(part)
    return names


STRONG_HEADLINE = 4.0  # score: evidence beyond the markup (agreement, a date line under it)
TOLD_HEADLINE = 30  # characters: a <title> part this long, not the site's name, is a headline


def _title_from_evidence(hint: str, evidence: tuple[str, ...], names: set[str]) -> str:
    """The headline as the page's metadata states it, when it needs no visible text: a
    part of ``<title>``/``og:title`` that the listing's link text agrees with, else (no
    listing) the ``og:title``/``<title>`` without the site's name around it, when what is
    left has a headline's length."""
    whole = [e for e in (_squash(x) for x in evidence) if e and e not in names]
    if hint:
        cut = hint.rstrip(".…").rstrip()
        for raw in whole:
            for part in [raw, *(_squash(x) for x in _TITLE_SEPARATORS.split(raw))]:
                if part == hint or (len(cut) >= 15 and part.startswith(cut)):
                    return part
        return ""
    for raw in whole:
        text = _strip_names(raw, names)
        if _BOX_LABEL_RE.match(text) or len(text) < TOLD_HEADLINE:
            continue
        if text != raw or not any(n in raw for n in names):
            parts = [_squash(p) for p in _TITLE_SEPARATORS.split(text)]
            if text == raw and len([p for p in parts if len(p) >= TOLD_HEADLINE]) > 1:
                return max(parts, key=len)  # "site - headline", the site unknown
            return text
    return ""


def _strip_names(text: str, names: set[str]) -> str:
    """``text`` without a site name before or after it (and the separator joining them)."""
    for name in sorted(names, key=len, reverse=True):
        if text.endswith(name) and text != name:
            text = text[: -len(name)].rstrip().rstrip(_SEPARATOR_CHARS).rstrip()
        if text.startswith(name) and text != name:
            text = text[len(name) :].lstrip().lstrip(_SEPARATOR_CHARS).lstrip()
    return text


def _header_block(text: str, candidates: dict[str, _Headline]) -> bool:
    """True when a text is another candidate with a date line beside it (an article
    header block "วันอังคาร, 23 สิงหาคม 2016 <headline> เขียนโดย ...", its class saying
    "header"): the headline is the candidate inside it, not the block."""
    if not _DIGIT_RE.search(text):
        return False
    for other in candidates:
        if len(other) >= MIN_LINKED_HEADLINE and other != text and other in text:
            rest = text.replace(other, " ")
            if _DIGIT_RE.search(rest) and find_date(rest) is not None:
                return True
    return False


def pick_title(
    root: etree._Element, og_title: str, ld_title: str, h1: str, page_title: str,
    site_name: str = "", hint_title: str = "", not_titles: frozenset[str] = frozenset(),
    lines: list[str] | None = None, url: str = "",
) -> str:  # fmt: skip
    """The headline: the candidate text the most evidence agrees with (module docstring).

    Evidence: the listing's link text, ``og:title``/JSON-LD/``<title>`` holding it with at
    most a site name around it, a heading, a breadcrumb's last item, an image's alt, a date
    line just under it. A text the site's own furniture repeats (the site name) or one
    inside a link (another article) never wins.
    """
    lines = lines if lines is not None else _page_lines(root)
    names = site_names(root, site_name, page_title, lines, url) | not_titles
    candidates = _headline_candidates(root, (hint_title, og_title, ld_title, page_title), url)
    headings = frozenset(
        "".join(t.split())
        for t, c in candidates.items()
        if c.kinds & {"h1", "heading", "agree", "field"}
    )
    hint = _squash(hint_title)
    # candidates in the declared main region: a page that has one shows where its text is
    in_main = sum(1 for c in candidates.values() if c.in_main and not c.site)
    best: tuple[float, int, int] | None = None
    chosen = ""
    for text, entry in candidates.items():
        if text in names or (entry.site and "crumb" not in entry.kinds):
            continue
        if _header_block(text, candidates):
            continue
        score = 0.0
        if hint:
            cut = hint.rstrip(".…").rstrip()  # listings cut long headlines ("...")
            if text == hint:
                score += 10
            elif affix_of(hint, text) or (len(cut) >= 15 and cut != hint and text.startswith(cut)):
                score += 6
        for evidence in (og_title, ld_title, page_title):
            evidence = _squash(evidence)
            if evidence and evidence not in names and affix_of(evidence, text):
                score += 4
        score += {"field": 3, "h1": 2, "heading": 1, "class": 1, "bold": 0.5}.get(
            next((k for k in ("field", "h1", "heading", "class", "bold") if k in entry.kinds), ""),
            0,
        )
        score += 2 if "crumb" in entry.kinds else 0
        score += 1 if "alt" in entry.kinds else 0
        if entry.kinds <= {"alt"} and score < 4:
            continue  # an image's alt alone is no headline (logos, photos)
        distance = _dateline_distance(lines, text, headings)
        score += 4 - distance if distance else 0
        score += 1 if len(text) >= 30 else 0
        # a page that declares its main region puts the headline there, not in its header
        others_in_main = in_main - (0 if entry.site else 1)
        score += 3 if entry.in_main and others_in_main > 0 else 0
        if score <= 0:
            continue
        rank = (score, len(text), -entry.order)
        if best is None or rank > best:
            best, chosen = rank, text
    ld = _squash(ld_title)
    if ld and ld != chosen and ld in candidates and ld not in names and not hint:
        # the Article's own headline field, shown on the page, outweighs an og:title or a
        # <title> that a misconfigured theme fills with the site's name
        return ld
    told = _title_from_evidence(hint, (og_title, ld_title, page_title), names)
    if told and told != chosen and (best is None or best[0] < STRONG_HEADLINE):
        return told  # no visible text has the evidence a headline has; the <title> has
    if chosen:
        return chosen
    if ld_title:
        return _squash(ld_title)
    if h1 and h1 not in names:
        return h1
    if og_title:
        return strip_site_name(og_title, [])
    return strip_site_name(page_title, [])


_JUNK_TAGS = {"script", "style", "noscript", "template", "iframe", "nav", "aside", "footer",
              "select", "button", "input", "textarea", "svg", "canvas", "object", "embed",
              "map", "form-hidden", "label", "marquee"}  # fmt: skip
_BOILERPLATE_ATTR_RE = re.compile(
    r"comment|\bcmts?\b|cmt-|related|sidebar|side-?col|\bside\b|widget|share|social|"
    r"breadcrumb|crumb|\bmenu|menu\b|leftmenu|rightmenu|navbar|\bnav\b|footer|\bfoot\b|"
    r"\btags?\b|tag-?cloud|popular|banner|advert|\bads?\b|pagination|pager|read-?more|"
    r"\bprint\b|login|search|subscribe|newsletter|cookie|rating|author-?box|\bprev\b|\bnext\b",
    re.I,
)
_CONTENT_ATTR_RE = re.compile(r"content|article|main|post|entry|body|text|detail|story", re.I)
# Headings of page boxes that are not the article (Thai and English labels).
_BOX_LABEL_RE = re.compile(
    r"^(?:ข่าว(?:ที่)?เกี่ยวข้อง|ข่าวล่าสุด|ข่าวเด่น|ข่าวยอดนิยม|ข่าวอื่น\s?ๆ|ข่าวแนะนำ|"
    r"ข่าวน่าสนใจ|ข่าวสารล่าสุด|ข่าวประชาสัมพันธ์ล่าสุด|เรื่อง(?:ที่)?เกี่ยวข้อง|"
    r"(?:ประกาศ|กิจกรรม|บทความ|เรื่อง)อื่น\s?ๆ|เอกสารแนบ|ไฟล์แนบ|attachments?|"
    r"บทความ(?:ที่)?เกี่ยวข้อง|อ่านข่าวอื่น|ความคิดเห็น|แสดงความคิดเห็น|ความเห็น|"
    r"เมนูหลัก|เมนู|ลิงก์ที่เกี่ยวข้อง|ลิงค์ที่เกี่ยวข้อง|หน่วยงานที่เกี่ยวข้อง|แท็ก|"
    r"comments?|related|popular|latest news|most read|tags?)",
    re.I,
)
_BLOCK_NAMES = _BLOCK_TAGS | {"td", "th", "dd", "dt", "main", "center", "figure", "figcaption",
                              "address", "nav", "aside", "form", "fieldset", "dl", "tbody",
                              "thead", "caption"}  # fmt: skip


def _drop(element: etree._Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _text_len(text: str) -> int:
    return len("".join(text.split()))


def _link_len(element: etree._Element) -> int:
    return sum(_text_len(a.text_content()) for a in element.iter("a"))


def strip_furniture(root: etree._Element, headline: str) -> etree._Element:
    """A copy of the page without navigation, sidebars, share bars, comments, footers."""
    root = copy.deepcopy(root)
    body = root.find(".//body")
    body = body if body is not None else root
    total = max(1, _text_len(body.text_content()))
    key = "".join(headline.split())

    def holds_headline(element: etree._Element) -> bool:
        return bool(key) and key in "".join(element.text_content().split())

    doomed: list[etree._Element] = []
    for element in body.iter():
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:
            doomed.append(element)  # comments, processing instructions
            continue
        if tag in _JUNK_TAGS or (tag == "header" and not holds_headline(element)):
            doomed.append(element)
            continue
        attrs = _attrs(element)
        if attrs.strip() and _BOILERPLATE_ATTR_RE.search(attrs):
            share = _text_len(element.text_content()) / total
            generic = not _CONTENT_ATTR_RE.search(attrs) or share < 0.3
            if generic and (not holds_headline(element) or share < 0.05):
                doomed.append(element)
    for element in doomed:
        _drop(element)
    # boxes introduced by a label heading ("ข่าวที่เกี่ยวข้อง", "ความคิดเห็น", ...)
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        text = _squash(element.text_content())
        if not text or len(text) > 40 or not _BOX_LABEL_RE.match(text):
            continue
        box = element
        while box.getparent() is not None and box.getparent() is not body:
            parent = box.getparent()
            if _text_len(parent.text_content()) > _text_len(text) * 1.5:
                box = parent
                break
            box = parent
        share = _text_len(box.text_content()) / total
        if share < 0.5 and not holds_headline(box) and box is not body:
            _drop(box)
    return root


def _own_text(element: etree._Element) -> tuple[int, int]:
    """(characters, characters inside links) of an element's text outside its child blocks."""
    chars = _text_len(element.text or "")
    links = chars if element.tag == "a" else 0
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _BLOCK_NAMES:
            size = _text_len(child.text_content())
            chars += size
            links += size if tag == "a" else _link_len(child)
        chars += _text_len(child.tail or "")
    return chars, links


def _drop_field_tables(container: etree._Element) -> None:
    """Tables of labelled fields ("วันที่ประกาศ : ...", "หน่วยงาน : ...", "เข้าชม : ...")
    describe the article; they are not its text."""
    for table in list(container.iter("table")):
        rows = [r for r in table.iter("tr")]
        if not rows or table.getparent() is None:
            continue
        labelled = 0
        for row in rows:
            cells = [c for c in row if c.tag in ("td", "th")]
            label = _squash(cells[0].text_content()) if cells else ""
            if len(cells) == 2 and len(label) <= 30 and label.endswith(":"):
                labelled += 1
        if labelled == len(rows):
            _drop(table)


def _drop_link_lists(container: etree._Element) -> None:
    """Lists of links inside the main text (related news, tag clouds) go."""
    for element in list(container.iter()):
        if element is container or not isinstance(element.tag, str):
            continue
        if element.tag not in _BLOCK_NAMES or element.getparent() is None:
            continue
        text = _text_len(element.text_content())
        anchors = list(element.iter("a"))
        if text and len(anchors) >= 2 and _link_len(element) / text > 0.6:
            _drop(element)


MIN_PARAGRAPH = 20  # characters (no spaces) for a block to count as article text


def _drop_header(container: etree._Element, headline: str, dateline: str | None) -> bool:
    """When the main container holds the article header (a heading with the headline),
    the heading and the date line element are not article text. True when it held one."""
    heads = [h for h in container.iter("h1", "h2", "h3") if _squash(h.text_content()) == headline]
    if not headline or not heads:
        return False
    for head in heads:
        _drop(head)
    if dateline:
        for element in list(container.iter()):
            if (
                isinstance(element.tag, str)
                and element is not container
                and element.getparent() is not None
                and _squash(element.text_content()) == dateline
            ):
                _drop(element)
                break
    return True


def _same_wrapper(element: etree._Element, other: etree._Element) -> bool:
    """Two siblings made by one template (same tag, same classes): a site builder that
    wraps every paragraph in its own box (Google Sites) splits the text over them, and a
    short lead paragraph is text as much as the longest one."""
    return (
        element.tag == other.tag
        and bool(element.get("class"))
        and (element.get("class") == other.get("class"))
    )


def _wrapped_paragraphs(
    top: etree._Element, scores: dict[etree._Element, float]
) -> list[etree._Element]:
    """When the best block sits in a wrapper repeated for every paragraph (one template
    box per paragraph), all the wrappers holding text, in page order; else []."""
    lifted = top
    for _ in range(3):
        up = lifted.getparent()
        if up is None:
            return []
        scored = [c for c in up if scores.get(c, 0)]
        twins = [c for c in scored if c is not lifted and _same_wrapper(c, lifted)]
        if twins:
            return [c for c in scored if c is lifted or c in twins]
        if len(scored) > 1:
            return []
        lifted = up
    return []


def _before_headline(body: etree._Element, headline: str) -> set[etree._Element]:
    """The elements that end before the headline's own element starts, when the headline
    stands in the page as an element of its own (none when it does not)."""
    key = "".join(headline.split())
    if not key:
        return set()
    order = list(body.iter())
    at = None
    for index, element in enumerate(order):
        own = "".join((element.text or "").split()) if isinstance(element.tag, str) else ""
        # only an element whose own text opens the headline can be it (cheap on deep pages)
        if own and key.startswith(own) and "".join(element.text_content().split()) == key:
            if element.tag == "a" or _in_link(element):
                continue  # another article of the same name, in a box: not where it stands
            at = index
            break
    if at is None:
        return set()
    ancestors = set(order[at].iterancestors())
    return {e for e in order[:at] if e not in ancestors}


def main_text(root: etree._Element, headline: str = "", dateline: str | None = None) -> str:
    """The main text of a page already stripped of furniture ('' when none is found)."""
    return _main_text(root, headline, dateline)[0]


def _main_text(
    root: etree._Element, headline: str = "", dateline: str | None = None
) -> tuple[str, bool]:
    """``main_text`` and whether the text's container held the article's header (a
    heading with the headline, or the headline above the text's own copy of it): then a
    date line in the text is the header's, else it is the text's own."""
    body = root.find(".//body")
    body = body if body is not None else root
    if _before_headline(body, headline):
        # what stands above the headline (a slider or box of other articles) is not its
        # text: a copy of the page without it
        root = copy.deepcopy(root)
        body = root.find(".//body")
        body = body if body is not None else root
        before = _before_headline(body, headline)
        for element in [e for e in before if e.getparent() not in before]:
            _drop(element)
    blocks: list[tuple[etree._Element, int]] = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCK_NAMES | {"body"}:
            continue
        chars, links = _own_text(element)
        if chars >= MIN_PARAGRAPH and links / chars < 0.4:
            blocks.append((element, chars - links))
    if not blocks:
        return "", False
    # readability-style: a paragraph credits itself and its parent fully, its grandparent
    # half; the deepest of equal scores wins (text in one cell beats the row holding it)
    scores: dict[etree._Element, float] = {}
    depth: dict[etree._Element, int] = {}
    for element, size in blocks:
        target: etree._Element | None = element
        for weight in (1.0, 1.0, 0.5):
            if target is None:
                break
            scores[target] = scores.get(target, 0.0) + size * weight
            target = target.getparent()
    for element in scores:
        depth[element] = sum(1 for _ in element.iterancestors())
    top = max(scores, key=lambda e: (scores[e], depth[e]))
    chosen = [top]
    parent = top.getparent()
    if parent is not None:  # text split over sibling containers
        chosen = [c for c in parent if c is top or scores.get(c, 0) >= 0.3 * scores[top]]
    chosen = _wrapped_paragraphs(top, scores) or chosen
    texts = []
    key = "".join(headline.split())
    held = False
    for element in chosen:
        element = copy.deepcopy(element)
        held = _drop_header(element, headline, dateline) or held
        _drop_field_tables(element)
        _drop_link_lists(element)
        texts.append(block_text(Selector(root=element)))
    text = "\n".join(t for t in texts if t)
    # a flat layout: its header's headline and the text's own copy of it
    copies = sum("".join(line.split()) == key for line in text.split("\n")) if key else 0
    return text, held or copies >= 2


def _opening_line(text: str, headline: str) -> str:
    """The first line of a text after the copy of its headline (and the short header
    lines above that copy), else its first line."""
    key = "".join(headline.split())
    lines = text.split("\n")
    copies = [i for i, line in enumerate(lines[:HEADER_LINES]) if "".join(line.split()) == key]
    rest = lines[copies[-1] + 1 :] if copies else lines
    return rest[0] if rest else ""


def drop_leading(body: str, headline: str) -> str:
    """Drop the headline when the main text starts with it (the container held the header).

    A date line under it stays: thaigov bodies open with their own date line, and that is
    text as published (the date stage reads it).
    """
    lines = body.split("\n")
    key = "".join(headline.split())
    while lines and key and "".join(lines[0].split()) == key:
        lines.pop(0)
    return "\n".join(lines)


_DATE_LABEL_RE = re.compile(
    r"^[\s(\[]*(?:ข่าว\s?)?(?:ณ\s?)?(?:ประจำ)?(?:วันที่|เผยแพร่|โพสต์?เมื่อ|โพสต์|ประกาศ|ลงวันที่|ลงข่าว|วันที่ลงข่าว|"
    r"วันที่ประกาศ|วันที่เผยแพร่|เขียนเมื่อ|posted|published|date)",
    re.I,
)
# A line that dates what the article tells of, not the article: an event's, a deadline's.
# Next to the headline it loses to any other date line there.
_EVENT_LABEL_RE = re.compile(
    r"^[\s(\[]*(?:วันที่|วัน|กำหนด)?\s?(?:จัด(?:กิจกรรม|งาน|ประชุม|อบรม)?|กิจกรรม|งาน|ประชุม|อบรม|"
    r"สอบ|รับสมัคร|หมดเขต|ปิดรับ|เปิดรับ|เริ่ม|สิ้นสุด|ระหว่าง(?:วันที่)?|กำหนดการ|"
    r"event|deadline|starts?|ends?)",
    re.I,
)
# A byline of fields, "โดย admin | 5 มีนาคม 2020 | ข่าว": the author, then the date among
# separators; a theme may print it under the text, far from the headline.
_BYLINE_RE = re.compile(r"^\s*(?:โดย|เขียนโดย|by|posted by)\s?[^|·•\s]{1,40}\s?[|·•]", re.I)
_MODIFIED_LABEL_RE = re.compile(r"ปรับปรุง|แก้ไข|อัปเดต|อัพเดท|อัพเดต|updated|modified|last", re.I)


_COUNTER_LINE_RE = re.compile(
    r"(?:👁|เปิดอ่าน|จำนวนผู้อ่าน|ผู้อ่าน|อ่าน|ผู้เข้าชม|เข้าชม|จำนวนผู้เข้าชม|ฮิต|views?|hits?|"
    r"viewed)\s*:?\s*[\d,]+\s*(?:ครั้ง|คน|views?|times)?",
    re.I,
)


HEADER_LINES = 8  # short lines a flat layout may put above the headline in the text


def trim_header(body: str, headline: str, dateline: str | None) -> str:
    """The article header left in the main text of a flat layout (a section label, the
    headline, the date line, a view counter above the text) goes; a line that is only a
    view counter goes anywhere."""
    lines = body.split("\n")
    key = "".join(headline.split())
    # a CMS's article-info block (category, author, print/e-mail links) may come first
    for index in range(min(HEADER_LINES, len(lines))):
        if key and "".join(lines[index].split()) == key:
            if all(len(line) <= 60 for line in lines[:index]):
                lines = lines[index + 1 :]
            break
    return "\n".join(
        line for line in lines
        if not (len(line) <= 40 and _COUNTER_LINE_RE.fullmatch(line.strip()))
        and not (dateline and line == dateline and len(line) <= 120)
    )  # fmt: skip


_SITE_FOOTER_RE = re.compile(
    r"copyright|©|&copy;|สงวนลิขสิทธิ์|all rights reserved|ปรับปรุงเว็บไซต์|best view|powered by",
    re.I,
)


_POSTED_LINE_RE = re.compile(
    r"^[\s(\[]*(?:ลงวันที่|โพสต์?เมื่อ|โพสต์|เผยแพร่(?:เมื่อ)?|วันที่ลงข่าว|ลงข่าว|posted|published)",
    re.I,
)
POSTED_LINE = 60  # characters: a "posted on" line under the text is no longer than this


def trim_footer(body: str) -> str:
    """Lines at the end of the main text that are the site's footer (copyright, "last
    updated", "best viewed with") go, when a layout without a footer element left them;
    so does a short "posted on" line the CMS prints under the text (ลงวันที่ ..., a view
    counter) -- an announcement's own "ประกาศ ณ วันที่" signature stays."""
    lines = body.split("\n")
    while lines and (
        (len(lines[-1]) <= 300 and _SITE_FOOTER_RE.search(lines[-1]))
        or (len(lines[-1]) <= POSTED_LINE and _POSTED_LINE_RE.match(lines[-1])
            and find_date(lines[-1]) is not None)
        or (len(lines[-1]) <= 40 and _COUNTER_LINE_RE.search(lines[-1]))
    ):  # fmt: skip
        lines.pop()
    return "\n".join(lines)


def _before_modified(line: str) -> str:
    """A line without its "last updated" part: a byline "เผยแพร่ 05/03/2567 — แก้ไขล่าสุด
    12/03/2567" states the published day before the label; a line that starts with the
    label states only the modified day ('')."""
    match = _MODIFIED_LABEL_RE.search(line)
    if match is None:
        return line
    before = line[: match.start()].rstrip(" -—–|,(")
    return before if _DIGIT_RE.search(before) else ""


ARTICLE_LINES = 60  # lines under the headline where its text and its own date lines are


def _labelled_below(lines: list[str], at: int, key: str) -> str | None:
    """A labelled date line ("ข่าว ณ วันที่ ...", "โพสต์เมื่อ ...") under the headline, in the
    article's lines: it beats a bare date above the headline, which may be the site's
    header printing today's date (the crawl's day, on every page)."""
    for line in lines[at + 1 : at + 1 + ARTICLE_LINES]:
        if len(line) > 120 or key in "".join(line.split()) or not _DATE_LABEL_RE.match(line):
            continue
        if _EVENT_LABEL_RE.match(line) or _MODIFIED_LABEL_RE.search(line):
            continue
        if find_date(line) is not None:
            return line
    return None


def find_dateline(lines: list[str], headline: str) -> str | None:
    """The line stating the article's date, by preference: the nearest short dated line
    next to the headline (up to six lines under it, three above; at the same distance a
    labelled one, "วันที่ ...", "ประกาศ ...", wins); else the labelled short date line
    nearest after the headline anywhere (some sites print it under the text: "ข่าวประจำวันที่
    ..."); else running text near the headline that mentions a day. Never a "last updated"
    line, never the headline itself (a headline may name a day)."""
    key = "".join(headline.split())
    squashed = ["".join(line.split()) for line in lines]
    places: list[int] = []
    running: list[str] = []
    if key:
        # the headline's lines, a labelled one too ("เรื่อง : <headline>"), in page order
        places = [i for i, line in enumerate(squashed)
                  if line == key or (key in line and len(line) <= len(key) + 20)]  # fmt: skip
        places = places or [i for i, line in enumerate(squashed) if key in line]  # a breadcrumb
        for at in places[:3]:
            found: list[tuple[int, bool, bool, str]] = []
            around = [*range(at + 1, min(len(lines), at + 7)), *range(at - 1, max(-1, at - 4), -1)]
            for index in around:
                line = lines[index]
                if key in squashed[index] or len(line) > 300:
                    continue
                # a short byline may state the published day before "แก้ไขล่าสุด ..."
                line = _before_modified(line) if len(line) <= 120 else line
                if not line or (len(line) > 120 and _MODIFIED_LABEL_RE.search(line)):
                    continue
                if _DIGIT_RE.search(line) and find_date(line) is not None:
                    if len(line) > 120:
                        running.append(line)
                        continue
                    labelled = bool(_DATE_LABEL_RE.match(line))
                    event = bool(_EVENT_LABEL_RE.match(line))
                    found.append((event, abs(index - at), not labelled, index < at, line))
            if found:
                best = min(found)
                if best[3] and best[2]:  # unlabelled, above the headline: maybe the site's clock
                    return _labelled_below(lines, at, key) or best[-1]
                return best[-1]
    start = places[0] if places else 0
    labelled_lines = [
        (bool(_EVENT_LABEL_RE.match(line)), index < start, abs(index - start), line)
        for index, line in ((i, _before_modified(raw)) for i, raw in enumerate(lines))
        if len(lines[index]) <= 120
        and (_DATE_LABEL_RE.match(line) or _BYLINE_RE.match(line))
        and find_date(line) is not None
    ]  # fmt: skip
    if labelled_lines:
        return min(labelled_lines)[-1]
    return running[0] if running else None


HEADER_DATELINE = 5  # lines above the text where the page's own date line may stand


def header_dateline(
    lines: list[str], opening: str | None, headline: str, headline_in_text: bool = True
) -> str | None:
    """The page's date line just above the text, when the text opens with a date line
    of its own (a transcript's "วันพุธที่ 25 ..." under the page's "วันพฤหัสบดี ที่ 26
    ..."): the page states when it was published, the text what day it tells of."""
    if not opening or opening not in lines:
        return None
    key = "".join(headline.split())
    at = lines.index(opening)
    for index in range(at - 1, max(-1, at - 1 - HEADER_DATELINE), -1):
        line = lines[index]
        if key and key in "".join(line.split()):
            if not headline_in_text:
                return None  # the page's own headline: a date above it is not under it
            continue  # the text's copy of the headline
        if len(line) > 120:
            return None  # running text above: no header here
        line = _before_modified(line)
        if line and _DIGIT_RE.search(line) and find_date(line) is not None:
            return line
    return None


def footer_dateline(lines: list[str], closing: str) -> str | None:
    """A labelled date line just under the text ("วันที่ 06/04/65" printed after it), for
    a text that opens with a date line of its own."""
    if not closing or closing not in lines:
        return None
    at = len(lines) - 1 - lines[::-1].index(closing)
    for line in lines[at + 1 : at + 1 + HEADER_DATELINE]:
        line = _before_modified(line)
        labelled = _DATE_LABEL_RE.match(line) or _BYLINE_RE.match(line)
        if len(line) <= 120 and labelled and find_date(line) is not None:
            return line
    return None


def drop_headline_links(root: etree._Element, headline: str, url: str = "") -> None:
    """Links whose text is the headline but lead elsewhere (another article of the same
    name in a side box) are not where the headline stands; a link to the page itself (a
    theme's linked title) is."""
    key = "".join(headline.split())
    if not key:
        return
    links = [a for a in root.iter("a") if "".join(a.text_content().split()) == key]
    if not links:
        return
    here = url.split("#")[0].rstrip("/")
    for link in links:
        target = (web_join(url, link.get("href")) or "").split("#")[0].rstrip("/")
        if link.getparent() is not None and target != here:
            _drop(link)


FOREIGN_HEADLINE = 20  # characters (no spaces): a link text this long names an article
LINKED_DATE = 45  # characters (no spaces): a link text this short with a date is a date


def drop_foreign_headlines(root: etree._Element, url: str = "") -> None:
    """Links to other pages with a headline's length (latest-news boxes, marquees of
    links) go before the date line is looked for: "... ช่วงวันที่ 1 มกราคม 2562" in another
    article's headline just above this one's is not this article's date. A date linked to
    the page itself (a blog's permalink timestamp) or to a day's archive stays."""
    here = url.split("#")[0].rstrip("/")
    for link in list(root.iter("a")):
        size = _text_len(link.text_content())
        if link.getparent() is None:
            continue
        if _READ_MORE_RE.fullmatch(_squash(link.text_content())):
            target = (web_join(url, link.get("href")) or "").split("#")[0].rstrip("/")
            if target and target != here:
                _drop(_teaser_block(link))  # another article's card: heading, date, "อ่านต่อ"
            continue
        if size < FOREIGN_HEADLINE:
            continue
        if size <= LINKED_DATE and find_date(link.text_content()) is not None:
            continue  # "วันพุธที่ 4 กันยายน 2562" linked to /2019/09/04/
        if _AUTHOR_BEFORE_RE.search(_text_before(link)):
            continue  # "ประกาศเมื่อ 5 มี.ค. 2567 โดย <a>ประชาสัมพันธ์จังหวัด</a>": an author
        target = (web_join(url, link.get("href")) or "").split("#")[0].rstrip("/")
        if target and target != here:
            _drop(_dated_item(link, size))


_AUTHOR_BEFORE_RE = re.compile(r"(?:โดย|เขียนโดย|ผู้เขียน|ผู้ประกาศ|\bby)\s*:?\s*$", re.I)


def _text_before(link: etree._Element) -> str:
    """The text just before a link in its parent (the previous sibling's tail, else the
    parent's text)."""
    previous = link.getprevious()
    if previous is not None:
        return previous.tail or ""
    parent = link.getparent()
    return (parent.text or "") if parent is not None else ""


TEASER = 400  # characters (no spaces): a card with a "read more" link holds no more


def _teaser_block(link: etree._Element) -> etree._Element:
    """The card a "read more" link closes: the smallest block around it holding more
    text than the link, when that is a card's size; else the link alone."""
    own = _text_len(link.text_content())
    for item in link.iterancestors():
        if item.tag in ("body", "html") or item.getparent() is None:
            break
        size = _text_len(item.text_content())
        if size > own:
            return item if size <= TEASER else link
    return link


def _dated_item(link: etree._Element, size: int) -> etree._Element:
    """The row of a list of other articles that holds ``link``, when the rest of that row
    is only its date (``<h2><a>headline</a></h2><p>5 มี.ค. 2567</p>``): that date is the
    other article's, so it goes with the link; else the link alone."""
    own = set(link.itertext())
    for item in link.iterancestors():
        if item.tag in ("body", "html") or item.getparent() is None:
            break
        extra = _text_len(item.text_content()) - size
        if extra <= 0:
            continue
        rest = " ".join(t for t in item.itertext() if t not in own)
        if extra <= LINKED_DATE and find_date(rest) is not None:
            return item
        break
    return link


def _dates_other_article(element: etree._Element, url: str) -> bool:
    """True when a date element (``<time>``) belongs to another article: the smallest
    block around it holding more than the date is mostly a link to another page (a row of
    a latest-news box: headline link + date)."""
    own = _text_len(element.text_content())
    here = url.split("#")[0].rstrip("/")
    for item in element.iterancestors():
        if item.tag in ("body", "html"):
            return False
        size = _text_len(item.text_content())
        if size <= own:
            continue
        foreign = 0
        for link in item.iter("a"):
            target = (web_join(url, link.get("href")) or "").split("#")[0].rstrip("/")
            if target and target != here:
                foreign += _text_len(link.text_content())
        return foreign >= FOREIGN_HEADLINE and foreign * 2 >= size - own
    return False


def neighbour_dates(lines: list[str], dateline: str | None, limit: int = 12) -> list[str]:
    """Short lines elsewhere on the page that carry a date with its year (related news,
    side boxes): the context that gives a year-less date line its year."""
    found: list[str] = []
    for line in lines:
        if line == dateline or len(line) > 160 or not _DIGIT_RE.search(line):
            continue
        value, has_year = find_date_detail(line)
        if value is not None and has_year:
            found.append(line)
            if len(found) >= limit:
                break
    return found


_NOT_CONTENT_IMAGE_RE = re.compile(
    r"logo|icon|banner|button|btn|spacer|blank|pixel|avatar|emoji|print|pdf_|share|"
    r"facebook|twitter|line\.|arrow|bullet|loading|captcha|counter|stat",
    re.I,
)
IMAGE_ONLY_TEXT = 200  # characters (no spaces): less text than this beside pictures


def content_images(stripped: etree._Element, base_url: str, headline: str) -> list[str]:
    """The article's own pictures: images of the page without its furniture, from the
    headline on, that are not logos, icons, buttons or counters."""
    body = stripped.find(".//body")
    body = body if body is not None else stripped
    key = "".join(headline.split())
    started = not key
    found: list[str] = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if not started:
            own = "".join((element.text or "").split())
            if key and ((own and key in own) or key == "".join((element.get("alt") or "").split())):
                started = True
            continue
        if element.tag != "img":
            continue
        src = element.get("data-src") or element.get("src") or ""
        label = f"{src} {element.get('class') or ''} {element.get('id') or ''}"
        if not src or _NOT_CONTENT_IMAGE_RE.search(label):
            continue
        width = element.get("width") or ""
        if width.isdigit() and int(width) < 100:
            continue
        url = web_join(base_url, src)
        if url and url not in found:
            found.append(url)
    return found[:50]


def jsonld_objects(selector: Selector) -> list[dict]:
    found: list[dict] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, or nested past Python's stack
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


# Compiled once with the name as a variable: ``selector.xpath(f"...{name}...")`` compiled the
# expression again at every call, ~7 a page (issue 17, eighth pass). Evaluated on the
# selector's root as parsel evaluates ``selector.xpath``, plain strings as parsel asks for.
_META_CONTENT = etree.XPath(
    "//meta[@property=$name or @name=$name or @itemprop=$name]/@content", smart_strings=False
)


def meta_content(selector: Selector, *names: str) -> str | None:
    root = selector.root
    for name in names:
        found = _META_CONTENT(root, name=name)
        value = found[0] if found else None
        if value and value.strip():
            return value.strip()
    return None


def web_join(base_url: str, raw: str | None) -> str | None:
    """``raw`` made absolute against the page, when the result is an http(s) URL: a page's
    ``javascript:``, ``data:`` or ``file:`` links are never stored (nor a broken host)."""
    if not raw or not isinstance(raw, str):
        return None
    try:
        url = urljoin(base_url, raw.strip())
    except ValueError:
        return None
    return url if is_web_url(url) else None


# What a link (or the page's own URL) must hold to make an attachment: a file extension, or
# a Google Docs viewer whose ``url`` parameter may name one. The joined URL an attachment is
# read from is made of pieces of the link and of the page's URL (after urlsplit drops tabs
# and newlines), so a link whose text and page lack both cannot be one: it is skipped
# before it is joined and parsed, and before its text is read (most of a page's ~10 links;
# 1.64 → 0.45 s of an 806-article crawl under cProfile, issue 17, sixth pass).
_MAYBE_ATTACHMENT_RE = re.compile(
    r"\.(?:" + "|".join(ATTACHMENT_TYPES) + r")|docs\.google\.com", re.IGNORECASE
)
_URL_DROPPED_RE = re.compile("[\t\r\n]")  # what urlsplit removes anywhere in a URL


def _may_be_attachment(text: str) -> bool:
    return bool(_MAYBE_ATTACHMENT_RE.search(_URL_DROPPED_RE.sub("", text)))


def find_attachments(selector: Selector, base_url: str) -> list[Attachment]:
    seen: dict[str, Attachment] = {}
    every = _may_be_attachment(base_url)  # the page's URL alone may make a link one

    def wanted(raw: object) -> bool:
        return every or (isinstance(raw, str) and _may_be_attachment(raw))

    def add(raw: str | None, title: str = "") -> None:
        url = web_join(base_url, raw)
        if url is None:
            return
        parsed = urlparse(url)
        if "docs.google.com" in parsed.netloc and "url" in parse_qs(parsed.query):
            url = web_join(base_url, parse_qs(parsed.query)["url"][0])
            if url is None:
                return
        match = _ATTACHMENT_RE.search(urlparse(url).path + "?")
        if not match or url in seen:
            return
        seen[url] = Attachment(url=url, title=" ".join(title.split()), type=match.group(1).lower())

    for link in selector.xpath("//a[@href]"):
        if wanted(href := link.attrib["href"]):
            add(href, "".join(link.xpath(".//text()").getall()))
    for attr in ("data-pdf-src", "data-src", "data-file", "data-url"):
        for node in selector.xpath(f"//*[@{attr}]"):
            if wanted(node.attrib[attr]):
                add(node.attrib[attr], node.attrib.get("title", ""))
    for frame in selector.xpath("//iframe/@src | //embed/@src | //object/@data").getall():
        if wanted(frame):
            add(frame)
    return list(seen.values())


_C0_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def extract_article(
    html: str,
    url: str,
    selectors: dict[str, str] | None = None,
    hint_title: str = "",
    not_titles: frozenset[str] = frozenset(),
) -> Extracted:
    """Extract an article page. ``selectors`` may hold title/date/body selectors;
    ``hint_title`` is the link text a listing or feed gave the article (evidence only);
    ``not_titles`` are strings known to name the site (the same "headline" on many pages
    of the source), never the headline."""
    selectors = selectors or {}
    # C0 controls are not allowed in HTML text, and lxml refuses them when text moves
    html = _C0_CONTROLS.sub("", html or "")
    page = Selector(text=html or "<html></html>", type="html")
    result = Extracted()
    ld = jsonld_objects(page)
    article_ld = next(
        (
            o
            for o in ld
            if str(o.get("@type", "")).endswith(("Article", "NewsArticle", "BlogPosting"))
        ),
        ld[0] if ld else {},
    )

    # title: declared selector, else the visible headline the <title>/og:title confirms
    og_title = meta_content(page, "og:title", "twitter:title") or ""
    ld_title = str(article_ld.get("headline") or "")
    h1 = next((t for t in (_squash(" ".join(n.xpath(".//text()").getall()))
                           for n in page.xpath("//h1")) if t), "")  # fmt: skip
    page_title = _squash(" ".join(page.xpath("//title//text()").getall()))
    page_lines: list[str] | None = None
    if selectors.get("title_selector"):
        result.title = " ".join(select_texts(page, selectors["title_selector"])[:1])
    if not result.title:
        page_lines = _page_lines(page.root)  # the whole page as lines: headline evidence
        site_name = _squash(meta_content(page, "og:site_name") or "")
        result.title = pick_title(
            page.root,
            og_title,
            ld_title,
            h1,
            page_title,
            site_name,
            hint_title,
            not_titles,
            page_lines,
            url,
        )

    # dates: structured metadata, then the date line (declared, else next to the headline);
    # a JSON-LD object headed with another name (the section's, the site's) describes
    # another page, and its dates are not this article's
    for key in ("datePublished", "dateCreated"):
        if article_ld.get(key) and ld_names_article(ld_title, result.title):
            result.date_candidates.append(DateCandidate("jsonld", str(article_ld[key])))
    meta_date = meta_content(
        page, "article:published_time", "datePublished", "pubdate", "date", "DC.date.issued"
    )
    if meta_date:
        result.date_candidates.append(DateCandidate("meta", meta_date))
    if selectors.get("date_selector"):
        for text in select_texts(page, selectors["date_selector"])[:1]:
            result.date_candidates.append(DateCandidate("dateline", text))
    for time in page.root.iter("time"):
        if time.get("datetime") and not _dates_other_article(time, url):
            result.date_candidates.append(DateCandidate("meta", time.get("datetime", "")))
            break

    # body: declared selector, else the main text of the page without its furniture
    if selectors.get("body_selector"):
        result.body = "\n".join(select_texts(page, selectors["body_selector"]))
    needs_dateline = not selectors.get("date_selector")
    if not result.body or needs_dateline:
        stripped = strip_furniture(page.root, result.title)
        dateline = None
        if needs_dateline:
            # the whole page, not the stripped one: a date line may sit in a "widget" or
            # "meta" box the furniture rules take for a sidebar
            unlinked = copy.deepcopy(page.root)
            drop_headline_links(unlinked, result.title, url)
            if "".join(result.title.split()) not in "".join(unlinked.xpath("string()").split()):
                unlinked = page.root  # the headline stood only in links
            else:
                drop_foreign_headlines(unlinked, url)
            lines = _page_lines(unlinked)
            dateline = find_dateline(lines, result.title)
            if dateline:
                result.date_candidates.append(DateCandidate("dateline", dateline))
            whole = page_lines if page_lines is not None else _page_lines(page.root)
            for text in neighbour_dates(whole, dateline):
                result.date_candidates.append(DateCandidate("context", text))
        result.images = content_images(stripped, url, result.title)
        if not result.body:
            main, held = _main_text(stripped, result.title, dateline)
            # trafilatura only when no block of text was found at all; an empty page (a
            # soft 404 with only its date line) stays empty
            if main:
                # a date line the text opens with, under a header outside it, is text
                own = not held and _opening_line(main, result.title) == dateline
                key = "".join(result.title.split())
                in_text = any("".join(line.split()) == key for line in main.split("\n"))
                header = header_dateline(lines, dateline, result.title, in_text) if own else None
                if own and not header:
                    header = footer_dateline(lines, main.split("\n")[-1])
                if header:  # ... and the page's own date line is the one above the text
                    result.date_candidates = [
                        DateCandidate("dateline", header)
                        if c.origin == "dateline" and c.value == dateline else c
                        for c in result.date_candidates
                    ]  # fmt: skip
                main = trim_footer(trim_header(main, result.title, None if own else dateline))
                result.body = drop_leading(main, result.title)
                if "\n" not in result.body and len(result.body) <= 60 and find_date(result.body):
                    result.body = ""  # only a date line: an empty page, not an article
            else:
                result.body = (
                    trafilatura.extract(html, url=url, include_comments=False,
                                        include_tables=True, favor_precision=True,
                                        deduplicate=False)
                    or ""
                )  # fmt: skip

    # http(s) only; one on another site is a hint, never the identity (pipelines dedupe)
    result.canonical_url = web_join(url, page.xpath('//link[@rel="canonical"]/@href').get()) or ""
    result.shortlink = web_join(url, page.xpath('//link[@rel="shortlink"]/@href').get()) or ""
    image = meta_content(page, "og:image", "twitter:image")
    if not image:
        ld_image = article_ld.get("image")
        if isinstance(ld_image, dict):
            image = ld_image.get("url")
        elif isinstance(ld_image, list) and ld_image:
            image = ld_image[0] if isinstance(ld_image[0], str) else ld_image[0].get("url")
        elif isinstance(ld_image, str):
            image = ld_image
    result.lead_image = web_join(url, image if isinstance(image, str) else None)
    result.attachments = find_attachments(page, url)
    lang = (page.xpath("/html/@lang").get() or "").split("-")[0].lower()
    result.language = lang if lang in ("th", "en") else detect_language(result.title + result.body)
    if result.title and result.images and _text_len(result.body) < IMAGE_ONLY_TEXT:
        result.form = "images"  # an infographic or photo post: kept, not an empty page
    author = article_ld.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    result.author = str(author) if author else meta_content(page, "author")
    return result


# ------------------------------------------------------------------ one source's site names

REPEATED_TITLE = 3  # pages of one source with the same "headline": it is the site name
MIN_SITE_NAME = 4  # characters: shorter <title> parts ("ข่าว", "TH") name nothing
# <title> parts and headlines a source remembers, the most recently seen: a site name recurs
# on most of its pages and stays; an article's own headline is seen once and ages out. It
# kept every page's, with 2,000 characters of its text: ~5 KB an article, the crawl process
# grew by ~170 MB over a 50,000-article site (bench/RESULTS.md, issue 17). Bounded, the two
# take at most ~2 x 4,096 x 0.5 KB = 4 MB per source. Same names as before while a source's
# run shows fewer distinct titles; past that, a name must recur within 4,096 of them.
SITE_TITLE_MEMORY = 4096


class _Recent(OrderedDict[str, int]):
    """A mapping that forgets its least recently touched keys past ``limit``."""

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = SITE_TITLE_MEMORY if limit is None else limit

    def touch(self, key: str, value: int) -> int:
        """The key's value (``value`` when new); the key becomes the most recent."""
        if key in self:
            self.move_to_end(key)
            return self[key]
        self[key] = value
        if len(self) > self.limit:
            self.popitem(last=False)
        return value


class SourceTitles:
    """What a source's pages have shown of its site name, for ``not_titles``.

    From the first page: the source's configured names (sources.yaml ``name``,
    ``name_en``). From the second: a ``<title>`` (or one of its parts between separators)
    that an earlier page of the source with ANOTHER text carried too -- the same ``<title>``
    over two different articles names the site, not either article (one article under two
    URLs keeps its headline). From the third: a headline picked on REPEATED_TITLE pages.
    A spider keeps one per source; ``extract`` re-reads a page whose headline turned
    out to be one of these names.
    """

    def __init__(self, names: tuple[str, ...] = ()) -> None:
        self.names = {_squash(n) for n in names if len(_squash(n)) >= MIN_SITE_NAME}
        self.headlines = _Recent()  # headline -> pages it was picked on
        # <title> part -> a hash of the first text seen under it (0: an empty text); the
        # hash, not the text: only "another text" is asked, and it is 2,000 characters
        self.title_texts = _Recent()

    def known(self) -> frozenset[str]:
        return frozenset(self.names)

    def extract(
        self, html: str, url: str, selectors: dict[str, str] | None = None, hint_title: str = ""
    ) -> Extracted:
        extracted = extract_article(html, url, selectors, hint_title, self.known())
        before = len(self.names)
        text = _text_key("".join(extracted.body.split())[:2000])
        page_title = _squash(" ".join(Selector(text=html or "<html></html>", type="html")
                                      .xpath("//title//text()").getall()))  # fmt: skip
        for part in {page_title, *_TITLE_SEPARATORS.split(page_title)}:
            part = _squash(part)
            if len(part) < MIN_SITE_NAME:
                continue
            first = self.title_texts.touch(part, text)
            if first != text and text and first:
                self.names.add(part)
        if extracted.title and self.headlines.get(extracted.title, 0) + 1 >= REPEATED_TITLE:
            self.names.add(extracted.title)
        if extracted.title in self.names and len(self.names) > before:
            extracted = extract_article(html, url, selectors, hint_title, self.known())
        self.headlines[extracted.title] = self.headlines.touch(extracted.title, 0) + 1
        return extracted


def _text_key(text: str) -> int:
    """A page text's stand-in for "the same text?": 64 bits of its digest, 0 for no text."""
    if not text:
        return 0
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") or 1
