"""The "blind4" half of the template zoo (bench/zoo.py): a fourth set of families written
without the extractor.

Written on 2026-11-29, after the blind, blind2 and blind3 halves, by someone who did NOT
open, read or grep the extractor or the date and clean code (crawler/extract.py,
crawler/extraction*, pipelines/) nor the scoring internals of bench/extraction.py, and who
never ran any extraction code on these pages: the only check made while writing them
rendered every page and verified, with the standard library's html.parser, that it is
well-formed and holds the article's title, every body line, the intended date and other
articles' dates (tests/test_zoo_blind4_pages.py). Their first measurement
(bench/extraction.py --half blind4, run once by the lead) is the honest "never seen" figure.

Each family imitates a system not yet in the zoo (ExpressionEngine, Textpattern, Bolt CMS,
Pimcore, Magnolia, OpenCms, dotCMS, Adobe Experience Manager core components, Jimdo, Duda,
Jekyll minima on GitHub Pages, a Notion site published through Super.so) with its real
noise: menus, breadcrumbs, share bars, view counters, cookie banners, boxes of OTHER
articles with their headlines and dates before and after the article, footers with
addresses and phones; <title>, og: and JSON-LD right on some sites, absent or wrong on
others; and a date format each of these systems really prints for a Thai site (CE and BE
years, two-digit years, Thai digits, abbreviated months, weekday prefixes, "เวลา 10.22 น.",
English months, ISO instants only in attributes).
"""

from __future__ import annotations

from datetime import datetime

from bench.zoo import (
    ABBR,
    EN_ABBR,
    EN_MONTHS,
    THAI_MONTHS,
    WEEKDAYS,
    Hints,
    body_lines,
    counter,
    day_of,
    esc,
    paragraphs,
    script_json,
    thai_digits,
)
from crawler.demo.corpus import DemoArticle


def _lead(article: DemoArticle, size: int = 110) -> str:
    lines = body_lines(article)
    return lines[-1][:size] if lines else ""


# ------------------------------------------------------------------ ExpressionEngine


def ee_url(article: DemoArticle) -> str:
    return f"https://www.dla.go.th/index.php/news/detail/pr-{article.number}"


def _ee_date(moment: datetime) -> str:
    # {entry_date format="%j %F %Y"} through the site's BE add-on, after a label
    return f"วันที่ {moment.day} {THAI_MONTHS[moment.month - 1]} พ.ศ. {moment.year + 543}"


def _ee_short(moment: datetime) -> str:
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year + 543}"


def ee_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """ExpressionEngine 6 channel entry: <title> "site | news" (no headline), no og:, the
    headline an ``h2.entry-title`` under a ``{exp:channel:entries}`` "ข่าวเด่น" strip of
    two other entries with their dates ABOVE it; the date "วันที่ 5 มีนาคม พ.ศ. 2567"
    below the body in ``p.entry-meta``; a "ข่าวที่เกี่ยวข้อง" related list after."""
    d = day_of(article)
    top = "".join(
        f'<div class="col-md-6 featured"><h3><a href="{ee_url(r)}">{esc(r.title)}</a></h3><span class="date">{_ee_short(day_of(r))}</span></div>'
        for r in related[:2]
    )
    rel = "".join(
        f'<li><a href="{ee_url(r)}">{esc(r.title)}</a> <small>({_ee_short(day_of(r))})</small></li>'
        for r in related[2:]
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>กรมส่งเสริมการปกครองท้องถิ่น | ข่าวประชาสัมพันธ์</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/user/site/default/css/bootstrap.min.css">
</head>
<body class="channel-news">
<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">กรมส่งเสริมการปกครองท้องถิ่น</a>
<ul class="nav navbar-nav"><li><a href="/index.php">หน้าหลัก</a></li><li class="active"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php/laws">กฎหมาย</a></li><li><a href="/index.php/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container">
<div class="row featured-strip"><div class="col-md-12"><h4>ข่าวเด่น</h4></div>{top}</div>
<div class="row"><div class="col-md-8 main">
<article class="entry">
<h2 class="entry-title">{esc(article.title)}</h2>
<div class="entry-body">
{paragraphs(article)}
</div>
<p class="entry-meta">{_ee_date(d)} | หมวด: <a href="/index.php/news/category/{article.number % 5}">{esc(article.category)}</a> | อ่าน {counter(article)} ครั้ง</p>
</article>
<div class="related"><h4>ข่าวที่เกี่ยวข้อง</h4><ul>{rel}</ul></div>
</div>
<div class="col-md-4 sidebar"><div class="well"><h4>ค้นหา</h4><form method="post" action="/index.php/search"><input type="text" name="keywords"><input type="submit" value="ค้นหา"></form></div></div>
</div></div>
<footer class="footer"><p>กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา แขวงดุสิต เขตดุสิต กรุงเทพฯ 10300 โทร. 0 2241 9000</p><p>Powered by ExpressionEngine</p></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Textpattern


def txp_url(article: DemoArticle) -> str:
    return f"https://www.thaiembassy.se/th/articles/{article.number}/pr-{article.number}"


def _txp_date(moment: datetime) -> str:
    # <txp:posted format="%d %b %y" /> with a th_TH locale: Thai month abbr, TWO-DIGIT CE year
    return f"{moment.day:02d} {ABBR[moment.month - 1]} {moment.year % 100:02d}"


def txp_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Textpattern 4.8 (default theme): <title> "headline | site", og: absent; the
    headline an ``h1[itemprop=name]`` link, ``<time datetime=ISO>05 มี.ค. 24</time>``
    (strftime with a Thai locale: two-digit CE year) in ``p.meta``, the "Recent
    articles" list with the same format in the complementary aside after."""
    d = day_of(article)
    recent = "".join(
        f'<li><a rel="bookmark" href="{txp_url(r)}">{esc(r.title)}</a> <span class="posted">{_txp_date(day_of(r))}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} | สถานเอกอัครราชทูต ณ กรุงสตอกโฮล์ม</title>
<meta name="generator" content="Textpattern CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css.php?n=default">
<link rel="alternate" type="application/rss+xml" title="RSS feed" href="/rss/">
</head>
<body class="article-page" itemscope itemtype="https://schema.org/WebPage">
<div class="wrapper">
<header class="site-header"><h3><a rel="home" href="/">สถานเอกอัครราชทูต ณ กรุงสตอกโฮล์ม</a></h3><h4>Royal Thai Embassy, Stockholm</h4></header>
<nav class="site-navigation" aria-label="Navigation"><ul class="section_list"><li><a href="/">หน้าหลัก</a></li><li class="active"><a href="/articles/">ข่าวสาร</a></li><li><a href="/consular/">งานกงสุล</a></li><li><a href="/about/">เกี่ยวกับเรา</a></li></ul></nav>
<main class="site-main" itemscope itemtype="https://schema.org/Blog">
<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<h1 itemprop="name"><a href="{txp_url(article)}" rel="bookmark">{esc(article.title)}</a></h1>
<p class="meta"><span class="author">โดย <span itemprop="author">admin</span></span> &#183; <time datetime="{d.isoformat()}" itemprop="datePublished">{_txp_date(d)}</time> &#183; <a href="/articles/?c=news">{esc(article.category)}</a></p>
<div itemprop="articleBody">
{paragraphs(article)}
</div>
<p class="article-comments">ความคิดเห็น (0)</p>
</article>
<nav class="paginator" aria-label="Article navigation"><a rel="prev" href="{txp_url(related[0])}">ก่อนหน้า</a> <a rel="next" href="{txp_url(related[1])}">ถัดไป</a></nav>
</main>
<aside class="complementary-content"><h4>Recent articles</h4><ul class="article_list">{recent}</ul>
<h4>ค้นหา</h4><form method="get" action="/"><input type="search" name="q"></form></aside>
<footer class="site-footer"><p>Royal Thai Embassy, Floragatan 3, 114 31 Stockholm โทร. +46 8 791 73 40</p><p>Published with Textpattern CMS.</p></footer>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ Bolt CMS


def bolt_url(article: DemoArticle) -> str:
    return f"https://www.opsmoac.go.th/entry/pr-{article.number}"


def _bolt_date(moment: datetime) -> str:
    # {{ record.publishedAt|localdate('j F Y') }} in Thai: full month, CE year
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year}"


def bolt_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Bolt 5 (base-2021 theme): <title> "headline | site", og:title right but
    og:description the site slogan; a "ล่าสุด" list of records with d/m/Y CE dates in
    the left aside BEFORE the record; the headline ``h1.title``, the byline "เผยแพร่
    โดย admin เมื่อ 5 มีนาคม 2024" (localdate, CE year) in ``div.meta``; cookie bar."""
    d = day_of(article)
    latest = "".join(
        f'<li><a href="{bolt_url(r)}">{esc(r.title)}</a><br><span class="small">{day_of(r):%d/%m/%Y}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} | สำนักงานปลัดกระทรวงเกษตรและสหกรณ์</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:description" content="เกษตรกรอยู่ดี กินดี มีความสุข">
<meta name="generator" content="Bolt">
<link rel="stylesheet" href="/theme/base-2021/css/tailwind.css">
</head>
<body>
<header class="header"><div class="container"><a href="/" class="brand">สำนักงานปลัดกระทรวงเกษตรและสหกรณ์</a>
<nav class="menu"><ul><li class="first"><a href="/">หน้าแรก</a></li><li class="active"><a href="/entries">ข่าวสาร</a></li><li><a href="/pages/about">เกี่ยวกับ</a></li><li class="last"><a href="/pages/contact">ติดต่อ</a></li></ul></nav></div></header>
<div class="container grid">
<aside class="sidebar"><h3>ล่าสุด</h3><ul class="listing">{latest}</ul></aside>
<main class="content">
<article class="record">
<h1 class="title">{esc(article.title)}</h1>
<div class="meta">เผยแพร่โดย <strong>admin</strong> เมื่อ {_bolt_date(d)}</div>
<div class="body">
{paragraphs(article)}
</div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u={bolt_url(article)}">แชร์</a> <a href="https://twitter.com/intent/tweet?url={bolt_url(article)}">ทวีต</a> <a href="https://social-plugins.line.me/lineit/share?url={bolt_url(article)}">LINE</a></div>
</article>
</main>
</div>
<footer class="footer"><p>สำนักงานปลัดกระทรวงเกษตรและสหกรณ์ 3 ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200 โทร. 0 2281 5955</p><p>Built with Bolt</p></footer>
<div id="cookie-bar" class="cookie">เว็บไซต์นี้ใช้คุกกี้เพื่อประสบการณ์ที่ดีขึ้น <button type="button">ยอมรับ</button></div>
</body>
</html>"""


# ------------------------------------------------------------------ Pimcore


def pimcore_url(article: DemoArticle) -> str:
    return f"https://www.boi.go.th/th/news/pr~n{article.number}"


def _pimcore_date(moment: datetime) -> str:
    # the news object's date through the site's twig filter: d-m-BE, then the hour
    return f"{moment:%d-%m}-{moment.year + 543} {moment:%H:%M} น."


def pimcore_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Pimcore 10 demo-style news detail: <title> "headline" only, og: absent, JSON-LD a
    NewsArticle whose datePublished is the object's creationDate (the import day, wrong);
    the breadcrumb, ``div.news-detail h1``, "05-03-2567 10:22 น." in ``span.news-date``
    (d-m-BE), the lead as ``p.lead`` and body; a "ข่าวล่าสุด" teaser row with the same
    format (no time) after; a huge mega-menu before."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
          "datePublished": "2019-01-15T09:00:00+07:00", "publisher": {"@type": "Organization", "name": "BOI"}}  # fmt: skip
    teasers = "".join(
        f'<div class="col-sm-3 news-teaser"><a href="{pimcore_url(r)}"><h3>{esc(r.title)}</h3></a><span class="news-date">{day_of(r):%d-%m}-{day_of(r).year + 543}</span></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>{esc(article.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{script_json(ld)}</script>
<link rel="stylesheet" href="/static/css/global.css">
</head>
<body class="news-detail-page">
<nav class="navbar navbar-expand-lg main-navigation"><a class="navbar-brand" href="/th">สำนักงานคณะกรรมการส่งเสริมการลงทุน</a>
<ul class="navbar-nav"><li class="nav-item dropdown"><a class="nav-link" href="/th/about">เกี่ยวกับ BOI</a><div class="dropdown-menu"><a href="/th/about/vision">วิสัยทัศน์</a><a href="/th/about/structure">โครงสร้าง</a></div></li><li class="nav-item"><a class="nav-link" href="/th/invest">การลงทุน</a></li><li class="nav-item active"><a class="nav-link" href="/th/news">ข่าวสาร</a></li></ul></nav>
<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/th/news">ข่าวสาร</a></li><li class="breadcrumb-item active">{esc(article.category)}</li></ol></div>
<div class="container news-detail">
<div class="row"><div class="col-12">
<span class="news-date">{_pimcore_date(d)}</span>
<h1>{esc(article.title)}</h1>
<p class="lead">{esc(_lead(article, 80))}</p>
<div class="news-content">
{paragraphs(article)}
</div>
</div></div>
<div class="row latest-news"><div class="col-12"><h2>ข่าวล่าสุด</h2></div>{teasers}</div>
</div>
<footer class="footer"><div class="container">สำนักงานคณะกรรมการส่งเสริมการลงทุน 555 ถนนวิภาวดีรังสิต จตุจักร กรุงเทพฯ 10900 โทร. 0 2553 8111 | Powered by Pimcore</div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Magnolia


def magnolia_url(article: DemoArticle) -> str:
    return f"https://www.tat.or.th/th/press-release/pr-{article.number}.html"


def _magnolia_date(moment: datetime) -> str:
    return f"วัน{WEEKDAYS[moment.weekday()]}ที่ {moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}"


def _magnolia_short(moment: datetime) -> str:
    return f"{moment.day} {ABBR[moment.month - 1]} {(moment.year + 543) % 100:02d}"


def magnolia_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Magnolia 6 (travel-demo derived): <title> "site - ข่าวประชาสัมพันธ์" (section),
    og:title the SECTION too; the headline an ``h1`` inside ``div.text-section``, the
    date "วันอังคารที่ 5 มีนาคม 2567" in ``p.date`` above it (and TODAY's date, in the same
    weekday form, in the top bar); a "ข่าวอื่น" card row
    with "5 มี.ค. 67" (two-digit BE) dates and a newsletter form after."""
    d = day_of(article)
    cards = "".join(
        f'<div class="card"><div class="card-body"><p class="card-date">{_magnolia_short(day_of(r))}</p><h4 class="card-title"><a href="{magnolia_url(r)}">{esc(r.title)}</a></h4></div></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html xml:lang="th" lang="th">
<head>
<meta charset="utf-8">
<title>การท่องเที่ยวแห่งประเทศไทย - ข่าวประชาสัมพันธ์</title>
<meta property="og:title" content="ข่าวประชาสัมพันธ์">
<meta property="og:type" content="website">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/.resources/tat-theme/css/styles.css">
</head>
<body id="press-release">
<div class="topbar"><span class="today">วันอาทิตย์ที่ 29 พฤศจิกายน 2569</span> | <a href="/en">English</a> | <a href="/th/sitemap">ผังเว็บไซต์</a></div>
<div class="navbar-wrapper"><nav class="navbar"><a class="navbar-brand" href="/th">การท่องเที่ยวแห่งประเทศไทย</a><ul class="nav navbar-nav"><li><a href="/th">หน้าแรก</a></li><li><a href="/th/about">เกี่ยวกับ ททท.</a></li><li class="active"><a href="/th/press-release">ข่าวประชาสัมพันธ์</a></li><li><a href="/en">EN</a></li></ul></nav></div>
<div class="container">
<div class="row"><div class="col-md-12 text-section">
<p class="date">{_magnolia_date(d)}</p>
<h1>{esc(article.title)}</h1>
<div class="text-image">
{paragraphs(article)}
</div>
<p class="views">เข้าชม {counter(article)}</p>
</div></div>
<div class="row"><div class="col-md-12"><h2 class="section-title">ข่าวอื่น</h2><div class="card-deck">{cards}</div></div></div>
<div class="row newsletter"><form action="/th/newsletter" method="post"><label>รับข่าวสารทางอีเมล</label><input type="email" name="email"><button type="submit">สมัคร</button></form></div>
</div>
<footer><div class="container">การท่องเที่ยวแห่งประเทศไทย 1600 ถนนเพชรบุรีตัดใหม่ แขวงมักกะสัน เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2250 5500 | TAT Contact Center 1672</div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ OpenCms


def opencms_url(article: DemoArticle) -> str:
    return f"https://www.mfa.go.th/th/content/pr-{article.number}"


def _opencms_date(moment: datetime) -> str:
    # the Mercury template's "th" date bundle, then the site's Thai-digit filter
    return thai_digits(f"{moment.day} {ABBR[moment.month - 1]} {moment.year + 543}")


def opencms_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """OpenCms 12 (Mercury template): <title> "headline - site", og:title right, no
    JSON-LD; the headline ``div.detail-page h1.intro-headline``, the date in Thai digits
    "๕ มี.ค. ๒๕๖๗" in ``div.visual-info .info.date`` BEFORE it; a dynamic list "ข่าว
    ล่าสุด" of teasers (same Thai-digit date) on the right and the cookie banner."""
    d = day_of(article)
    teasers = "".join(
        f'<div class="teaser teaser-elaborate"><div class="teaser-date">{_opencms_date(day_of(r))}</div><h3 class="teaser-title"><a href="{opencms_url(r)}">{esc(r.title)}</a></h3></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th" class="opencms-page">
<head>
<meta charset="UTF-8">
<title>{esc(article.title)} - กระทรวงการต่างประเทศ</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:site_name" content="กระทรวงการต่างประเทศ">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/export/system/modules/alkacon.mercury.theme/css/theme-standard.min.css">
</head>
<body>
<div id="mercury-page">
<header class="area-header"><div class="head-navbar"><ul class="nav-main-items"><li><a href="/th">หน้าหลัก</a></li><li><a href="/th/page/about">เกี่ยวกับกระทรวง</a></li><li class="active"><a href="/th/news">ข่าวสาร</a></li><li><a href="/th/page/consular">บริการกงสุล</a></li></ul></div>
<ul class="breadcrumbs"><li><a href="/th">หน้าหลัก</a></li><li><a href="/th/news">ข่าวสาร</a></li></ul></header>
<main class="area-content area-two-cols"><div class="container"><div class="row">
<div class="col-lg-8"><div class="detail-page type-article">
<div class="visual-info"><div class="info date"><div>{_opencms_date(d)}</div></div><div class="info category">{esc(article.category)}</div></div>
<h1 class="intro-headline"><span class="headline">{esc(article.title)}</span></h1>
<div class="detail-content">
{paragraphs(article)}
</div>
<div class="sharebar"><a class="fa fa-facebook" href="https://www.facebook.com/sharer.php?u={opencms_url(article)}">Facebook</a> <a class="fa fa-twitter" href="https://twitter.com/share?url={opencms_url(article)}">Twitter</a></div>
</div></div>
<div class="col-lg-4"><div class="element type-dynamic-list"><h2>ข่าวล่าสุด</h2>{teasers}</div></div>
</div></div></main>
<footer class="area-foot"><div class="container">กระทรวงการต่างประเทศ ๔๔๓ ถนนศรีอยุธยา เขตราชเทวี กรุงเทพฯ ๑๐๔๐๐ โทร. ๐ ๒๒๐๓ ๕๐๐๐</div></footer>
<div id="privacy-policy-banner" class="pp-banner"><div class="banner">เว็บไซต์นี้ใช้คุกกี้ <button class="btn btn-accept">ยอมรับ</button></div></div>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ dotCMS


def dotcms_url(article: DemoArticle) -> str:
    return f"https://www.nia.or.th/blogs/pr-{article.number}"


def _dotcms_date(moment: datetime) -> str:
    # $date.format('dd MMM yyyy | HH:mm', $content.postingDate) with the th locale: CE year
    return f"{moment.day:02d} {ABBR[moment.month - 1]} {moment.year} | {moment:%H:%M} น."


def dotcms_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """dotCMS 5 blog detail (Velocity): <title> "site - บล็อก", og:title right, og:
    published_time ABSENT; "ข่าวยอดนิยม" (other posts with "dd MMM yyyy" CE dates and
    view counts) in a column that comes first in the source; the headline ``h1`` in
    ``div.blog-detail``, "05 มี.ค. 2024 | 10:22 น." in ``p.blog-date``; tags after."""
    d = day_of(article)
    popular = "".join(
        f'<div class="media"><div class="media-body"><a href="{dotcms_url(r)}"><h5>{esc(r.title)}</h5></a><small>{day_of(r).day:02d} {ABBR[day_of(r).month - 1]} {day_of(r).year} &middot; {counter(r)} views</small></div></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>สำนักงานนวัตกรรมแห่งชาติ - บล็อก</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="article">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/application/themes/quest/css/styles.dotsass">
</head>
<body>
<header id="header"><div class="container"><a class="logo" href="/">สำนักงานนวัตกรรมแห่งชาติ</a><ul class="main-nav"><li><a href="/">หน้าแรก</a></li><li class="active"><a href="/blogs">บล็อก</a></li><li><a href="/services">บริการ</a></li><li><a href="/contact-us">ติดต่อ</a></li></ul></div></header>
<section class="page-title"><div class="container"><h2>บล็อก</h2><ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/blogs">บล็อก</a></li></ol></div></section>
<div class="container"><div class="row">
<div class="col-md-4 order-md-2 sidebar"><div class="widget"><h4>ข่าวยอดนิยม</h4>{popular}</div></div>
<div class="col-md-8 order-md-1 blog-detail">
<h1>{esc(article.title)}</h1>
<p class="blog-date">{_dotcms_date(d)}</p>
<div class="blog-body">
{paragraphs(article)}
</div>
<div class="tags"><span class="label">แท็ก:</span> <a href="/blogs?tag=innovation">นวัตกรรม</a> <a href="/blogs?tag=pr">ประชาสัมพันธ์</a></div>
</div>
</div></div>
<footer class="footer"><div class="container">สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน) 73/2 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2017 5555</div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Adobe Experience Manager


def aem_url(article: DemoArticle) -> str:
    return f"https://www.bot.or.th/th/news-and-media/news/news-{article.number}.html"


def _aem_date(moment: datetime) -> str:
    return f"วันที่ {moment:%d/%m}/{moment.year + 543} เวลา {moment:%H.%M} น."


def aem_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """AEM 6.5 core components: <title> "headline" (cmp-title's page title), og:title and
    og:description right, NO date meta; the page is a stack of ``div.cmp-container``:
    breadcrumb, a ``cmp-title`` h1, a ``cmp-text`` holding "วันที่ 05/03/2567 เวลา
    10.22 น.", the body ``cmp-text``, a ``cmp-list`` of teasers (d/m/BE dates) in an
    experience fragment AFTER, and a footer experience fragment with the site's "last
    updated" day (d/m/BE, not the article's)."""
    d = day_of(article)
    items = "".join(
        f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="{aem_url(r)}"><span class="cmp-list__item-title">{esc(r.title)}</span><span class="cmp-list__item-date">{day_of(r):%d/%m}/{day_of(r).year + 543}</span></a></article></li>'
        for r in related
    )
    return f"""<!DOCTYPE HTML>
<html lang="th-TH">
<head>
<meta charset="UTF-8"/>
<title>{esc(article.title)}</title>
<meta property="og:title" content="{esc(article.title)}"/>
<meta property="og:description" content="{esc(_lead(article))}"/>
<meta name="template" content="news-detail"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/etc.clientlibs/bot/clientlibs/clientlib-site.lc-1a2b3c-lc.min.css" type="text/css"/>
</head>
<body class="page basicpage" id="page-{article.number}">
<div class="root container responsivegrid"><div id="container-root" class="cmp-container">
<div class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="cmp-container"><div class="navigation"><nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group"><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/th/home.html">หน้าหลัก</a></li><li class="cmp-navigation__item cmp-navigation__item--active"><a class="cmp-navigation__item-link" href="/th/news-and-media.html">ข่าวและสื่อ</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/th/statistics.html">สถิติ</a></li></ul></nav></div></div></div></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/th/home.html"><span>หน้าหลัก</span></a></li><li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/th/news-and-media/news.html"><span>ข่าว</span></a></li></ol></nav></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">{esc(article.title)}</h1></div></div>
<div class="text"><div class="cmp-text"><p>{_aem_date(d)}</p></div></div>
<div class="text"><div class="cmp-text">
{paragraphs(article)}
</div></div>
<div class="separator"><div class="cmp-separator"><hr class="cmp-separator__horizontal-rule"/></div></div>
<div class="experiencefragment"><div class="cmp-experiencefragment"><div class="cmp-container"><div class="title"><div class="cmp-title"><h2 class="cmp-title__text">ข่าวที่เกี่ยวข้อง</h2></div></div><div class="list"><ul class="cmp-list">{items}</ul></div></div></div></div>
<div class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-container"><div class="text"><div class="cmp-text"><p>ปรับปรุงข้อมูลล่าสุด 28/11/2569</p><p>ธนาคารแห่งประเทศไทย 273 ถนนสามเสน แขวงวัดสามพระยา เขตพระนคร กรุงเทพฯ 10200 โทร. 0 2283 5353</p></div></div></div></div></div>
</div></div>
<script src="/etc.clientlibs/bot/clientlibs/clientlib-site.lc-4d5e6f-lc.min.js"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Jimdo


def jimdo_url(article: DemoArticle) -> str:
    return f"https://tambon-nongbua.jimdofree.com/{article.date.replace('-', '/')}/pr-{article.number}/"


def _jimdo_date(moment: datetime) -> str:
    # the blog module's "j/n/Y" date, no leading zeros, CE year
    return f"{moment.day}/{moment.month}/{moment.year}"


def jimdo_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Jimdo Creator blog post: <title> "headline - site" but og:title the SITE; the post
    ``div.j-blog-meta`` holds an ``h1.j-blog-headline`` and a ``div.datetime`` with
    "5/3/2024" (j/n/Y, CE year); the sidebar "บทความล่าสุด" (the blog's archive module)
    lists other posts with the same format BEFORE the content in the source; the Jimdo
    cookie notice and the "login | sitemap" footer after."""
    d = day_of(article)
    archive = "".join(
        f'<li><a href="{jimdo_url(r)}">{esc(r.title)}</a> <span class="j-blog-date">{_jimdo_date(day_of(r))}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th-TH">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title>{esc(article.title)} - องค์การบริหารส่วนตำบลหนองบัว</title>
<meta property="og:title" content="องค์การบริหารส่วนตำบลหนองบัว"/>
<meta name="generator" content="Jimdo Creator"/>
<link rel="stylesheet" href="https://assets.jimstatic.com/web.css.e7a1b2.css"/>
</head>
<body class="body cc-page cc-page-blog j-m-gallery-styles">
<div id="cc-website"><div id="cc-inner" class="cc-content-parent">
<div class="jtpl-header"><div class="jtpl-logo"><a href="/">อบต.หนองบัว</a></div>
<nav class="jtpl-navigation"><ul class="j-nav-level-0"><li><a href="/" class="cc-nav-level-0">หน้าแรก</a></li><li><a href="/blog/" class="cc-nav-level-0 cc-nav-current">ข่าวสาร</a></li><li><a href="/ติดต่อ/" class="cc-nav-level-0">ติดต่อเรา</a></li></ul></nav></div>
<div class="jtpl-sidebar"><div class="j-module n j-header"><h2 class="cc-within-single-module">บทความล่าสุด</h2></div><div class="j-module n j-blogSelection"><ul class="blogselection">{archive}</ul></div>
<div class="j-module n j-text"><p>ที่ทำการ อบต.หนองบัว โทร. 0 4335 1234</p></div></div>
<div class="jtpl-content"><div id="content_area">
<div class="n j-blog"><div class="post j-blog-content">
<div class="j-module n j-blog-meta"><a href="{jimdo_url(article)}" class="j-blog-header"><h1 class="j-blog-headline">{esc(article.title)}</h1></a><div class="datetime"><span class="day">{_jimdo_date(d)}</span></div></div>
<div class="j-module n j-text">
{paragraphs(article)}
</div>
<div class="j-module n j-sharebuttons"><a href="https://www.facebook.com/sharer/sharer.php?u={jimdo_url(article)}">แชร์</a></div>
<div class="j-blog-comments"><a href="#commentsModule">ความคิดเห็น: 0</a></div>
</div></div>
</div></div>
<div class="jtpl-footer"><div id="contentfooter"><div class="leftrow"><a href="/about/">เกี่ยวกับ</a> | <a href="/j/privacy">นโยบายความเป็นส่วนตัว</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a></div><div class="rightrow"><a href="https://www.jimdo.com" rel="nofollow">ล็อกอินเข้าระบบ</a></div></div>
<p>องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น 40000</p></div>
</div></div>
<div id="cookie-policy" class="cc-individual-cookie-settings">เว็บไซต์นี้ใช้คุกกี้ <a href="/j/privacy">การตั้งค่า</a> <button>ตกลง</button></div>
</body>
</html>"""


# ------------------------------------------------------------------ Duda


def duda_url(article: DemoArticle) -> str:
    return f"https://www.phangnga-pao.go.th/blog/pr-{article.number}"


def _duda_date(moment: datetime) -> str:
    return (
        f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543} เวลา {moment:%H.%M} น."
    )


def _duda_short(moment: datetime) -> str:
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}"


def duda_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Duda blog post: <title> "headline" only, JSON-LD BlogPosting whose datePublished is
    the blog's import date (wrong) and dateModified today; a deeply nested ``div.dmRespRow``
    layout, the headline ``h1.dmNewParagraph`` (a styled paragraph widget), the post date
    "5 มีนาคม 2567 เวลา 10.22 น." in ``div.dmBlogPostDate``; "โพสต์ล่าสุด" cards with
    "5 มีนาคม 2567" dates after, and the Duda cookie notice."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": article.title,
          "datePublished": "2021-06-01T00:00:00Z", "dateModified": "2026-11-28T03:00:00Z"}  # fmt: skip
    cards = "".join(
        f'<div class="dmRespCol small-12 medium-3 postCard"><a class="postTitle" href="{duda_url(r)}">{esc(r.title)}</a><div class="postDate">{_duda_short(day_of(r))}</div></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{esc(article.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{script_json(ld)}</script>
<link rel="stylesheet" href="https://irp.cdn-website.com/fonts/css2.css">
</head>
<body id="dmRoot" class="dmRoot dmBodyNoIscroll">
<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3"><div id="dm-outer-wrapper">
<div class="dmHeaderContainer"><div id="hcontainer" class="dmHeader"><div class="dmRespRow"><div class="dmRespCol large-4"><a href="/" class="dmLogo">องค์การบริหารส่วนจังหวัดพังงา</a></div><div class="dmRespCol large-8"><nav class="unifiednav"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/blog">ข่าวสาร</a></li><li><a href="/contact">ติดต่อ</a></li></ul></nav></div></div></div></div>
<div id="dmStyle_innerContainer" class="dmOuter"><div class="dmInner"><div id="content" class="dmContent">
<div class="dmRespRow"><div class="dmRespColsWrapper"><div class="dmRespCol large-12">
<div class="dmBlogPostDate">{_duda_date(d)}</div>
<h1 class="dmNewParagraph" data-element-type="paragraph">{esc(article.title)}</h1>
<div class="dmNewParagraph postBody" data-element-type="paragraph">
{paragraphs(article)}
</div>
<div class="dmShareWidget"><a href="https://www.facebook.com/sharer.php?u={duda_url(article)}">Facebook</a> <a href="https://line.me/R/msg/text/?{duda_url(article)}">LINE</a></div>
</div></div></div>
<div class="dmRespRow"><div class="dmRespColsWrapper"><div class="dmRespCol large-12"><h3>โพสต์ล่าสุด</h3></div>{cards}</div></div>
</div></div></div>
<div class="dmFooterContainer"><div id="fcontainer" class="dmFooter">องค์การบริหารส่วนจังหวัดพังงา 1 ถนนเพชรเกษม ตำบลท้ายช้าง อำเภอเมือง จังหวัดพังงา 82000 โทร. 076-412-345</div></div>
</div></div></div>
<div class="cookie-notification">เราใช้คุกกี้เพื่อพัฒนาประสบการณ์ของผู้ใช้ <a href="#">ยอมรับ</a></div>
</body>
</html>"""


# ------------------------------------------------------------------ Jekyll minima


def jekyll_url(article: DemoArticle) -> str:
    return (
        f"https://prd-songkhla.github.io/{article.date.replace('-', '/')}/pr-{article.number}.html"
    )


def _jekyll_date(moment: datetime) -> str:
    # minima's site.minima.date_format set to "%-d %b %Y": English month abbr, CE year
    return f"{moment.day} {EN_ABBR[moment.month - 1]} {moment.year}"


def jekyll_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Jekyll + minima on GitHub Pages: <title> "headline | site" by jekyll-seo-tag, with
    its JSON-LD (datePublished right, in +07:00) and article:published_time; the headline
    ``h1.post-title``, ``<time class="dt-published" datetime=ISO>5 Mar 2024</time>``;
    after the post a hand-made "โพสต์ก่อนหน้า" list (site.posts) with the same format,
    and the minima footer with the RSS link and the office's address."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": article.title,
          "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "url": jekyll_url(article)}  # fmt: skip
    posts = "".join(
        f'<li><span class="post-meta">{_jekyll_date(day_of(r))}</span><h3><a class="post-link" href="{jekyll_url(r)}">{esc(r.title)}</a></h3></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(article.title)} | ประชาสัมพันธ์จังหวัดสงขลา</title>
<meta name="generator" content="Jekyll v3.9.3" />
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{d.isoformat()}" />
<script type="application/ld+json">{script_json(ld)}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml" title="ประชาสัมพันธ์จังหวัดสงขลา" /></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">ประชาสัมพันธ์จังหวัดสงขลา</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">เกี่ยวกับ</a><a class="page-link" href="/archive/">คลังข่าว</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(article.title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="{d.isoformat()}" itemprop="datePublished">{_jekyll_date(d)}</time></p></header>
<div class="post-content e-content" itemprop="articleBody">
{paragraphs(article)}
</div><a class="u-url" href="{jekyll_url(article)}" hidden></a>
</article>
<h2 class="post-list-heading">โพสต์ก่อนหน้า</h2><ul class="post-list">{posts}</ul>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">ประชาสัมพันธ์จังหวัดสงขลา</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">สำนักงานประชาสัมพันธ์จังหวัดสงขลา</li><li>ถนนราชดำเนิน อำเภอเมือง จังหวัดสงขลา 90000 โทร. 074-311-234</li></ul></div><div class="footer-col footer-col-3"><p>ข่าวสารจากจังหวัดสงขลา</p></div></div></div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Notion via Super.so


def notion_url(article: DemoArticle) -> str:
    return f"https://news.thaihealth.or.th/pr-{article.number}-{article.number * 7919:x}"


def _notion_date(moment: datetime) -> str:
    # a Notion "Date" property in its default "Full date" format: English, CE year
    return f"{EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def notion_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Notion database page published through Super.so: <title> the SITE name, og:title
    the site too, a ``__NEXT_DATA__`` blob; the headline ``h1.notion-header__title``,
    then the property table: "Date" "March 5, 2024" (English full date), "Tags", "Views";
    the body as ``div.notion-text`` blocks; a linked "gallery" view of the database after,
    each card with its title and date property, and the Super footer."""
    d = day_of(article)
    data = {"props": {"pageProps": {"siteId": "thaihealth-news", "pageId": f"{article.number:x}"}}, "page": "/[[...slug]]"}  # fmt: skip
    cards = "".join(
        f'<a class="notion-collection-card gallery" href="{notion_url(r)}"><div class="notion-collection-card__content"><div class="notion-property notion-property__title"><span class="notion-semantic-string">{esc(r.title)}</span></div><div class="notion-property notion-property__date"><span class="date">{_notion_date(day_of(r))}</span></div></div></a>'
        for r in related
    )
    blocks = paragraphs(article, "div", ' class="notion-text notion-block"')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ข่าวสาร สสส.</title>
<meta property="og:title" content="ข่าวสาร สสส.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://assets.super.so/static/notion.css">
</head>
<body class="theme-light">
<div id="__next"><div class="super-root">
<nav class="super-navbar simple"><div class="super-navbar__content"><a href="/" class="super-navbar__logo">ข่าวสาร สสส.</a><div class="super-navbar__item-list"><a class="super-navbar__item" href="/">หน้าแรก</a><a class="super-navbar__item" href="/news">ข่าวทั้งหมด</a><a class="super-navbar__item" href="/contact">ติดต่อ</a></div></div></nav>
<main class="super-content page__pr-{article.number}">
<div class="notion-header page"><div class="notion-header__cover no-cover"></div><div class="notion-header__content"><div class="notion-header__title-wrapper"><h1 class="notion-header__title">{esc(article.title)}</h1></div>
<div class="notion-page__properties"><div class="notion-page__property"><div class="notion-page__property-name"><span>Date</span></div><div class="notion-property notion-property__date"><span class="date">{_notion_date(d)}</span></div></div>
<div class="notion-page__property"><div class="notion-page__property-name"><span>Tags</span></div><div class="notion-property notion-property__multi_select"><span class="notion-pill pill-blue">{esc(article.category)}</span></div></div>
<div class="notion-page__property"><div class="notion-page__property-name"><span>Views</span></div><div class="notion-property notion-property__number">{counter(article)}</div></div></div></div></div>
<article id="block-{article.number:x}" class="notion-root max-width has-footer">
{blocks}
<div class="notion-divider"></div>
<div class="notion-collection inline"><div class="notion-collection__header-wrapper"><h3 class="notion-collection__header"><span class="notion-semantic-string">ข่าวอื่น ๆ</span></h3></div><div class="notion-collection-gallery medium">{cards}</div></div>
</article>
</main>
<footer class="super-footer"><p>สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ 99/8 ซอยงามดูพลี แขวงทุ่งมหาเมฆ เขตสาทร กรุงเทพฯ 10120 โทร. 0 2343 1500</p><p>Built with Super</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script>
</body>
</html>"""


def notion_hints(article: DemoArticle) -> Hints:
    """The Super.so site is crawled from its gallery listing: headline and the Full date."""
    return Hints(title=article.title, list_date=_notion_date(day_of(article)))
