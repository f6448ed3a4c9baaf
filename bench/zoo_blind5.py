"""The "blind5" half of the template zoo (bench/zoo.py): a fifth set of families written
without the extractor.

Written on 2026-11-30, after the blind, blind2, blind3 and blind4 halves, by someone who
did NOT open, read or grep the extractor or the date and clean code (crawler/extract.py,
crawler/extraction*, pipelines/) nor the scoring internals of bench/extraction.py, and who
never ran any extraction code on these pages: the only check made while writing them
rendered every page and verified, with the standard library's html.parser, that it is
well-formed and holds the article's title, every body line, the intended date and other
articles' dates (tests/test_zoo_blind5_pages.py). Their first measurement
(bench/extraction.py --half blind5, run once by the lead) is the honest "never seen" figure.

Each family imitates a system not yet in the zoo (django CMS, ProcessWire, Kirby,
Statamic, Movable Type, Serendipity, PHP-Nuke, Backdrop CMS, Mura CMS, NukeViet,
Optimizely/Episerver CMS, Sulu) with its real noise: menus, breadcrumbs, share bars, view
counters, cookie banners, boxes of OTHER articles with their headlines and dates before
and after the article, footers with addresses and phones, site clocks; <title>, og: and
JSON-LD right on some sites, absent, partial or wrong on others; and a date format each of
these systems really prints for a Thai site (Django's and ICU's Thai locales with the CE
year, Java's and .NET's th-TH cultures with the Buddhist year, two-digit years, Thai
digits, abbreviated months, weekday prefixes, "เวลา 10.22 น.", English and Vietnamese
dates left untranslated, ISO instants only in attributes, "โพสต์เมื่อ", "ปรับปรุงล่าสุด").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bench.zoo import (
    ABBR,
    EN_MONTHS,
    THAI_MONTHS,
    WEEKDAYS,
    Hints,
    abbr_be,
    body_lines,
    counter,
    day_of,
    esc,
    paragraphs,
    script_json,
    thai_digits,
)
from crawler.demo.corpus import DemoArticle

EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
VI_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _lead(article: DemoArticle, size: int = 120) -> str:
    lines = body_lines(article)
    return lines[0][:size] if lines else ""


# ------------------------------------------------------------------ django CMS


def djangocms_url(article: DemoArticle) -> str:
    return f"https://www.moe.go.th/th/news/{article.number}-pr/"


def _dj_datetime(moment: datetime) -> str:
    # {{ article.publishing_date|date:"DATETIME_FORMAT" }} with LANGUAGE_CODE "th": "j F Y, G:i"
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year}, {moment.hour}:{moment:%M}"


def _dj_short(moment: datetime) -> str:
    # SHORT_DATE_FORMAT of django's th locale: "j M Y", CE year
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year}"


def djangocms_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """django CMS 3 with aldryn-newsblog: <title> "ข่าวสาร | site" (no headline), og:title
    the headline; the page ``h1`` is the CMS page title "ข่าวประชาสัมพันธ์", the article
    headline an ``h2`` inside ``article.article``; the date "5 มีนาคม 2024, 10:22"
    (Django's Thai locale keeps the CE year) in ``p.date``; a "ข่าวล่าสุด" plugin with
    "5 มี.ค. 2024" dates after, the cms toolbar markers and a cookie banner."""
    d = day_of(article)
    latest = "".join(
        f'<li><a href="{djangocms_url(r)}">{esc(r.title)}</a><span class="date">{_dj_short(day_of(r))}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>ข่าวสาร | กระทรวงศึกษาธิการ</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{djangocms_url(article)}">
<meta property="og:description" content="{esc(_lead(article))}">
<link rel="stylesheet" href="/static/css/base.css">
</head>
<body class="cms-page">
<div class="cookie-consent" role="dialog">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a href="/th/privacy/">นโยบายความเป็นส่วนตัว</a> <button type="button">ยอมรับ</button></div>
<header class="site-header"><a class="brand" href="/th/"><img src="/static/img/logo.png" alt="กระทรวงศึกษาธิการ"></a>
<nav class="main-nav"><ul class="nav"><li class="ancestor"><a href="/th/news/">ข่าวสาร</a></li><li><a href="/th/about/">เกี่ยวกับกระทรวง</a></li><li><a href="/th/services/">บริการประชาชน</a></li><li><a href="/th/contact/">ติดต่อเรา</a></li><li><a href="/en/news/{article.number}-pr/">EN</a></li></ul></nav></header>
<div class="container">
<ol class="breadcrumb"><li><a href="/th/">หน้าหลัก</a></li><li><a href="/th/news/">ข่าวสาร</a></li><li class="active">ข่าวประชาสัมพันธ์</li></ol>
<h1 class="page-title">ข่าวประชาสัมพันธ์</h1>
<div class="row"><div class="col-md-9">
<article class="article">
<h2>{esc(article.title)}</h2>
<p class="date">{_dj_datetime(d)}</p>
<p class="categories"><a href="/th/news/category/{article.number % 7}/">{esc(article.category)}</a></p>
<div class="lead">{esc(_lead(article, 80))}…</div>
<div class="article-content">
{paragraphs(article)}
</div>
<div class="social-share"><span>แชร์:</span> <a href="https://www.facebook.com/sharer.php?u={djangocms_url(article)}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={djangocms_url(article)}">LINE</a> <a href="https://twitter.com/intent/tweet?url={djangocms_url(article)}">X</a></div>
</article>
<ul class="pager"><li class="previous"><a href="{djangocms_url(related[0])}">« บทความก่อนหน้า</a></li><li class="next"><a href="{djangocms_url(related[1])}">บทความถัดไป »</a></li></ul>
</div>
<aside class="col-md-3"><div class="plugin-latest"><h3>ข่าวล่าสุด</h3><ul class="latest-articles">{latest}</ul></div>
<div class="plugin-tags"><h3>แท็ก</h3><a href="/th/news/tag/moe/">ศธ.</a> <a href="/th/news/tag/edu/">การศึกษา</a></div></aside>
</div></div>
<footer class="site-footer"><p>กระทรวงศึกษาธิการ 319 วังจันทรเกษม ถนนราชดำเนินนอก เขตดุสิต กรุงเทพฯ 10300 โทร. 0 2628 5600</p><p>© 2567 กระทรวงศึกษาธิการ</p></footer>
<script src="/static/js/cms.toolbar.js"></script>
</body>
</html>"""


def djangocms_hints(article: DemoArticle) -> Hints:
    """Crawled from the newsblog list view: its headline link and the same long date."""
    return Hints(title=article.title, list_date=_dj_datetime(day_of(article)))


# ------------------------------------------------------------------ ProcessWire


def processwire_url(article: DemoArticle) -> str:
    return f"https://www.songkhla.go.th/news/pr-{article.number}/"


def _pw_short(moment: datetime) -> str:
    # a date field with output format "j M y" under setlocale th_TH and a BE offset hook
    return f"{moment.day} {ABBR[moment.month - 1]} {(moment.year + 543) % 100:02d}"


def processwire_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """ProcessWire 3 regular site profile: the sidebar "ข่าวล่าสุด" list (dates "5 มี.ค. 67",
    two-digit BE years) comes FIRST in the markup, then ``#content`` with ``h1`` headline
    and the byline "วันที่ 5 มี.ค. 67 เวลา 10.22 น. | อ่าน 1,234 ครั้ง"; <title> "headline
    - site"; no og:, no JSON-LD."""
    d = day_of(article)
    latest = "".join(
        f'<li><a href="{processwire_url(r)}">{esc(r.title)}</a><br><small>{_pw_short(day_of(r))}</small></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - สำนักงานจังหวัดสงขลา</title>
<meta name="description" content="{esc(_lead(article))}">
<link rel="stylesheet" type="text/css" href="/site/templates/styles/main.css">
</head>
<body class="has-sidebar template-news-item">
<a href="#main" class="visually-hidden element-invisible focusable">ข้ามไปยังเนื้อหา</a>
<div id="masthead" class="masthead"><div class="container"><a href="/"><img src="/site/templates/images/logo.png" alt="สำนักงานจังหวัดสงขลา"></a>
<ul id="topnav"><li><a href="/">หน้าแรก</a></li><li class="current"><a href="/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อ</a></li></ul>
<ul class="breadcrumbs"><li><a href="/">หน้าแรก</a></li><li><a href="/news/">ข่าวประชาสัมพันธ์</a></li></ul>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="ค้นหา"></form></div></div>
<div id="main" class="container">
<aside id="sidebar"><h3>ข่าวล่าสุด</h3><ul class="news-list">{latest}</ul>
<h3>ลิงก์</h3><ul><li><a href="https://www.moi.go.th">กระทรวงมหาดไทย</a></li><li><a href="https://www.songkhla.go.th/ebook/">วารสารจังหวัด</a></li></ul></aside>
<div id="content">
<h1>{esc(article.title)}</h1>
<p class="byline">วันที่ {_pw_short(d)} เวลา {d:%H.%M} น. | อ่าน {counter(article)} ครั้ง</p>
<div class="body">
{paragraphs(article)}
</div>
<p class="files"><a href="/site/assets/files/{article.number}/pr-{article.number}.pdf">ดาวน์โหลดเอกสาร (PDF)</a></p>
</div>
</div>
<footer id="footer"><div class="container"><p>สำนักงานจังหวัดสงขลา ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา 90000 โทร. 0 7431 1010</p><p>Powered by <a href="https://processwire.com">ProcessWire CMS</a></p></div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Kirby


def kirby_url(article: DemoArticle) -> str:
    return f"https://www.rid.go.th/notes/pr-{article.number}"


def _kirby_date(moment: datetime) -> str:
    # $page->date()->toDate('d MMMM y') via the intl handler, then the theme's BE + Thai digits
    return thai_digits(f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}")


def _kirby_short(moment: datetime) -> str:
    return thai_digits(abbr_be(moment))


def kirby_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Kirby 3 starterkit "note": <title> "Notes | site", og:title the SITE; the headline
    ``h1`` in ``header.note-header``, then ``<time class="note-date">`` "โพสต์เมื่อ
    ๕ มีนาคม ๒๕๖๗" (Thai digits, BE year; the ISO instant only in its datetime); a
    "บันทึกอื่น" grid of notes with Thai-digit dates after, prev/next links and a footer
    "ปรับปรุงเว็บไซต์ล่าสุด" with the site's own update date."""
    d = day_of(article)
    notes = "".join(
        f'<li class="column"><article class="note-excerpt"><a href="{kirby_url(r)}"><header><figure class="img" style="--w: 16; --h: 9"><img src="/media/pages/notes/pr-{r.number}/cover-600x.jpg" alt=""></figure>'
        f'<h2 class="note-excerpt-title">{esc(r.title)}</h2><time class="note-excerpt-date" datetime="{day_of(r).isoformat()}">{_kirby_short(day_of(r))}</time></header></a></article></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>Notes | กรมชลประทาน</title>
<meta property="og:title" content="กรมชลประทาน">
<meta property="og:image" content="https://www.rid.go.th/media/site/og.png">
<link href="/assets/css/index.css" rel="stylesheet">
<link href="/assets/css/templates/note.css" rel="stylesheet">
</head>
<body>
<header class="header">
<a class="logo" href="/">กรมชลประทาน</a>
<nav class="menu"><a href="/about">เกี่ยวกับกรม</a><a aria-current="page" href="/notes">ข่าวสาร</a><a href="/photography">ภาพกิจกรรม</a><a href="/contact">ติดต่อ</a></nav>
</header>
<main class="main">
<article class="note">
<header class="note-header h1">
<h1 class="note-title">{esc(article.title)}</h1>
<time class="note-date" datetime="{d.isoformat()}">โพสต์เมื่อ {_kirby_date(d)}</time>
</header>
<div class="note-text text">
{paragraphs(article)}
</div>
<footer class="note-footer"><ul class="note-tags"><li><a href="/notes/tag:{esc(article.category)}">{esc(article.category)}</a></li></ul></footer>
</article>
<nav class="blog-prevnext"><h2 class="h2">บันทึกอื่น</h2><ul class="grid">{notes}</ul></nav>
</main>
<footer class="footer">
<div class="grid"><div class="column" style="--columns: 8"><h2><a href="/">กรมชลประทาน</a></h2><p>811 ถนนสามเสน แขวงถนนนครไชยศรี เขตดุสิต กรุงเทพฯ 10300 โทร. ๑๔๖๐</p></div>
<div class="column" style="--columns: 4"><p>ปรับปรุงเว็บไซต์ล่าสุด {thai_digits("29 พฤศจิกายน 2569")}</p><p>Made with Kirby</p></div></div>
</footer>
</body>
</html>"""


# ------------------------------------------------------------------ Statamic


def statamic_url(article: DemoArticle) -> str:
    d = day_of(article)
    return f"https://www.dip.go.th/news/{d:%Y/%m/%d}/pr-{article.number}"


def _statamic_date(moment: datetime) -> str:
    # {{ date iso_format="dddd D MMM YYYY HH:mm" }} with the site locale "th": Carbon, CE year
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {ABBR[moment.month - 1]} {moment.year} {moment:%H:%M} น."


def _statamic_short(moment: datetime) -> str:
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year}"


def statamic_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Statamic 4 (Peak starter kit) with SEO Pro: <title> "headline | site", og: right,
    a correct JSON-LD NewsArticle; the headline ``h1`` in a hero, the date line "อังคาร
    5 มี.ค. 2024 10:22 น." (Carbon's Thai weekday, abbreviated month, CE year); "ข่าวอื่นๆ"
    cards with "5 มี.ค. 2024" dates after, a cookie notice and a share bar."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
          "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "publisher": {"@type": "GovernmentOrganization", "name": "กรมส่งเสริมอุตสาหกรรม"}}  # fmt: skip
    cards = "".join(
        f'<a class="card" href="{statamic_url(r)}"><img src="/img/asset/news/pr-{r.number}.jpg?w=400" alt="{esc(r.title)}"><span class="card-date">{_statamic_short(day_of(r))}</span><h3 class="card-title">{esc(r.title)}</h3></a>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | กรมส่งเสริมอุตสาหกรรม</title>
<meta name="description" content="{esc(_lead(article))}">
<meta property="og:site_name" content="กรมส่งเสริมอุตสาหกรรม">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:url" content="{statamic_url(article)}">
<link rel="canonical" href="{statamic_url(article)}">
<script type="application/ld+json">{script_json(ld)}</script>
<link rel="stylesheet" href="/build/assets/site.css">
</head>
<body class="bg-white antialiased">
<a class="sr-only focus:not-sr-only" href="#content">ข้ามไปยังเนื้อหา</a>
<header class="fixed top-0 w-full"><nav class="flex" aria-label="Main navigation"><a href="/" class="logo">กรมส่งเสริมอุตสาหกรรม</a>
<ul class="flex"><li><a href="/">หน้าแรก</a></li><li><a href="/news" aria-current="page">ข่าวสาร</a></li><li><a href="/services">บริการ</a></li><li><a href="/sme">SME</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<main id="content">
<section class="hero bg-neutral-100"><div class="fluid-container">
<nav aria-label="breadcrumbs" class="text-sm"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a></nav>
<h1 class="text-4xl font-bold">{esc(article.title)}</h1>
<p class="text-sm text-neutral-600">{_statamic_date(d)}</p>
</div></section>
<section class="fluid-container prose">
{paragraphs(article)}
</section>
<div class="fluid-container share"><span>แชร์บทความ</span> <a href="https://www.facebook.com/sharer/sharer.php?u={statamic_url(article)}">Facebook</a> <a href="https://line.me/R/msg/text/?{statamic_url(article)}">LINE</a></div>
<section class="fluid-container related"><h2>ข่าวอื่นๆ</h2><div class="grid grid-cols-3">{cards}</div></section>
</main>
<footer class="bg-neutral-900 text-white"><p>กรมส่งเสริมอุตสาหกรรม 75/6 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2430 6860</p><p>© กรมส่งเสริมอุตสาหกรรม</p></footer>
<div class="cookie-notice" x-data="{{ open: true }}"><p>เราใช้คุกกี้เพื่อเพิ่มประสบการณ์ที่ดีในการใช้งาน</p><button>ตกลง</button></div>
</body>
</html>"""


# ------------------------------------------------------------------ Movable Type


def mt_url(article: DemoArticle) -> str:
    d = day_of(article)
    return f"https://blog.nso.go.th/{d:%Y/%m}/pr-{article.number}.html"


def _mt_date(moment: datetime) -> str:
    # <$mt:EntryDate format="%x"$> with the blog language left on English
    return f"{EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def _mt_time(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def mt_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Movable Type 4 "Classic Blog": <title> "site: headline"; the date "March 5, 2024"
    an ``h2.date-header`` ABOVE the ``h3.entry-header`` headline; the entry footer
    "Posted by ประชาสัมพันธ์ at 10:22 AM"; the sidebar "Recent Entries" with the same
    English dates, and monthly archives ("March 2024") that name no day."""
    d = day_of(article)
    recent = "".join(
        f'<li><a href="{mt_url(r)}">{esc(r.title)}</a> <span class="recent-date">{_mt_date(day_of(r))}</span></li>'
        for r in related
    )
    months = "".join(
        f'<li><a href="https://blog.nso.go.th/{(d - timedelta(days=31 * k)):%Y/%m}/">{EN_MONTHS[(d - timedelta(days=31 * k)).month - 1]} {(d - timedelta(days=31 * k)).year}</a></li>'
        for k in range(1, 4)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Movable Type 4.38" />
<link rel="stylesheet" href="https://blog.nso.go.th/styles.css" type="text/css" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="https://blog.nso.go.th/atom.xml" />
<title>บล็อกข่าว สำนักงานสถิติแห่งชาติ: {esc(article.title)}</title>
<link rel="prev bookmark" href="{mt_url(related[0])}" title="{esc(related[0].title)}" />
<link rel="next bookmark" href="{mt_url(related[1])}" title="{esc(related[1].title)}" />
</head>
<body class="mt-entry-archive layout-wtt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name"><a href="https://blog.nso.go.th/" accesskey="1">บล็อกข่าว สำนักงานสถิติแห่งชาติ</a></div>
<div id="header-description">ข่าวสารและกิจกรรมของสำนักงานสถิติแห่งชาติ</div>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div id="entry-{article.number}" class="entry-asset asset hentry">
<div class="asset-header">
<h2 class="date-header">{_mt_date(d)}</h2>
<h3 class="asset-name entry-header">{esc(article.title)}</h3>
</div>
<div class="asset-content entry-content">
<div class="asset-body">
{paragraphs(article)}
</div>
</div>
<div class="asset-footer entry-footer">Posted by <span class="vcard author">ประชาสัมพันธ์</span> at <a href="{mt_url(article)}">{_mt_time(d)}</a> | <a href="{mt_url(article)}#comments">Comments (0)</a> | <a href="{mt_url(article)}#trackback">TrackBacks (0)</a></div>
</div>
<p class="content-nav"><a href="{mt_url(related[0])}">« {esc(related[0].title)}</a> | <a href="https://blog.nso.go.th/">Main</a> | <a href="{mt_url(related[1])}">{esc(related[1].title)} »</a></p>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget"><h3 class="widget-header">ค้นหา</h3><div class="widget-content"><form method="get" action="https://blog.nso.go.th/cgi-bin/mt/mt-search.cgi"><input id="search" name="search" size="20" /></form></div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">Recent Entries</h3><div class="widget-content"><ul>{recent}</ul></div></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">Archives</h3><div class="widget-content"><ul>{months}</ul></div></div>
<div class="widget-powered widget"><div class="widget-content"><a href="http://www.sixapart.com/movabletype/">Powered by Movable Type 4.38</a></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">สำนักงานสถิติแห่งชาติ ศูนย์ราชการเฉลิมพระเกียรติ อาคารรัฐประศาสนภักดี ชั้น 2 ถนนแจ้งวัฒนะ เขตหลักสี่ กรุงเทพฯ 10210 โทร. 0 2141 7500</div></div></div>
</div></div>
</body>
</html>"""


# ------------------------------------------------------------------ Serendipity


def s9y_url(article: DemoArticle) -> str:
    return f"https://www.tak.go.th/blog/index.php?/archives/{article.number}-pr.html"


def _s9y_date(moment: datetime) -> str:
    # DATE_FORMAT_ENTRY "%A, %e %B %Y" of the Thai language file under th_TH: CE year
    return (
        f"{WEEKDAYS[moment.weekday()]}, {moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year}"
    )


def s9y_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Serendipity 2 "default" template: <title> "site - headline"; the date
    "อังคาร, 5 มีนาคม 2024" an ``h3.serendipity_date`` above the ``h4.serendipity_title``
    headline link; entry footer "โพสต์โดย ... ใน ... เวลา 10:22"; a sidebar of recent
    entries dated "05.03.2024", a calendar plugin and the "Powered by" plugin."""
    d = day_of(article)
    recent = "".join(
        f'<a href="{s9y_url(r)}" title="{esc(r.title)}">{esc(r.title)}</a><br /><div class="serendipitySideBarDate">{day_of(r):%d.%m.%Y}</div><br />'
        for r in related
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<title>ข่าวประชาสัมพันธ์จังหวัดตาก - {esc(article.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Serendipity v.2.3.5" />
<link rel="stylesheet" type="text/css" href="https://www.tak.go.th/blog/serendipity.css.php" />
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์จังหวัดตาก RSS feed" href="https://www.tak.go.th/blog/index.php?/feeds/index.rss2" />
</head>
<body>
<div id="serendipity_banner"><h1><a class="homelink1" href="https://www.tak.go.th/blog/">ข่าวประชาสัมพันธ์จังหวัดตาก</a></h1><h2><a class="homelink2" href="https://www.tak.go.th/blog/">สำนักงานประชาสัมพันธ์จังหวัดตาก</a></h2></div>
<table id="mainpane"><tr>
<td id="content" valign="top">
<div class="serendipity_Entry_Date">
<h3 class="serendipity_date">{_s9y_date(d)}</h3>
<h4 class="serendipity_title"><a href="{s9y_url(article)}">{esc(article.title)}</a></h4>
<div class="serendipity_entry serendipity_entry_author_admin">
<div class="serendipity_entry_body">
{paragraphs(article)}
</div>
<div class="serendipity_entryFooter">โพสต์โดย <a href="https://www.tak.go.th/blog/index.php?/authors/1-admin">admin</a> ใน <a href="https://www.tak.go.th/blog/index.php?/categories/1-news">{esc(article.category)}</a> เวลา <a href="{s9y_url(article)}">{d:%H:%M}</a> | <a href="{s9y_url(article)}#comments">ความคิดเห็น (0)</a> | <a href="{s9y_url(article)}#trackbacks">Trackbacks (0)</a></div>
</div>
</div>
<div class="serendipity_entries_footer"><a href="{s9y_url(related[0])}">« {esc(related[0].title)}</a> | <a href="{s9y_url(related[1])}">{esc(related[1].title)} »</a></div>
</td>
<td id="serendipityRightSideBar" valign="top">
<div class="serendipitySideBarItem container_serendipity_calendar_plugin"><h3 class="serendipitySideBarTitle">ปฏิทิน</h3><div class="serendipitySideBarContent"><table class="serendipity_calendar"><tr><td class="serendipity_calendarHeader"><a href="#">«</a></td><td class="serendipity_calendarHeader">{THAI_MONTHS[d.month - 1]} '{d.year % 100:02d}</td><td class="serendipity_calendarHeader"><a href="#">»</a></td></tr></table></div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_recententries"><h3 class="serendipitySideBarTitle">บันทึกล่าสุด</h3><div class="serendipitySideBarContent">{recent}</div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_superuser"><h3 class="serendipitySideBarTitle">ผู้ดูแล</h3><div class="serendipitySideBarContent"><a href="https://www.tak.go.th/blog/serendipity_admin.php">เข้าสู่ระบบ</a></div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_powered_by"><div class="serendipitySideBarContent">Powered by Serendipity</div></div>
</td></tr></table>
<div id="serendipity_footer">สำนักงานประชาสัมพันธ์จังหวัดตาก ศาลากลางจังหวัดตาก ถนนพหลโยธิน ตำบลไม้งาม อำเภอเมืองตาก 63000 โทร. 0 5551 1066</div>
</body>
</html>"""


# ------------------------------------------------------------------ PHP-Nuke


def nuke_url(article: DemoArticle) -> str:
    return f"https://www.sesao.go.th/modules.php?name=News&file=article&sid={article.number}"


def _nuke_date(moment: datetime) -> str:
    # formatTimestamp() with the Thai language file's datestring "%Aที่ %d %B %Y" plus 543
    return f"วัน{WEEKDAYS[moment.weekday()]}ที่ {moment:%d} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}"


def nuke_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """PHP-Nuke 7 (DeepBlue theme), an education area office: <title> the SITE only, no
    og:; left blocks (menu, "ผู้ใช้ออนไลน์"), the "ข่าวล่าสุด" block with d/m/BE dates
    before the story; the headline a ``font.title`` in a ``b`` inside the story table;
    "ส่งโดย admin เมื่อ วันอังคารที่ 05 มีนาคม 2567 @ 10:22:00 ICT (1,234 ครั้ง)"; the
    body as ``<br><br>``-joined text; "Related Links" and a printable-page box after."""
    d = day_of(article)
    latest = "".join(
        f'<strong><big>·</big></strong> <a href="{nuke_url(r)}">{esc(r.title)}</a> <font class="tiny">({day_of(r):%d/%m}/{day_of(r).year + 543})</font><br>'
        for r in related
    )
    body = "<br><br>\n".join(esc(line) for line in body_lines(article))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต 1</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="RESOURCE-TYPE" content="DOCUMENT">
<meta name="KEYWORDS" content="สพป.สุรินทร์ เขต 1, ข่าว, การศึกษา">
<meta name="GENERATOR" content="PHP-Nuke Copyright (c) 2005 by Francisco Burzi.">
<link rel="StyleSheet" href="themes/DeepBlue/style/style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" text="#000000" leftmargin="0" topmargin="0">
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td bgcolor="#0A246A"><img src="themes/DeepBlue/images/logo.gif" alt="สพป.สุรินทร์ เขต 1" border="0"></td><td bgcolor="#0A246A" align="right"><font class="content" color="#FFFFFF">วัน{WEEKDAYS[6]}ที่ 29 พฤศจิกายน 2569</font></td></tr></table>
<table border="0" cellpadding="4" cellspacing="0" width="100%"><tr>
<td valign="top" width="150" bgcolor="#EEEEEE">
<table width="100%"><tr><td class="boxtitle"><b>เมนูหลัก</b></td></tr><tr><td class="boxcontent"><a href="index.php">หน้าแรก</a><br><a href="modules.php?name=News">ข่าวประชาสัมพันธ์</a><br><a href="modules.php?name=Downloads">ดาวน์โหลด</a><br><a href="modules.php?name=Forums">กระดานข่าว</a><br><a href="modules.php?name=Feedback">ติดต่อเรา</a></td></tr></table>
<table width="100%"><tr><td class="boxtitle"><b>ข่าวล่าสุด</b></td></tr><tr><td class="boxcontent">{latest}</td></tr></table>
<table width="100%"><tr><td class="boxtitle"><b>ผู้ใช้ออนไลน์</b></td></tr><tr><td class="boxcontent">ผู้เยี่ยมชม 17 คน<br>สมาชิก 0 คน</td></tr></table>
</td>
<td valign="top">
<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#FFFFFF"><tr><td>
<table border="0" cellpadding="3" cellspacing="1" width="100%"><tr><td bgcolor="#D3DCE3">
<b><font class="title">{esc(article.title)}</font></b><br>
<font class="tiny">ส่งโดย <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> เมื่อ {_nuke_date(d)} @ {d:%H:%M:%S} ICT ({counter(article)} ครั้ง)</font>
</td></tr>
<tr><td bgcolor="#FFFFFF"><font class="content">
{body}
</font></td></tr></table>
</td></tr></table>
<br>
<table border="0" width="100%"><tr><td valign="top" width="50%">
<table width="100%"><tr><td class="boxtitle"><b>Related Links</b></td></tr><tr><td class="boxcontent"><strong><big>·</big></strong> <a href="modules.php?name=News&amp;new_topic=1">More about {esc(article.category)}</a><br><strong><big>·</big></strong> <a href="modules.php?name=News&amp;file=article&amp;sid={related[2].number}">{esc(related[2].title)}</a></td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td class="boxtitle"><b>Options</b></td></tr><tr><td class="boxcontent"><a href="modules.php?name=News&amp;file=print&amp;sid={article.number}">Printer Friendly Page</a><br><a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={article.number}">Send to a Friend</a></td></tr></table>
</td></tr></table>
</td></tr></table>
<table width="100%"><tr><td align="center"><font class="footmsg">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต 1 ถนนสุรินทร์-ปราสาท ตำบลนอกเมือง อำเภอเมือง จังหวัดสุรินทร์ 32000 โทร. 0-4451-1339<br>Web site engine's code is Copyright © 2003 by PHP-Nuke. All Rights Reserved.</font></td></tr></table>
</body>
</html>"""


# ------------------------------------------------------------------ Backdrop CMS


def backdrop_url(article: DemoArticle) -> str:
    return f"https://www.doae.go.th/chiangrai/news/pr-{article.number}"


def _backdrop_date(moment: datetime) -> str:
    # the default "medium" format "D, m/d/Y - H:i": MONTH first, English weekday
    return f"{EN_DAYS[moment.weekday()]}, {moment:%m/%d/%Y} - {moment:%H:%M}"


def backdrop_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Backdrop CMS 1.x (Basis theme), a provincial agriculture office: <title>
    "headline | site", no og:; a header "ข่าวล่าสุด" Views block with "5 มี.ค. 2567" dates
    above the page; the headline ``h1.page-title``; "Submitted by admin on Tue,
    03/05/2024 - 10:22" (the default medium format: American month-first, CE); "ดูแล้ว
    1,234 ครั้ง", tags and a footer."""
    d = day_of(article)
    latest = "".join(
        f'<li class="views-row"><span class="views-field-title"><a href="{backdrop_url(r)}">{esc(r.title)}</a></span> <span class="views-field-created">{abbr_be(day_of(r))}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{backdrop_url(article)}">
<link rel="shortlink" href="https://www.doae.go.th/chiangrai/node/{article.number}">
<title>{esc(article.title)} | สำนักงานเกษตรจังหวัดเชียงราย</title>
<link rel="stylesheet" href="/chiangrai/core/themes/basis/css/base.css">
</head>
<body class="page node-type-post">
<div class="layout--moscone layout">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<header class="l-header" role="banner"><div class="l-header-inner container">
<div class="block block-system-header"><a href="/chiangrai/" title="หน้าแรก" rel="home" class="logo"><img src="/chiangrai/files/logo.png" alt="หน้าแรก"></a><div class="site-name"><a href="/chiangrai/">สำนักงานเกษตรจังหวัดเชียงราย</a></div></div>
<nav class="block block-system-main-menu" role="navigation"><ul class="menu"><li class="first"><a href="/chiangrai/">หน้าแรก</a></li><li><a href="/chiangrai/news">ข่าวสาร</a></li><li><a href="/chiangrai/knowledge">องค์ความรู้</a></li><li class="last"><a href="/chiangrai/contact">ติดต่อเรา</a></li></ul></nav>
</div></header>
<div class="l-top"><div class="block block-views-latest-news"><h2 class="block-title">ข่าวล่าสุด</h2><div class="block-content"><div class="view view-latest-news"><ul>{latest}</ul></div></div></div></div>
<div class="l-wrapper"><div class="l-wrapper-inner container">
<div class="l-messages"></div>
<nav class="breadcrumb"><ol><li><a href="/chiangrai/">หน้าแรก</a></li><li><a href="/chiangrai/news">ข่าวสาร</a></li></ol></nav>
<main class="l-content" role="main">
<a id="main-content"></a>
<h1 class="page-title">{esc(article.title)}</h1>
<article class="node node-post view-mode-full clearfix">
<footer class="node-submitted"><p class="submitted">Submitted by <span class="username">admin</span> on {_backdrop_date(d)}</p></footer>
<div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">
{paragraphs(article)}
</div></div></div>
<div class="field field-name-field-tags field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><a href="/chiangrai/tags/news">{esc(article.category)}</a></div></div>
<div class="statistics-counter">ดูแล้ว {counter(article)} ครั้ง</div>
</div>
</article>
</main>
</div></div>
<footer class="l-footer"><div class="l-footer-inner container"><div class="block block-block-footer"><p>สำนักงานเกษตรจังหวัดเชียงราย ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมือง จังหวัดเชียงราย 57100 โทร. 0 5315 0196</p></div><div class="block block-system-powered-by"><span>Powered by <a href="https://backdropcms.org">Backdrop CMS</a></span></div></div></footer>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ Mura CMS


def mura_url(article: DemoArticle) -> str:
    return f"https://www.dopa.go.th/index.cfm/news/pr-{article.number}/"


def _mura_date(moment: datetime) -> str:
    # LSDateFormat(releaseDate, "full") on Java's th_TH locale: Buddhist calendar, era "พ.ศ."
    return f"วัน{WEEKDAYS[moment.weekday()]}ที่ {moment.day} {THAI_MONTHS[moment.month - 1]} พ.ศ. {moment.year + 543}"


def mura_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Mura CMS 7 (ColdFusion): <title> "headline - site", og:title the SITE name; the
    Mura breadcrumb, the headline ``h1.mura-page-title``, the release date "วันอังคารที่
    5 มีนาคม พ.ศ. 2567" (Java's th_TH full format) in ``.mura-release-date``, the body;
    then "ปรับปรุงล่าสุด: ..." with the LATER last-update date, and a feed of
    "ข่าวอื่นๆ" with "5 มี.ค. 2567" dates; a cookie bar."""
    d = day_of(article)
    updated = d + timedelta(days=3 + article.number % 11, hours=2)
    feed = "".join(
        f'<dl class="mura-index-item"><dt class="releaseDate">{abbr_be(day_of(r))}</dt><dt class="title"><a href="{mura_url(r)}">{esc(r.title)}</a></dt><dd class="summary">{esc(_lead(r, 90))}…</dd></dl>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - กรมการปกครอง</title>
<meta name="generator" content="Mura CMS 7.1">
<meta property="og:title" content="กรมการปกครอง">
<meta property="og:site_name" content="กรมการปกครอง">
<link rel="stylesheet" href="/sites/dopa/themes/MuraBootstrap4/assets/css/site.min.css">
</head>
<body id="news" class="mura-page">
<header><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/index.cfm/">กรมการปกครอง</a>
<ul class="navbar-nav mura-primary-nav"><li class="nav-item"><a class="nav-link" href="/index.cfm/">หน้าหลัก</a></li><li class="nav-item active"><a class="nav-link" href="/index.cfm/news/">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/index.cfm/services/">บริการประชาชน</a></li><li class="nav-item"><a class="nav-link" href="/index.cfm/contact/">ติดต่อเรา</a></li></ul></nav></header>
<div class="container">
<ol itemscope itemtype="http://schema.org/BreadcrumbList" id="crumblist" class="mura-breadcrumb breadcrumb"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="first breadcrumb-item"><a itemprop="item" href="/index.cfm/"><span itemprop="name">หน้าหลัก</span></a></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/index.cfm/news/"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="last breadcrumb-item active"><span itemprop="name">ข่าว {article.number}</span></li></ol>
<div class="row"><section class="col-lg-9 content">
<div class="mura-region"><div class="mura-region-local">
<h1 class="mura-page-title pageTitle">{esc(article.title)}</h1>
<p class="mura-release-date">{_mura_date(d)}</p>
<div class="mura-body">
{paragraphs(article)}
</div>
<p class="mura-last-update text-muted">ปรับปรุงล่าสุด: {_mura_date(updated)} เวลา {updated:%H:%M} น.</p>
</div></div>
<div class="mura-object" data-object="feed"><h3>ข่าวอื่นๆ</h3><div class="mura-collection">{feed}</div></div>
</section>
<aside class="col-lg-3 sidebar"><div class="mura-object" data-object="component"><h3>ศูนย์ดำรงธรรม</h3><p>สายด่วน 1567 ตลอด 24 ชั่วโมง</p></div></aside>
</div></div>
<footer class="footer"><p>กรมการปกครอง ถนนอัษฎางค์ แขวงวังบูรพาภิรมย์ เขตพระนคร กรุงเทพฯ 10200 โทร. 0 2222 1141</p></footer>
<div id="mura-cookie-consent" class="mura-cookie-consent">เว็บไซต์นี้มีการใช้คุกกี้ <a href="/index.cfm/privacy/">อ่านเพิ่มเติม</a> <button class="btn">ยอมรับ</button></div>
</body>
</html>"""


# ------------------------------------------------------------------ NukeViet


def nukeviet_url(article: DemoArticle) -> str:
    return f"https://www.thaiembvn.org/th/news/thong-bao/pr-{article.number}.html"


def _nv_date(moment: datetime) -> str:
    # the news module's "publtime" as NukeViet prints it: the weekday from the Vietnamese
    # interface language (no Thai language pack exists), then d/m/Y H:i, CE year
    return f"{VI_DAYS[moment.weekday()]}, {moment:%d/%m/%Y %H:%M}"


def nukeviet_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """NukeViet 4 news module on a Thai embassy site: <title> "headline - news - site",
    og: right, a correct JSON-LD NewsArticle; the headline ``h1.title``, the date "Thứ ba,
    05/03/2024 10:22" (untranslated Vietnamese weekday, CE year) in ``span.h5``; "ข่าวที่
    เกี่ยวข้อง" and "ข่าวก่อนหน้า" lists with "(05/03/2024)" dates after; a hit counter."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": nukeviet_url(article)},
          "headline": article.title, "datePublished": d.isoformat(),
          "dateModified": d.isoformat(), "author": {"@type": "Person", "name": "admin"}}  # fmt: skip
    newer = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{nukeviet_url(r)}" title="{esc(r.title)}">{esc(r.title)}</a> <em>({day_of(r):%d/%m/%Y})</em></li>'
        for r in related[:2]
    )
    older = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{nukeviet_url(r)}" title="{esc(r.title)}">{esc(r.title)}</a> <em>({day_of(r):%d/%m/%Y})</em></li>'
        for r in related[2:]
    )
    return f"""<!DOCTYPE html>
<html lang="th" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(article.title)} - ข่าวสาร - สถานเอกอัครราชทูต ณ กรุงฮานอย</title>
<meta name="description" content="{esc(_lead(article))}">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{nukeviet_url(article)}">
<meta property="article:published_time" content="{d.isoformat()}">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script type="application/ld+json">{script_json(ld)}</script>
</head>
<body>
<noscript><div class="alert alert-danger">เบราว์เซอร์ของคุณปิด JavaScript</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="สถานเอกอัครราชทูต ณ กรุงฮานอย" href="/th/"><img src="/uploads/logo.png" alt="สถานเอกอัครราชทูต ณ กรุงฮานอย"></a><span class="site_name">สถานเอกอัครราชทูต ณ กรุงฮานอย</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav"><li><a title="หน้าแรก" href="/th/">หน้าแรก</a></li><li class="active"><a title="ข่าวสาร" href="/th/news/">ข่าวสาร</a></li><li><a title="กงสุล" href="/th/consular/">งานกงสุล</a></li><li><a title="ติดต่อ" href="/th/contact/">ติดต่อ</a></li></ul></div></nav>
<div class="container"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/th/" title="หน้าแรก">หน้าแรก</a></li><li><a href="/th/news/" title="ข่าวสาร">ข่าวสาร</a></li><li><a href="/th/news/thong-bao/" title="ประกาศ">ประกาศ</a></li></ul></div></div>
<section><div class="container" id="body"><div class="row"><div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(article.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{_nv_date(d)}</span></div><div class="col-md-12"><ul class="list-inline text-right send-to-friend"><li><a class="dimgray" rel="nofollow" title="ส่งต่อ" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="พิมพ์" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
{paragraphs(article)}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>ผู้เขียน: </strong>ฝ่ายประชาสัมพันธ์</p><p class="text-right">อ่าน {counter(article)} ครั้ง</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>ข่าวที่เกี่ยวข้อง</strong></p><div class="clearfix"><ul class="related list-none list-items">{newer}</ul></div>
<p class="h3"><strong>ข่าวก่อนหน้า</strong></p><div class="clearfix"><ul class="related list-none list-items">{older}</ul></div>
</div></div>
</div></div></div></section>
<footer id="footer"><div class="container"><p>Royal Thai Embassy, 63-65 Hoang Dieu Street, Ba Dinh, Hanoi โทร. +84 24 3823 5092</p><div class="copyright">© สถานเอกอัครราชทูต ณ กรุงฮานอย. Powered by NukeViet CMS</div></div></footer>
</div></div>
</body>
</html>"""


# ------------------------------------------------------------------ Optimizely / Episerver


def episerver_url(article: DemoArticle) -> str:
    return f"https://www.mfa.go.th/th/content/pr-{article.number}-{article.number * 131 % 9973:x}"


def _epi_general(moment: datetime) -> str:
    # StartPublish.ToString("g") under th-TH: .NET's ThaiBuddhistCalendar, "d/M/yyyy H:mm"
    return f"{moment.day}/{moment.month}/{moment.year + 543} {moment.hour}:{moment:%M}"


def _epi_short(moment: datetime) -> str:
    return f"{moment.day}/{moment.month}/{moment.year + 543}"


def episerver_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Optimizely (Episerver) CMS 12, Alloy-derived MVC templates: <title> the page TYPE
    "ข่าวสาร - site", og:title right; JSON-LD whose datePublished is the page's "Changed"
    date (a re-publish, days later: wrong); a "ข่าวล่าสุด" block with "5/3/2567" dates
    ABOVE the page; the headline ``h1``, an intro, the body, and only AFTER it the page
    info "เผยแพร่ 5/3/2567 10:22" (ToString("g") under th-TH: Buddhist year, no zero pad)."""
    d = day_of(article)
    changed = d + timedelta(days=9 + article.number % 20, hours=5)
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": article.title,
          "datePublished": changed.isoformat(), "inLanguage": "th"}  # fmt: skip
    latest = "".join(
        f'<div class="col-3 teaserblock"><a href="{episerver_url(r)}"><h3 class="teaser-heading">{esc(r.title)}</h3></a><p class="teaser-date">{_epi_short(day_of(r))}</p></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>ข่าวสาร - กระทรวงการต่างประเทศ</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="website">
<meta property="og:image" content="https://www.mfa.go.th/globalassets/og-default.png">
<script type="application/ld+json">{script_json(ld)}</script>
<link rel="stylesheet" href="/static/css/style.min.css?v=12.4">
</head>
<body>
<div class="cookie-bar" data-epi-type="cookie">เว็บไซต์นี้ใช้คุกกี้ <a href="/th/privacy">รายละเอียด</a> <button type="button" class="btn btn-sm">ยอมรับทั้งหมด</button></div>
<header class="header"><div class="container"><a href="/th" class="logo"><img src="/globalassets/logo-th.svg" alt="กระทรวงการต่างประเทศ"></a>
<nav class="navbar"><ul class="nav"><li class="nav-item"><a class="nav-link" href="/th/page/about">เกี่ยวกับกระทรวง</a></li><li class="nav-item active"><a class="nav-link" href="/th/content/news">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="/th/page/consular">บริการกงสุล</a></li><li class="nav-item"><a class="nav-link" href="/en">EN</a></li></ul></nav></div></header>
<div class="container">
<ul class="breadcrumb"><li><a href="/th">หน้าแรก</a></li><li><a href="/th/content/news">ข่าวสาร</a></li></ul>
<div class="row equal-height latest-news"><div class="col-12"><h2 class="block-heading">ข่าวล่าสุด</h2></div>{latest}</div>
<div class="row"><div class="col-12 col-md-8 article-page">
<h1>{esc(article.title)}</h1>
<p class="introduction">{esc(_lead(article, 90))}…</p>
<div class="row mainbody">
{paragraphs(article)}
</div>
<div class="page-info"><span class="page-info-label">เผยแพร่</span> <span class="page-info-date">{_epi_general(d)}</span> <span class="page-info-views">เข้าชม {counter(article)}</span></div>
<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u={episerver_url(article)}">Facebook</a> <a href="https://twitter.com/share?url={episerver_url(article)}">X</a> <a href="#" onclick="window.print()">พิมพ์</a></div>
</div>
<div class="col-12 col-md-4 sidebar"><div class="block contactblock"><h3>ติดต่อกรมสารนิเทศ</h3><p>โทร. 0 2643 5000</p></div>
<div class="block linkblock"><h3>ลิงก์ที่เกี่ยวข้อง</h3><ul><li><a href="https://www.thaiembassy.com">ThaiEmbassy.com</a></li><li><a href="https://consular.mfa.go.th">กรมการกงสุล</a></li></ul></div></div>
</div></div>
<footer class="footer"><div class="container"><p>กระทรวงการต่างประเทศ 443 ถนนศรีอยุธยา แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2203 5000</p></div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Sulu


def sulu_url(article: DemoArticle) -> str:
    return f"https://www.onab.go.th/th/news/pr-{article.number}"


def _sulu_date(moment: datetime) -> str:
    # {{ content.published|format_date('full', locale='th') }}: ICU's Thai full date keeps
    # the Gregorian calendar and names its era "ค.ศ."
    return f"วัน{WEEKDAYS[moment.weekday()]}ที่ {moment.day} {THAI_MONTHS[moment.month - 1]} ค.ศ. {moment.year}"


def _sulu_medium(moment: datetime) -> str:
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year}"


def sulu_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Sulu 2 (Symfony/Twig) article: <title> "headline | site" from the SEO tab, no og:;
    a top bar whose server-rendered clock shows TODAY's date in the same full format as
    the article's; a smart-content "ข่าวล่าสุด" list with "5 มี.ค. 2024" dates before the
    article; the date "วันอังคารที่ 5 มีนาคม ค.ศ. 2024" (ICU's Thai full format, Gregorian,
    era "ค.ศ.") in a ``p.article-date`` ABOVE the ``h1``; the body blocks after an
    excerpt; a share bar and the footer."""
    d = day_of(article)
    today = datetime(2026, 11, 30, tzinfo=d.tzinfo)
    latest = "".join(
        f'<li class="teaser"><a href="{sulu_url(r)}"><span class="teaser__date">{_sulu_medium(day_of(r))}</span> <span class="teaser__title">{esc(r.title)}</span></a></li>'
        for r in related[:2]
    )
    more = "".join(
        f'<li class="teaser"><a href="{sulu_url(r)}"><span class="teaser__title">{esc(r.title)}</span></a> <span class="teaser__date">{_sulu_medium(day_of(r))}</span></li>'
        for r in related[2:]
    )
    blocks = paragraphs(article, "div", ' class="block block--text"')
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | สำนักงานการตรวจเงินแผ่นดิน</title>
<meta name="description" content="">
<meta name="robots" content="index,follow">
<link rel="alternate" href="https://www.onab.go.th/en/news/pr-{article.number}" hreflang="en">
<link rel="stylesheet" href="/build/website/app.css">
</head>
<body>
<div class="topbar"><div class="container"><span class="topbar__clock">{_sulu_date(today)}</span> <a class="topbar__lang" href="/en">EN</a> <a href="/th/sitemap">ผังเว็บไซต์</a></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/th">สำนักงานการตรวจเงินแผ่นดิน</a>
<nav class="navigation"><ul><li><a href="/th">หน้าแรก</a></li><li class="is-active"><a href="/th/news">ข่าวสาร</a></li><li><a href="/th/audit">งานตรวจสอบ</a></li><li><a href="/th/contact">ติดต่อ</a></li></ul></nav></div></header>
<main class="container">
<nav class="breadcrumbs"><a href="/th">หน้าแรก</a> › <a href="/th/news">ข่าวสาร</a></nav>
<section class="latest"><h2 class="latest__title">ข่าวล่าสุด</h2><ul class="teasers">{latest}</ul></section>
<article class="article">
<p class="article-date">{_sulu_date(d)}</p>
<h1 class="article__title">{esc(article.title)}</h1>
<p class="article__excerpt">{esc(article.category)}</p>
<div class="article__blocks">
{blocks}
</div>
<div class="share"><span>แชร์</span> <a href="https://www.facebook.com/sharer/sharer.php?u={sulu_url(article)}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={sulu_url(article)}">LINE</a></div>
</article>
<section class="more"><h2>ข่าวอื่น</h2><ul class="teasers">{more}</ul></section>
</main>
<footer class="footer"><div class="container"><p>สำนักงานการตรวจเงินแผ่นดิน ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400 โทร. 0 2271 8000</p><p>Made with Sulu</p></div></footer>
</body>
</html>"""
