"""The "tuned" families of the third tuning round (issue 14): bench/zoo.py registers them.

Written before they were run through the extractor, imitating systems not yet in the zoo
(Joomla + K2, Joomla + Gantry, WordPress Avada and Flatsome, Drupal 8 Bootstrap, Umbraco,
Wagtail, Craft CMS, Kentico, Squarespace, Yii2, a Dreamweaver-era static page, Rails).
Their first measurement is in bench/RESULTS.md; the extractor was then changed, with
general rules only, until they passed, so they are tuned families, not a blind set.

Each carries what those systems really do to a page: ``<title>`` = the site name or
"section | site", an ``og:title`` that is the site name, the headline in an <h2>, a <div>,
a <strong> or a table cell while the site name or the section sits in the <h1>, sliders
and tickers of other headlines above the article, related-news boxes with dates before and
after it, the date only in a machine attribute, Thai digits, Christian and Buddhist years,
two-digit years, dates glued to text, an event date next to the publication date, the
headline repeated as the text's first line, cookie banners and comment blocks.
"""

from __future__ import annotations

import json
from datetime import UTC

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, be, body_lines, counter, day_of, esc, thai_digits
from crawler.demo.corpus import DemoArticle


def _short(article: DemoArticle, size: int = 60) -> str:
    return article.title[:size] + ("..." if len(article.title) > size else "")


def _paragraphs(article: DemoArticle, tag: str = "p") -> str:
    return "".join(f"<{tag}>{esc(line)}</{tag}>\n" for line in body_lines(article))


# ------------------------------------------------------------------ Joomla 3 + K2


def k2_url(article: DemoArticle) -> str:
    return f"https://www.chumphon.go.th/index.php/news/item/{article.number}-pr-{article.number}"


def k2_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 3 + K2 on a provincial office: <title> "ข่าวประชาสัมพันธ์ - site" (the menu
    item, not the item), og:title the site name on odd ids, the site name in the logo's
    <h1>, a "K2 Content" module of the latest items (their headlines in <h3>, their dates
    ``05 มี.ค. 2020``) BEFORE the item, the headline ``h2.itemTitle``, the date
    ``span.itemDateCreated`` "วันพฤหัสบดี, 05 มีนาคม 2020 10:22" (Joomla's Thai locale with
    the Christian year), hits, "itemRelated" after, and K2 comments with their own dates."""
    d = day_of(article)
    created = (
        f"วัน{WEEKDAYS[d.weekday()]}, {d.day:02d} {THAI_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
    )
    og = "สำนักงานจังหวัดชุมพร" if article.number % 2 else article.title
    latest = "".join(
        f'<li class="even"><h3 class="moduleItemTitle"><a class="moduleItemTitle" href="{k2_url(r)}">{esc(r.title)}</a></h3>'
        f'<span class="moduleItemDateCreated">{day_of(r).day:02d} {ABBR[day_of(r).month - 1]} {day_of(r).year}</span></li>'
        for r in related[:3]
    )
    rel = "".join(
        f'<li class="odd"><a class="itemRelTitle" href="{k2_url(r)}">{esc(r.title)}</a>'
        f'<span class="itemRelDate">{day_of(r).day:02d} {THAI_MONTHS[day_of(r).month - 1]} {day_of(r).year}</span></li>'
        for r in related[1:]
    )
    later = day_of(related[0])
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="th-th" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta property="og:url" content="{k2_url(article)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(og)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>ข่าวประชาสัมพันธ์ - สำนักงานจังหวัดชุมพร</title>
<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" type="text/css" /></head>
<body class="site com_k2 view-item no-layout no-task itemid-145">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><h1 class="site-title" title="สำนักงานจังหวัดชุมพร">สำนักงานจังหวัดชุมพร</h1></a>
<div class="header-search pull-right"><form action="/index.php/news" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /></form></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">หน้าหลัก</a></li><li class="item-145 current active"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="item-146"><a href="/index.php/procure">จัดซื้อจัดจ้าง</a></li><li class="item-147"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav>
<div class="row-fluid">
<div id="aside" class="span3"><div class="well "><h3 class="page-header">ข่าวล่าสุด</h3><div id="k2ModuleBox121" class="k2ItemsBlock"><ul>{latest}</ul></div></div></div>
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider">/</span></li><li class="active"><span itemprop="name">ข่าวประชาสัมพันธ์</span></li></ul>
<span id="startOfPageId{article.number}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{created}</span>
<h2 class="itemTitle">{esc(article.title)}</h2>
<span class="itemAuthor">เขียนโดย&nbsp;<a rel="author" href="/index.php/news/itemlist/user/42-pr">งานประชาสัมพันธ์</a></span></div>
<div class="itemToolbar"><ul><li><span class="itemHits">อ่าน {counter(article)} ครั้ง</span></li><li><a class="itemPrintLink" rel="nofollow" href="#">พิมพ์</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">อีเมล</a></li></ul></div>
<div class="itemBody"><div class="itemFullText">
{_paragraphs(article)}</div>
<div class="itemLinks"><div class="itemCategory"><span>เผยแพร่ใน</span> <a href="/index.php/news">ข่าวประชาสัมพันธ์</a></div></div></div>
<div class="itemRelated"><h3>รายการที่เกี่ยวข้อง (โดย แท็ก)</h3><ul>{rel}</ul></div>
<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> ความคิดเห็น</h3>
<ul class="itemCommentsList"><li class="odd"><span class="commentDate">{later.day:02d} {THAI_MONTHS[later.month - 1]} {later.year} {later:%H:%M}</span> <span class="commentAuthorName">โพสต์โดย สมชาย</span><p>ขอบคุณสำหรับข้อมูลครับ ติดตามข่าวสารของจังหวัดเสมอ</p></li>
<li class="even"><span class="commentDate">{d.day:02d} {THAI_MONTHS[d.month - 1]} {d.year} 23:59</span> <span class="commentAuthorName">โพสต์โดย ผู้เยี่ยมชม</span><p>อยากให้มีกิจกรรมแบบนี้อีก</p></li></ul>
<div class="itemCommentsForm"><h3>แสดงความคิดเห็น</h3><p class="itemCommentsFormNotes">ช่องที่มีเครื่องหมาย * จำเป็นต้องกรอก</p><form action="#" method="post"><textarea name="commentText"></textarea><input type="submit" value="ส่งความคิดเห็น" /></form></div></div>
</div></main></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><p>สำนักงานจังหวัดชุมพร ศาลากลางจังหวัดชุมพร ถนนไตรรัตน์ ตำบลท่าตะเภา อำเภอเมือง จังหวัดชุมพร 86000 โทร 077-511-551</p><p class="pull-right"><a href="#top" id="back-top">กลับด้านบน</a></p></div></footer>
</body></html>"""


# ------------------------------------------------------------------ Joomla + Gantry 5 (RocketTheme)


def gantry_url(article: DemoArticle) -> str:
    return f"https://www.dla.go.th/index.php/pr-news/{article.number}"


def gantry_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 3 with a RocketTheme Gantry 5 template: <title> = the site name only, a
    "showcase" owl-carousel slider of other headlines (each an <h2>) with their dates ABOVE
    the article, the headline ``h2[itemprop=headline]`` inside ``.page-header``, the date
    ONLY in ``<time datetime>`` (its text is just the hits icon row: "เผยแพร่เมื่อ" plus a
    relative "x ปีที่แล้ว" the template prints), a Gantry "news" particle after."""
    d = day_of(article)
    slides = "".join(
        f'<div class="g-owlcarousel-item"><div class="g-owlcarousel-item-wrapper"><img src="/images/slide{i}.jpg" alt="" />'
        f'<div class="g-owlcarousel-item-content-container"><h2 class="g-owlcarousel-item-title">{esc(r.title)}</h2>'
        f'<div class="g-owlcarousel-item-desc">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)}</div>'
        f'<a href="{gantry_url(r)}" class="button">อ่านต่อ</a></div></div></div>'
        for i, r in enumerate(related[:3])
    )
    particle = "".join(
        f'<div class="g-news-pro-item"><div class="g-info-container"><h4 class="g-item-title"><a href="{gantry_url(r)}">{esc(r.title)}</a></h4>'
        f'<div class="g-info-container"><span class="g-item-date"><i class="fa fa-clock-o"></i>{day_of(r):%d/%m/%Y}</span></div></div></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta charset="utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" />
<title>กรมส่งเสริมการปกครองท้องถิ่น</title>
<link href="/templates/rt_studius/custom/css-compiled/studius_12.css" rel="stylesheet" /></head>
<body class="gantry site com_content view-article no-layout no-task dir-ltr itemid-212 outline-12 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1"><div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-1234-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
<div id="g-page-surround">
<section id="g-top"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle"><div class="g-contacts"><span class="g-contact-item">โทร 02-241-9000</span> <span class="g-contact-item">saraban@dla.go.th</span></div></div></div></div></div></section>
<header id="g-header"><div class="g-container"><div class="g-grid"><div class="g-block size-30"><div class="g-content g-particle"><a href="/" target="_self" title="กรมส่งเสริมการปกครองท้องถิ่น" rel="home" class="g-logo"><img src="/images/logo.png" alt="กรมส่งเสริมการปกครองท้องถิ่น" /></a></div></div>
<div class="g-block size-70"><div class="g-content g-particle"><nav class="g-main-nav"><ul class="g-toplevel"><li class="g-menu-item"><a class="g-menu-item-container" href="/"><span class="g-menu-item-content"><span class="g-menu-item-title">หน้าหลัก</span></span></a></li><li class="g-menu-item active"><a class="g-menu-item-container" href="/index.php/pr-news"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวประชาสัมพันธ์</span></span></a></li><li class="g-menu-item"><a class="g-menu-item-container" href="/index.php/law"><span class="g-menu-item-content"><span class="g-menu-item-title">กฎหมาย ระเบียบ</span></span></a></li></ul></nav></div></div></div></div></header>
<section id="g-showcase"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle"><div class="g-owlcarousel g-owlcarousel-fullwidth owl-carousel">{slides}</div></div></div></div></div></section>
<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid"><div class="g-block size-75"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content">
<div class="platform-content row-fluid"><div class="span12"><div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h2 itemprop="headline">{esc(article.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{d.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{counter(article)}" />ฮิต: {counter(article)}</dd></dl>
<div itemprop="articleBody">
{_paragraphs(article)}</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(related[1].title)}" href="{gantry_url(related[1])}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li><li class="next"><a class="hasTooltip" title="{esc(related[2].title)}" href="{gantry_url(related[2])}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div></div></div></div></div></div></main></div>
<div class="g-block size-25"><aside id="g-aside"><div class="g-content"><div class="moduletable"><h3 class="g-title">ข่าวที่น่าสนใจ</h3><div class="g-news-pro">{particle}</div></div></div></aside></div></div></div></section>
<footer id="g-footer"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle">กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา เขตดุสิต กรุงเทพฯ 10300 | Powered by Gantry Framework</div></div></div></div></footer>
</div></body></html>"""


# ------------------------------------------------------------------ WordPress Avada


def avada_url(article: DemoArticle) -> str:
    return f"https://www.opdc.go.th/news-{article.number}/"


def avada_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress + Avada: the page title bar's <h1> is the CATEGORY ("ข่าวประชาสัมพันธ์"),
    the post title an ``h2.entry-title.fusion-post-title``; <title> "headline – site"
    (en dash); a hidden rich snippet ``span.updated`` with the MODIFIED date (weeks
    later); the visible meta "โดย admin | มีนาคม 5th, 2020 | ข่าวประชาสัมพันธ์" (English
    ordinal on a Thai month); Yoast JSON-LD with the headline on even ids; a related-posts
    carousel with dates; a cookie-consent bar."""
    d = day_of(article)
    modified = d.replace(day=1, month=d.month % 12 + 1, year=d.year + (d.month == 12))
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    jsonld = ""
    if article.number % 2 == 0:
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "headline": article.title, "datePublished": d.isoformat(),
             "dateModified": modified.isoformat(), "inLanguage": "th"},
            {"@type": "WebSite", "name": "สำนักงาน ก.พ.ร."},
        ]}  # fmt: skip
        jsonld = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
    carousel = "".join(
        f'<li class="fusion-carousel-item"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-wrapper"><img src="/wp-content/uploads/{r.number}.jpg" alt="{esc(r.title)}" /></div>'
        f'<h4 class="fusion-carousel-title"><a href="{avada_url(r)}" target="_self">{esc(r.title)}</a></h4>'
        f'<div class="fusion-carousel-meta">{THAI_MONTHS[day_of(r).month - 1]} {day_of(r).day}, {day_of(r).year}</div></div></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="th"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta charset="UTF-8" />
<title>{esc(article.title)} &#8211; สำนักงาน ก.พ.ร.</title>
<meta property="og:locale" content="th_TH" /><meta property="og:type" content="article" />
<meta property="og:site_name" content="สำนักงาน ก.พ.ร." />
{jsonld}</head>
<body class="post-template-default single single-post postid-{article.number} single-format-standard fusion-image-hovers fusion-body ltr fusion-sticky-header">
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper">
<header class="fusion-header-wrapper"><div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left"><div class="fusion-header"><div class="fusion-row"><div class="fusion-logo" data-margin-top="31px"><a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/logo.png" width="300" height="60" alt="สำนักงาน ก.พ.ร. Logo" class="fusion-standard-logo" /></a></div>
<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main" class="fusion-menu"><li class="menu-item"><a href="/"><span class="menu-text">หน้าแรก</span></a></li><li class="menu-item current-post-ancestor"><a href="/category/news/"><span class="menu-text">ข่าวประชาสัมพันธ์</span></a></li><li class="menu-item"><a href="/about/"><span class="menu-text">เกี่ยวกับ ก.พ.ร.</span></a></li></ul></nav></div></div></div></header>
<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper"><div class="fusion-page-title-captions"><h1 class="entry-title">ข่าวประชาสัมพันธ์</h1></div>
<div class="fusion-page-title-secondary"><div class="fusion-breadcrumbs"><span class="fusion-breadcrumb-item"><a href="/" class="fusion-breadcrumb-link"><span>หน้าแรก</span></a></span><span class="fusion-breadcrumb-sep">/</span><span class="fusion-breadcrumb-item"><a href="/category/news/" class="fusion-breadcrumb-link"><span>ข่าวประชาสัมพันธ์</span></a></span></div></div></div></div></div></section>
<main id="main" class="clearfix "><div class="fusion-row" style=""><section id="content" style="width: 100%;">
<article id="post-{article.number}" class="post post-{article.number} type-post status-publish format-standard hentry category-news">
<h2 class="entry-title fusion-post-title">{esc(article.title)}</h2>
<div class="post-content">
{_paragraphs(article)}</div>
<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">โดย <span class="vcard"><span class="fn"><a href="/author/admin/" title="เขียนโดย admin" rel="author">admin</a></span></span><span class="fusion-inline-sep">|</span><span>{THAI_MONTHS[d.month - 1]} {d.day}{suffix}, {d.year}</span><span class="fusion-inline-sep">|</span><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a><span class="fusion-inline-sep">|</span></div></div>
<span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/admin/" rel="author">admin</a></span></span><span class="updated rich-snippet-hidden">{modified.isoformat()}</span>
<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box"><h4>แชร์ข่าวนี้</h4><div class="fusion-social-networks"><a class="fusion-social-network-icon fusion-facebook" href="#">Facebook</a><a class="fusion-social-network-icon fusion-line" href="#">LINE</a></div></div>
<section class="related-posts single-related-posts"><div class="fusion-title fusion-title-size-three"><h3 class="title-heading-left">ข่าวที่เกี่ยวข้อง</h3></div><div class="fusion-carousel"><div class="fusion-carousel-positioner"><ul class="fusion-carousel-holder">{carousel}</ul></div></div></section>
</article></section></div></main>
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><section class="fusion-footer-widget-column widget widget_text"><div class="textwidget"><p>สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.) 59/1 ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300 โทร 02-356-9999</p></div></section></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>© Copyright 2020 | สำนักงาน ก.พ.ร. | All Rights Reserved</div></div></div></footer></div>
</div></div>
<div class="fusion-privacy-bar fusion-privacy-bar-bottom"><div class="fusion-privacy-bar-main"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีแก่ท่าน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายคุกกี้ของเรา</span><a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default">ยอมรับ</a> <a href="/privacy/" class="fusion-privacy-bar-learn-more">นโยบายความเป็นส่วนตัว</a></div></div>
</body></html>"""


# ------------------------------------------------------------------ WordPress Flatsome (UX Builder)


def flatsome_url(article: DemoArticle) -> str:
    return f"https://www.kanchanaburi.go.th/archives/{article.number}"


def flatsome_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress + Flatsome: og:title = the site name on every page (a misconfigured SEO
    plugin), <title> "headline – site"; a header news ticker of other headlines; the
    headline ``h1.entry-title``; the posted-on line with ``<time class="entry-date
    published" datetime>`` showing ``05/03/2020`` and a later ``time.updated``; a date
    badge "05 มี.ค." (no year) on the image; the headline repeated as the text's first line
    on odd ids; a "ข่าวล่าสุด" widget AFTER the post with dates; a cookie notice; a
    comment form with "ใส่ความเห็น"."""
    d = day_of(article)
    modified = d.replace(year=d.year + 1) if d.year < 2023 else d
    ticker = " | ".join(f'<a href="{flatsome_url(r)}">{esc(r.title)}</a>' for r in related)
    recent = "".join(
        f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half"><div class="flex-col mr-half"><div class="badge post-date badge-small badge-outline"><div class="badge-inner bg-fill"><span class="post-date-day">{day_of(r).day:02d}</span><br><span class="post-date-month is-xsmall">{ABBR[day_of(r).month - 1]}</span></div></div></div>'
        f'<div class="flex-col flex-grow"><a href="{flatsome_url(r)}" title="{esc(r.title)}">{esc(r.title)}</a><span class="post_comments op-7 block is-xsmall"><a href="{flatsome_url(r)}#respond"></a></span></div></div></li>'
        for r in related
    )
    first = f"<p><strong>{esc(article.title)}</strong></p>\n" if article.number % 2 else ""
    return f"""<!DOCTYPE html>
<html lang="th" class="loading-site no-js"><head><meta charset="UTF-8" />
<title>{esc(article.title)} &#8211; จังหวัดกาญจนบุรี</title>
<meta property="og:title" content="จังหวัดกาญจนบุรี" />
<meta property="og:type" content="website" />
<meta name="viewport" content="width=device-width, initial-scale=1" /></head>
<body class="post-template-default single single-post postid-{article.number} lightbox nav-dropdown-has-arrow">
<a class="skip-link screen-reader-text" href="#main">ข้ามไปยังเนื้อหา</a>
<div id="wrapper">
<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper"><div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container"><div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small nav-divided"><li class="html custom html_topbar_left"><marquee scrollamount="4">ข่าวล่าสุด: {ticker}</marquee></li></ul></div></div></div>
<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation"><div id="logo" class="flex-col logo"><a href="/" title="จังหวัดกาญจนบุรี - Kanchanaburi Province" rel="home"><img width="200" height="90" src="/wp-content/uploads/logo.png" class="header_logo header-logo" alt="จังหวัดกาญจนบุรี" /></a></div>
<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase"><li class="menu-item"><a href="/" class="nav-top-link">หน้าแรก</a></li><li class="menu-item current-post-ancestor"><a href="/archives/category/news" class="nav-top-link">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/ita" class="nav-top-link">ITA</a></li></ul></div></div></div></div></header>
<main id="main" class=""><div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided "><div class="large-9 col">
<article id="post-{article.number}" class="post-{article.number} post type-post status-publish format-standard has-post-thumbnail hentry category-news"><div class="article-inner ">
<header class="entry-header"><div class="entry-header-text entry-header-text-top text-center"><h6 class="entry-category is-xsmall"><a href="/archives/category/news" rel="category tag">ข่าวประชาสัมพันธ์</a></h6>
<h1 class="entry-title">{esc(article.title)}</h1><div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">โพสเมื่อ <a href="{flatsome_url(article)}" rel="bookmark"><time class="entry-date published" datetime="{d.isoformat()}">{d:%d/%m/%Y}</time><time class="updated" datetime="{modified.isoformat()}">{modified:%d/%m/%Y}</time></a></span> <span class="byline">โดย <span class="meta-author vcard"><a class="url fn n" href="/archives/author/admin">admin</a></span></span></div></div>
<div class="entry-image relative"><a href="{flatsome_url(article)}"><img width="1020" height="680" src="/wp-content/uploads/{article.number}.jpg" class="attachment-large size-large wp-post-image" alt="" /></a><div class="badge absolute top post-date badge-outline"><div class="badge-inner"><span class="post-date-day">{d.day:02d}</span><br><span class="post-date-month is-small">{ABBR[d.month - 1]}</span></div></div></div></header>
<div class="entry-content single-page">
{first}{_paragraphs(article)}<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative"><a href="#" class="icon button circle is-outline tooltip facebook" title="Share on Facebook">Facebook</a><a href="#" class="icon button circle is-outline tooltip line" title="Share on LINE">LINE</a></div></div></div>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *</p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /></p></form></div></div>
</div>
<div class="post-sidebar large-3 col"><div id="secondary" class="widget-area " role="complementary"><div id="flatsome_recent_posts-2" class="widget flatsome_recent_posts"><span class="widget-title "><span>ข่าวล่าสุด</span></span><div class="is-divider small"></div><ul>{recent}</ul></div></div></div>
</div></div></main>
<footer id="footer" class="footer-wrapper"><div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">ศาลากลางจังหวัดกาญจนบุรี ถนนแสงชูโต ตำบลบ้านเหนือ อำเภอเมือง จังหวัดกาญจนบุรี 71000 โทร 034-511-778 Copyright 2024 © <strong>จังหวัดกาญจนบุรี</strong></div></div></div></div></footer>
</div>
<div class="flatsome-cookies flatsome-cookies--active"><div class="flatsome-cookies__inner"><div class="flatsome-cookies__text">เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</div><div class="flatsome-cookies__buttons"><a href="#" class="button primary flatsome-cookies__accept-btn"><span>ยอมรับ</span></a></div></div></div>
</body></html>"""


# ------------------------------------------------------------------ Drupal 8 Bootstrap


def drupal8_url(article: DemoArticle) -> str:
    return f"https://www.dmh.go.th/node/{article.number}"


def drupal8_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Drupal 8 with the Bootstrap base theme: <title> "headline | site"; the navbar brand
    (site name) in a link; ``h1.page-header > span`` headline; "ส่งโดย admin เมื่อ พฤ.,
    05/03/2020 - 10:22" (Drupal's medium format with the Thai weekday, d/m/Y Christian
    year); a "ข่าวล่าสุด" view block in the sidebar with ``<span class="views-field-created">``
    dates in the same format, rendered BEFORE the content region on even ids (sidebar
    first), a comment section with a dated comment after the text."""
    d = day_of(article)
    weekday = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."][d.weekday()]
    view = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{drupal8_url(r)}" hreflang="th">{esc(r.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{day_of(r):%d/%m/%Y - %H:%M}</span></div></div>'
        for r in related
    )
    sidebar = f'<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-first"><section class="views-element-container block block-views clearfix"><h2 class="block-title">ข่าวล่าสุด</h2><div class="form-group"><div class="view view-frontpage view-id-frontpage">{view}</div></div></section></div></aside>'
    later = day_of(related[0])
    content = f"""<section class="col-sm-9"><div class="highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ol>
<a id="main-content"></a><h1 class="page-header"><span>{esc(article.title)}</span></h1>
<div class="region region-content"><article role="article" about="/node/{article.number}" class="article is-promoted full clearfix">
<div class="content"><span class="submitted">ส่งโดย <span>admin</span> เมื่อ {weekday}, {d:%d/%m/%Y - %H:%M}</span>
<div class="field field--name-body field--type-text-with-summary field--label-hidden field--item">
{_paragraphs(article)}</div>
<section class="comment-section"><h2 class="block-title">ความคิดเห็น</h2><article role="article" class="comment js-comment by-anonymous clearfix"><footer><p class="comment__submitted">ส่งโดย ผู้เยี่ยมชม เมื่อ {later:%d/%m/%Y - %H:%M}</p></footer><div class="content"><p>ขอบคุณสำหรับข่าวสารครับ</p></div></article>
<h2 class="title comment-form__title">แสดงความคิดเห็น</h2><form class="comment-form"><textarea></textarea></form></section>
</div></article></div></section>"""
    columns = sidebar + content if article.number % 2 == 0 else content + sidebar
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<title>{esc(article.title)} | กรมสุขภาพจิต</title></head>
<body class="path-node page-node-type-article has-glyphicons">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="navbar navbar-default container" id="navbar" role="banner"><div class="navbar-header"><a class="logo navbar-btn pull-left" href="/" title="หน้าแรก" rel="home"><img src="/themes/dmh/logo.png" alt="หน้าแรก" /></a><a class="name navbar-brand" href="/" title="หน้าแรก" rel="home">กรมสุขภาพจิต</a></div>
<div id="navbar-collapse" class="navbar-collapse collapse"><nav role="navigation"><ul class="menu menu--main nav navbar-nav"><li class="first"><a href="/">หน้าแรก</a></li><li class="active"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="last"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<div role="main" class="main-container container js-quickedit-main-content"><div class="row">
{columns}
</div></div>
<footer class="footer container" role="contentinfo"><div class="region region-footer"><p>กรมสุขภาพจิต กระทรวงสาธารณสุข 88/20 ถนนติวานนท์ อำเภอเมือง จังหวัดนนทบุรี 11000 โทร 02-590-8000</p></div></footer>
</div></body></html>"""


# ------------------------------------------------------------------ Umbraco


def umbraco_url(article: DemoArticle) -> str:
    return f"https://www.oae.go.th/view/1/รายละเอียดข่าว/ข่าวประชาสัมพันธ์/{article.number}/TH-TH"


def umbraco_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Umbraco 8 (ASP.NET MVC): <title> "ข่าวประชาสัมพันธ์ - site" (section | site); the
    header <h1> holds the site name beside its logo; the breadcrumb's last item the headline
    cut to 40 characters with "..."; the headline a ``div.news-detail__title``; the date
    ``p.news-detail__date`` ``05.03.2020`` (dotted d.m.Y, Christian year) after the view
    count; a "ข่าวอื่น ๆ" card row with ``dd.MM.yyyy`` dates above the footer."""
    d = day_of(article)
    crumb = _short(article, 40)
    cards = "".join(
        f'<div class="col-md-3 news-card"><a href="{umbraco_url(r)}" class="news-card__link"><img src="/media/{r.number}/thumb.jpg" alt="" />'
        f'<div class="news-card__body"><p class="news-card__date">{day_of(r):%d.%m.%Y}</p><p class="news-card__title">{esc(r.title)}</p></div></a></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>ข่าวประชาสัมพันธ์ - สำนักงานเศรษฐกิจการเกษตร</title>
<link href="/css/site.min.css?v=8.18" rel="stylesheet" /></head>
<body class="newsDetail">
<header class="site-header"><div class="container"><div class="row"><div class="col-md-8"><h1 class="header-brand"><a href="/"><img src="/media/1001/oae-logo.png" alt="" /></a><span>สำนักงานเศรษฐกิจการเกษตร</span><small>Office of Agricultural Economics</small></h1></div>
<div class="col-md-4 header-tools"><a href="/TH-TH">TH</a> | <a href="/EN-US">EN</a> <a href="#" class="font-size">ก- ก ก+</a></div></div>
<nav class="main-nav"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับ สศก.</a></li><li class="active"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/stat">ข้อมูลสถิติ</a></li></ul></nav></div></header>
<section class="page-breadcrumb"><div class="container"><ul class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="active">{esc(crumb)}</li></ul></div></section>
<section class="news-detail"><div class="container"><div class="row"><div class="col-md-12">
<div class="news-detail__title">{esc(article.title)}</div>
<div class="news-detail__meta"><p class="news-detail__view"><i class="fa fa-eye"></i> {counter(article)}</p><p class="news-detail__date"><i class="fa fa-calendar"></i> {d:%d.%m.%Y}</p></div>
<div class="news-detail__content umb-grid"><div class="grid-section"><div class="row clearfix"><div class="col-md-12 column"><div class="rte">
{_paragraphs(article)}</div></div></div></div></div>
<div class="news-detail__share"><span>แชร์</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Line</a></div>
</div></div></div></section>
<section class="news-other"><div class="container"><h3 class="section-title">ข่าวอื่น ๆ</h3><div class="row">{cards}</div></div></section>
<footer class="site-footer"><div class="container"><p>สำนักงานเศรษฐกิจการเกษตร ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ 10900 โทร 0-2940-7000</p><p>Copyright © สำนักงานเศรษฐกิจการเกษตร</p></div></footer>
</body></html>"""


# ------------------------------------------------------------------ Wagtail (Django)


def wagtail_url(article: DemoArticle) -> str:
    return f"https://www.nstda.or.th/home/news_post/news-{article.number}/"


def wagtail_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Wagtail (Django) news page: <title> "headline | site", the headline in <h1>; the
    page model has an EVENT date field printed first, right under the headline
    ("วันที่จัดกิจกรรม: 12 มีนาคม 2020", a week after the post), then "เผยแพร่เมื่อ 5
    มีนาคม 2020" (Django's th locale: Thai month, Christian year), the StreamField text,
    tags, and a "ข่าวที่เกี่ยวข้อง" block after with ``5 มี.ค. 2020`` dates; a PDPA
    cookie banner at the top."""
    d = day_of(article)
    event = day_of(related[3])  # another day, before or after the post
    rel = "".join(
        f'<div class="related-item"><a href="{wagtail_url(r)}"><h3>{esc(r.title)}</h3></a>'
        f'<span class="related-date">{day_of(r).day} {ABBR[day_of(r).month - 1]} {day_of(r).year}</span></div>'
        for r in related[:3]
    )
    return f"""<!DOCTYPE html>
<html class="no-js" lang="th"><head><meta charset="utf-8" />
<title>{esc(article.title)} | สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ</title>
<meta name="description" content="" /><meta name="viewport" content="width=device-width, initial-scale=1" /></head>
<body class="template-newspostpage">
<div id="cookie-consent" class="cookie-consent"><p>เว็บไซต์นี้ใช้คุกกี้ (Cookies) เพื่อพัฒนาประสบการณ์ของผู้ใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/privacy/">นโยบายคุกกี้</a></p><button type="button" class="btn">ยอมรับทั้งหมด</button></div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/static/img/logo.svg" alt="สวทช." /></a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/home/">หน้าแรก</a></li><li class="nav-item active"><a class="nav-link" href="/home/news_post/">ข่าว</a></li><li class="nav-item"><a class="nav-link" href="/home/about/">เกี่ยวกับเรา</a></li></ul></nav>
<div class="container page-content"><div class="row"><div class="col-lg-8">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-meta"><p class="event-date">วันที่จัดกิจกรรม: {event.day} {THAI_MONTHS[event.month - 1]} {event.year}</p>
<p class="published-date">เผยแพร่เมื่อ {d.day} {THAI_MONTHS[d.month - 1]} {d.year}</p></div>
<div class="news-body"><div class="block-paragraph_block"><div class="rich-text">
{_paragraphs(article)}</div></div></div>
<div class="news-tags"><span>แท็ก:</span> <a href="/home/news_post/?tag=pr" class="badge">ประชาสัมพันธ์</a></div>
</div><div class="col-lg-4"><div class="related"><h2>ข่าวที่เกี่ยวข้อง</h2>{rel}</div></div></div></div>
<footer class="footer"><p>สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ 111 อุทยานวิทยาศาสตร์ประเทศไทย ถนนพหลโยธิน ตำบลคลองหนึ่ง อำเภอคลองหลวง จังหวัดปทุมธานี 12120 โทร 0-2564-7000</p></footer>
</body></html>"""


# ------------------------------------------------------------------ Craft CMS


def craft_url(article: DemoArticle) -> str:
    return f"https://www.tceb.or.th/th/news/{article.number}-news"


def craft_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Craft CMS (Twig) with SEOmatic: <title> "ข่าวสาร | site"; og:title and a JSON-LD
    NewsArticle with the right headline and datePublished on ids divisible by 3, neither on
    the others; the section name in the <h1>; the headline a <strong> inside
    ``div.article-header__title``; the date ``<time datetime="2020-03-05">`` showing
    ``05.03.63`` (dotted, two-digit Buddhist year); a ticker of other headlines above."""
    d = day_of(article)
    seo = ""
    if article.number % 3 == 0:
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": article.title,
              "datePublished": d.isoformat(), "publisher": {"@type": "Organization", "name": "TCEB"}}  # fmt: skip
        seo = (
            f'<meta property="og:title" content="{esc(article.title)}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    ticker = "".join(
        f'<li class="ticker__item"><a href="{craft_url(r)}">{esc(r.title)}</a> <span class="ticker__date">{day_of(r):%d.%m}.{be(r) % 100:02d}</span></li>'
        for r in related
    )
    more = "".join(
        f'<article class="card"><a href="{craft_url(r)}" class="card__link"><div class="card__title">{esc(r.title)}</div></a></article>'
        for r in related[:3]
    )
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="utf-8">
<title>ข่าวสาร | สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ</title>
<meta name="generator" content="SEOmatic">{seo}
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="ltr">
<header class="site-header" role="banner"><a href="/th" class="site-header__logo"><svg role="img" aria-label="TCEB"><title>TCEB</title></svg></a>
<nav class="site-nav"><a href="/th">หน้าแรก</a> <a href="/th/news">ข่าวสาร</a> <a href="/th/about">เกี่ยวกับเรา</a> <a href="/th/contact">ติดต่อ</a></nav></header>
<div class="ticker"><span class="ticker__label">อัปเดต</span><ul class="ticker__list">{ticker}</ul></div>
<main id="main" role="main">
<section class="page-hero"><h1 class="page-hero__title">ข่าวสาร</h1></section>
<article class="article">
<div class="article-header"><div class="article-header__title"><strong>{esc(article.title)}</strong></div>
<div class="article-header__meta"><time datetime="{d:%Y-%m-%d}">{d:%d.%m}.{be(article) % 100:02d}</time> <span class="article-header__cat">ข่าวประชาสัมพันธ์</span></div></div>
<div class="article-body rich-text">
{_paragraphs(article)}</div>
<div class="article-share"><span>แบ่งปัน</span><a href="#">Facebook</a><a href="#">LINE</a><a href="#">X</a></div>
</article>
<section class="more-news"><h2 class="more-news__title">ข่าวอื่น ๆ</h2><div class="cards">{more}</div></section>
</main>
<footer class="site-footer"><p>สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ (องค์การมหาชน) ชั้น 25 อาคารสยามพิวรรธน์ทาวเวอร์ ถนนพระรามที่ 1 กรุงเทพฯ 10330 โทร 02-694-6000</p></footer>
</body></html>"""


# ------------------------------------------------------------------ Kentico


def kentico_url(article: DemoArticle) -> str:
    return f"https://www.dtam.moph.go.th/News/PR/{article.number}.aspx"


def kentico_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Kentico 10 (ASP.NET WebForms portal engine): <title> = the site name, web part
    ids for every element, the headline a ``span.NewsTitle`` (no heading), the date
    ``span.NewsDate`` ``5/3/2563 10:22:00`` (.NET th-TH culture: d/M/yyyy, Buddhist year,
    seconds), the headline repeated as the text's first line, a "ข่าวอื่น ๆ" repeater with
    the same date format, above the article on even ids."""
    d = day_of(article)
    when = f"{d.day}/{d.month}/{be(article)} {d:%H:%M:%S}"
    repeater = "".join(
        f'<div class="NewsItem"><a href="{kentico_url(r)}" class="NewsItemTitle">{esc(r.title)}</a><span class="NewsItemDate">{day_of(r).day}/{day_of(r).month}/{be(r)} {day_of(r):%H:%M:%S}</span></div>'
        for r in related
    )
    box = f'<div id="p_lt_ctl05_NewsRepeater" class="OtherNews"><h2>ข่าวอื่น ๆ</h2>{repeater}</div>'
    prefix = "p_lt_ctl04_pageplaceholder_p_lt_ctl00_NewsDetail"
    article_html = f"""<div id="{prefix}" class="NewsDetail">
<span id="{prefix}_lblTitle" class="NewsTitle">{esc(article.title)}</span><br />
<span id="{prefix}_lblDate" class="NewsDate">{when}</span><br />
<div id="{prefix}_pnlText" class="NewsText"><p>{esc(article.title)}</p>
{_paragraphs(article)}</div></div>"""
    layout = box + article_html if article.number % 2 == 0 else article_html + box
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th-th"><head id="head"><title>
	กรมการแพทย์แผนไทยและการแพทย์ทางเลือก
</title><meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" /><meta name="generator" content="Kentico" /></head>
<body class="LTR Chrome THTH ContentBody">
<form method="post" action="/News/PR/{article.number}.aspx" id="form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9k{article.number}" /></div>
<div id="ctxM"></div>
<div id="p_lt_ctl00_pnlHeader" class="Header"><a href="/"><img id="p_lt_ctl00_imgLogo" src="/App_Themes/DTAM/Images/logo.png" alt="" /></a><span class="HeaderText">กรมการแพทย์แผนไทยและการแพทย์ทางเลือก</span></div>
<div id="p_lt_ctl01_Menu" class="MainMenu"><ul id="menuElem"><li><a href="/Home.aspx">หน้าแรก</a></li><li><a href="/News.aspx">ข่าวสาร</a></li><li><a href="/Knowledge.aspx">องค์ความรู้</a></li><li><a href="/Contact.aspx">ติดต่อเรา</a></li></ul></div>
<div id="p_lt_ctl02_Breadcrumbs" class="Path"><a href="/Home.aspx" class="CMSBreadCrumbsLink">หน้าแรก</a> &gt; <a href="/News.aspx" class="CMSBreadCrumbsLink">ข่าวสาร</a> &gt; <span class="CMSBreadCrumbsCurrentItem">ข่าวประชาสัมพันธ์</span></div>
<div id="p_lt_ctl04_pageplaceholder_p_pnlContent" class="ContentArea">
{layout}
</div>
<div id="p_lt_ctl06_pnlFooter" class="Footer">กรมการแพทย์แผนไทยและการแพทย์ทางเลือก กระทรวงสาธารณสุข 88/23 หมู่ 4 ถนนติวานนท์ อำเภอเมือง จังหวัดนนทบุรี 11000 โทร 0-2591-7007</div>
</form></body></html>"""


# ------------------------------------------------------------------ Squarespace


def squarespace_url(article: DemoArticle) -> str:
    d = day_of(article)
    return f"https://www.tambon-nongkhai.org/news/{d:%Y/%-m/%-d}/post-{article.number}"


def squarespace_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Squarespace 7.1 blog post: <title> "headline — site" (em dash), og:title the
    headline + " — site", JSON-LD "BlogPosting" with the headline and a datePublished in
    UTC (Z) on odd ids; the headline ``h1.blog-title``; the visible date
    ``<time class="dt-published" datetime="2020-03-05">`` showing "5/3/20" (day/month,
    two-digit CE year); the URL has the day without zero padding; a summary block of other
    posts with "5/3/20"-style dates; a cookie banner."""
    d = day_of(article)
    ld = ""
    if article.number % 2:
        obj = {"@context": "http://schema.org", "@type": "BlogPosting", "headline": article.title,
               "datePublished": d.astimezone(UTC).isoformat().replace("+00:00", "Z"),
               "author": {"@type": "Person", "name": "admin"}}  # fmt: skip
        ld = f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'
    summary = "".join(
        f'<div class="summary-item"><div class="summary-content"><div class="summary-title"><a href="{squarespace_url(r)}" class="summary-title-link">{esc(r.title)}</a></div>'
        f'<div class="summary-metadata-container"><time class="summary-metadata-item summary-metadata-item--date">{day_of(r).day}/{day_of(r).month}/{day_of(r).year % 100:02d}</time></div></div></div>'
        for r in related
    )
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="th-TH"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} &mdash; อบต.หนองค่าย</title>
<meta property="og:site_name" content="อบต.หนองค่าย"/>
<meta property="og:title" content="{esc(article.title)} &mdash; อบต.หนองค่าย"/>
<meta property="og:type" content="article"/>
{ld}</head>
<body id="item-{article.number}" class="collection-type-blog view-item">
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การใช้งานและปรับปรุงประสบการณ์ของคุณ</div><button class="sqs-cookie-banner-v2-accept">ยอมรับ</button></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text"><a id="site-title" href="/">อบต.หนองค่าย</a></div></div>
<nav class="header-nav-list"><div class="header-nav-item"><a href="/">หน้าแรก</a></div><div class="header-nav-item header-nav-item--active"><a href="/news" aria-current="page">ข่าวสาร</a></div><div class="header-nav-item"><a href="/contact">ติดต่อ</a></div></nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="{article.number}"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-admin post-type-text" data-item-id="{article.number}">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(article.title)}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="{d:%Y-%m-%d}">{d.day}/{d.month}/{d.year % 100:02d}</time></div><div class="blog-meta-item blog-meta-item--author">admin</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
{_paragraphs(article)}</div></div></div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><h4>ความคิดเห็น (0)</h4><a href="#">ย้อนหลัง</a> <a href="#">ใหม่ล่าสุด</a> <a href="#">มากที่สุด</a></div></div>
</article></div>
<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="summary-block-header"><h3 class="summary-heading">ข่าวล่าสุด</h3></div>{summary}</div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><p>องค์การบริหารส่วนตำบลหนองค่าย อำเภอเมือง จังหวัดหนองคาย 43000 โทร 042-000-222</p><p>Powered by Squarespace</p></section></footer>
</div></body></html>"""


# ------------------------------------------------------------------ Yii2


def yii_url(article: DemoArticle) -> str:
    return f"https://eservice.pao-lopburi.go.th/news/view?id={article.number}"


def yii_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Yii2 basic-app back office made public: <title> "รายละเอียดข่าว", the <h1> also
    "รายละเอียดข่าว", the Breadcrumbs widget's last item the headline truncated to 30
    characters; the record in a ``DetailView`` table: "หัวข้อ" / headline in a <td>,
    "วันที่ประกาศ" / ``2563-03-05`` (ISO with the BUDDHIST year), "วันที่แก้ไข" / a later
    one, "รายละเอียด" / the text; a GridView of other records with BE ISO dates after."""
    d = day_of(article)
    iso_be = f"{be(article)}-{d:%m-%d}"
    modified = day_of(related[0])
    grid = "".join(
        f'<tr data-key="{r.number}"><td>{i + 1}</td><td><a href="{yii_url(r)}">{esc(r.title)}</a></td><td>{be(r)}-{day_of(r):%m-%d}</td></tr>'
        for i, r in enumerate(related)
    )
    text = "<br>\n".join(esc(line) for line in body_lines(article))
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf"><meta name="csrf-token" content="aGx2bF9jc3JmX3Rva2Vu{article.number}">
<title>รายละเอียดข่าว</title>
<link href="/assets/7f0e1a2b/css/bootstrap.css" rel="stylesheet"></head>
<body>
<div class="wrap"><nav id="w0" class="navbar-inverse navbar-fixed-top navbar"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/">อบจ.ลพบุรี e-Service</a></div><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav navbar-right nav"><li><a href="/site/index">หน้าหลัก</a></li><li class="active"><a href="/news/index">ข่าวประชาสัมพันธ์</a></li><li><a href="/site/login">เข้าสู่ระบบ</a></li></ul></div></div></nav>
<div class="container"><ul class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/news/index">ข่าวประชาสัมพันธ์</a></li><li class="active">{esc(_short(article, 30))}</li></ul>
<div class="news-view"><h1>รายละเอียดข่าว</h1>
<table id="w2" class="table table-striped table-bordered detail-view"><tr><th>หัวข้อ</th><td>{esc(article.title)}</td></tr>
<tr><th>ประเภท</th><td>ข่าวประชาสัมพันธ์</td></tr>
<tr><th>วันที่ประกาศ</th><td>{iso_be}</td></tr>
<tr><th>รายละเอียด</th><td>{text}</td></tr>
<tr><th>ผู้บันทึก</th><td>admin</td></tr>
<tr><th>วันที่แก้ไข</th><td>{be(related[0])}-{modified:%m-%d} {modified:%H:%M:%S}</td></tr></table>
<h3>ข่าวอื่น ๆ</h3><div id="w3" class="grid-view"><table class="table table-striped table-bordered"><thead><tr><th>#</th><th>หัวข้อ</th><th>วันที่ประกาศ</th></tr></thead><tbody>{grid}</tbody></table></div>
</div></div></div>
<footer class="footer"><div class="container"><p class="pull-left">&copy; องค์การบริหารส่วนจังหวัดลพบุรี 2024 ถนนนารายณ์มหาราช ตำบลทะเลชุบศร อำเภอเมือง จังหวัดลพบุรี 15000 โทร 036-411-000</p><p class="pull-right">Powered by <a href="https://www.yiiframework.com/" rel="external">Yii Framework</a></p></div></footer>
</body></html>"""


# ------------------------------------------------------------------ Dreamweaver / FrontPage static page


def dreamweaver_url(article: DemoArticle) -> str:
    return f"http://www.surin.go.th/pr/news_{article.number}.html"


def dreamweaver_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A hand-made Dreamweaver page of a provincial office: ``<title>Untitled Document</title>``,
    nested layout tables, the banner an image map, a left column of menu images and an
    "ข่าวย้อนหลัง" list with ``(๕ มี.ค. ๖๓)`` Thai-digit, two-digit BE dates; the headline
    ``<font size="4" color="#000099"><b>`` in a table cell; the date line "ประจำวันที่ ๕
    มีนาคม ๒๕๖๓" in Thai digits (Arabic on ids divisible by 3) glued to a news number
    ("ข่าวที่ ๑๒๓/๒๕๖๓"); the text as <br><br>-separated runs of <font size="2">."""
    d = day_of(article)
    dateline = f"ข่าวที่ {article.number % 300}/{be(article)} ประจำวันที่ {d.day} {THAI_MONTHS[d.month - 1]} {be(article)}"
    if article.number % 3:
        dateline = thai_digits(dateline)
    back = "".join(
        f'<tr><td width="10" valign="top"><img src="images/bullet.gif" width="7" height="7"></td><td><font size="2" face="MS Sans Serif, Tahoma"><a href="{dreamweaver_url(r)}">{esc(_short(r, 50))}</a> '
        f'<font color="#999999">({thai_digits(f"{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100:02d}")})</font></font></td></tr>'
        for r in related
    )
    text = "<br>\n<br>\n".join(esc(line) for line in body_lines(article))
    return f"""<html>
<head>
<title>Untitled Document</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/menu_r2.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="150" border="0" usemap="#Map"><map name="Map"><area shape="rect" coords="0,0,300,150" href="index.html"></map></td></tr>
<tr><td colspan="2" bgcolor="#003399"><font color="#FFFFFF" size="2" face="MS Sans Serif, Tahoma"><marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์สำนักงานจังหวัดสุรินทร์ ศูนย์ดำรงธรรมจังหวัดสุรินทร์ โทร ๑๕๖๗</marquee></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#E6EEFF">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><a href="index.html" onMouseOut="MM_swapImgRestore()"><img src="images/menu_01.gif" name="m1" width="180" height="30" border="0"></a></td></tr>
<tr><td><a href="about.html"><img src="images/menu_02.gif" width="180" height="30" border="0"></a></td></tr>
<tr><td><a href="pr.html"><img src="images/menu_03.gif" width="180" height="30" border="0"></a></td></tr></table>
<table width="100%" border="0" cellspacing="2" cellpadding="2"><tr><td colspan="2"><font size="2" face="MS Sans Serif, Tahoma"><b>ข่าวย้อนหลัง</b></font></td></tr>{back}</table>
<p align="center"><img src="images/counter.gif"><br><font size="1">ผู้เข้าชม {counter(article)} คน</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="5" cellpadding="5"><tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td><font size="2" face="MS Sans Serif, Tahoma" color="#666666">{dateline}</font></td></tr>
<tr><td height="10"></td></tr>
<tr><td><div align="center"><font size="4" face="MS Sans Serif, Tahoma" color="#000099"><b>{esc(article.title)}</b></font></div></td></tr>
<tr><td><hr size="1" noshade></td></tr>
<tr><td><div align="center"><img src="pic/{article.number}_1.jpg" width="400" height="300"></div></td></tr>
<tr><td><font size="2" face="MS Sans Serif, Tahoma">{text}</font></td></tr>
<tr><td><div align="right"><font size="2" face="MS Sans Serif, Tahoma"><a href="javascript:history.back()">&lt;&lt; ย้อนกลับ</a></font></div></td></tr>
</table></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399"><div align="center"><font color="#FFFFFF" size="2" face="MS Sans Serif, Tahoma">สำนักงานจังหวัดสุรินทร์ ศาลากลางจังหวัดสุรินทร์ ถนนหลักเมือง อำเภอเมือง จังหวัดสุรินทร์ ๓๒๐๐๐<br>โทร ๐-๔๔๕๑-๑๐๓๖ Best view 800x600 IE 5.0</font></div></td></tr>
</table>
</body>
</html>"""


# ------------------------------------------------------------------ Ruby on Rails


def rails_url(article: DemoArticle) -> str:
    return f"https://www.oncb.go.th/news/{article.number}-press-release"


def rails_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Rails 6 app: <title> = the site name only on odd ids, "headline | site" on even;
    the headline a ``div.news-header > h2``; the date "ประกาศเมื่อ5 มี.ค. 2563 เวลา 10:22 น."
    (glued to its label, rails-i18n th with a Buddhist year the app adds) and, before it, a
    relative "3 ปีที่แล้ว" in a ``<time datetime>`` tag (``time_ago_in_words``); a flash
    notice, a "ข่าวแนะนำ" carousel of other headlines with dates above; comments (Disqus
    fallback) with dates after."""
    d = day_of(article)
    title = "สำนักงาน ป.ป.ส." if article.number % 2 else f"{esc(article.title)} | สำนักงาน ป.ป.ส."
    years = max(1, 2026 - d.year)
    carousel = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><img src="/rails/active_storage/blobs/{r.number}/cover.jpg" class="d-block w-100" alt="">'
        f'<div class="carousel-caption"><h5>{esc(r.title)}</h5><p>{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)}</p><a href="{rails_url(r)}" class="stretched-link"></a></div></div>'
        for i, r in enumerate(related[:3])
    )
    later = day_of(related[1])
    return f"""<!DOCTYPE html>
<html lang="th"><head><title>{title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="Zm9vYmFy{article.number}" />
<link rel="stylesheet" href="/packs/css/application-1a2b3c.css" media="all" data-turbolinks-track="reload" /></head>
<body data-controller="news" data-action="show">
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><a class="navbar-brand" href="/"><img src="/packs/media/images/logo.png" alt="สำนักงาน ป.ป.ส." height="40"> สำนักงาน ป.ป.ส.</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item active"><a class="nav-link" href="/news">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="/users/sign_in">เข้าสู่ระบบ</a></li></ul></nav>
<div class="alert alert-info flash-notice" role="alert">ประกาศ: ระบบจะปิดปรับปรุงชั่วคราว</div>
<div id="newsCarousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner"><h4 class="carousel-heading">ข่าวแนะนำ</h4>{carousel}</div></div>
<div class="container"><div class="row"><div class="col-md-12">
<div class="news-header"><h2>{esc(article.title)}</h2>
<p class="text-muted small"><time datetime="{d.isoformat()}" title="{d:%Y-%m-%d %H:%M}">{years} ปีที่แล้ว</time> · ประกาศเมื่อ{d.day} {ABBR[d.month - 1]} {be(article)} เวลา {d:%H:%M} น.</p></div>
<div class="news-body trix-content"><div>
{_paragraphs(article, "div")}</div></div>
<div id="comments"><h4>ความคิดเห็น</h4><div class="comment"><strong>ประชาชน</strong> <small class="text-muted">{later.day} {ABBR[later.month - 1]} {later.year + 543}</small><p>ขอบคุณครับ</p></div></div>
<a href="/news" class="btn btn-outline-primary">กลับไปหน้ารายการข่าว</a>
</div></div></div>
<footer class="footer mt-auto py-3 bg-light"><div class="container"><span class="text-muted">สำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด 5 ถนนดินแดง เขตพญาไท กรุงเทพฯ 10400 โทร 1386</span></div></footer>
</body></html>"""
