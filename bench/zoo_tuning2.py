"""The "tuned" families of the second tuning round (issue 14): bench/zoo.py registers them.

Written before the extractor's code was read for this round, imitating kinds of Thai
government system not yet in the zoo. Their first measurement is in bench/RESULTS.md; the
extractor was then changed, with general rules only, until they passed, so they are
tuned families, not a blind set. Every one has the noise real sites have: menus,
breadcrumbs, share bars, counters, boxes of other articles' headlines WITH their dates,
footers with an address and phone numbers; and the date written the way those systems
write it (glued ``พ.ศ.2568``, ``1 เม.ย.2568``, ``5 มี.ค. 67``, Thai digits, ``05/03/2567``,
a Thai month with the Christian year, a date only in the URL).
"""

from __future__ import annotations

import json

from bench.zoo import ABBR, THAI_MONTHS, Hints, be, body_lines, counter, day_of, esc, thai_digits
from crawler.demo.corpus import DemoArticle


def _short(article: DemoArticle) -> str:
    return article.title[:70] + ("..." if len(article.title) > 70 else "")


# ------------------------------------------------------------------ Liferay 6.2 portal


def liferay_url(article: DemoArticle) -> str:
    return (
        "https://www.anamai.moph.go.th/web/guest/news/-/asset_publisher/Ab12Cd/content/"
        f"id/{article.number}"
    )


def liferay_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Liferay 6.2 Asset Publisher: <title> is the PAGE name and the site ("ข่าวประชาสัมพันธ์
    - กรมอนามัย"), the headline an <h3 class="header-title"> inside the portlet, the
    date a numeric ``05/03/2567`` in the asset metadata, a second Asset Publisher
    portlet "ข่าวล่าสุด" with other headlines (<h3> too) and their dates, above the
    article in document order (left column), a ratings / view-count bar and a big footer."""
    d = day_of(article)
    published = f"{d.day:02d}/{d.month:02d}/{be(article)}"
    latest = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{liferay_url(r)}">'
        f'{esc(r.title)}</a></h3><div class="asset-metadata"><span class="metadata-entry '
        f'metadata-publish-date">{day_of(r).day:02d}/{day_of(r).month:02d}/{be(r)}</span>'
        f"</div></div>"
        for r in related
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    return f"""<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="th-TH"><head>
<title>ข่าวประชาสัมพันธ์ - กรมอนามัย</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/anamai-theme/images/favicon.ico" rel="Shortcut Icon" /></head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">ข้ามไปที่เนื้อหา</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest" title="ไปที่ กรมอนามัย"><img alt="กรมอนามัย" height="90" src="/image/company_logo" width="300" /></a> <span class="site-name" title="ไปที่ กรมอนามัย">กรมอนามัย</span></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="หน้าไซต์" role="menubar"><li><a href="/web/guest/home"><span>หน้าแรก</span></a></li><li class="selected"><a href="/web/guest/news"><span>ข่าวประชาสัมพันธ์</span></a></li><li><a href="/web/guest/about"><span>เกี่ยวกับกรม</span></a></li><li><a href="/web/guest/ita"><span>ITA</span></a></li><li><a href="/web/guest/contact"><span>ติดต่อเรา</span></a></li></ul></nav></header>
<div id="content"><nav id="breadcrumbs"><ul aria-label="เส้นทาง" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/guest/home">หน้าแรก</a><span class="divider">/</span></li><li class="current-parent breadcrumb-truncate"><a href="/web/guest/news">ข่าวประชาสัมพันธ์</a></li></ul></nav>
<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span4" id="column-1"><div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_latest_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">ข่าวล่าสุด</span></h2></header><div class="portlet-content">{latest}<div class="asset-more"><a href="/web/guest/news">อ่านทั้งหมด »</a></div></div></section></div>
<div class="portlet-boundary portlet-boundary_56_"><section class="portlet"><h2 class="portlet-title">สถิติผู้เข้าชม</h2><div class="portlet-content">วันนี้ 1,024 | เดือนนี้ 30,551 | ทั้งหมด {counter(article)}</div></section></div></div>
<div class="portlet-column portlet-column-last span8" id="column-2"><div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Ab12Cd_"><section class="portlet"><div class="portlet-content"><div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/news" title="กลับ"><span class="helper-hidden-accessible">กลับ</span></a></span>
<h3 class="header-title"><span>{esc(article.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{published}</span> <span class="metadata-entry metadata-view-count">อ่าน {counter(article)} ครั้ง</span></div>
<div class="asset-content"><div class="journal-content-article">{paragraphs}</div>
<div class="asset-ratings"><div class="taglib-ratings thumbs"><a href="javascript:;">ถูกใจ</a> <a href="javascript:;">ไม่ถูกใจ</a></div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">LINE</a></li></ul></div></div></div></div></section></div></div>
</div></div></div>
<footer class="footer" id="footer" role="contentinfo"><p>กรมอนามัย กระทรวงสาธารณสุข 88/22 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000</p><p>โทรศัพท์ 0-2590-4000 | Powered By Liferay</p></footer>
</div></body></html>"""


# ------------------------------------------------------------------ DotNetNuke + EasyDNNnews


def dnn_url(article: DemoArticle) -> str:
    return f"https://www.rid.go.th/ข่าวประชาสัมพันธ์/ArticleID/{article.number}/ArtMID/1234"


def dnn_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """DotNetNuke 9 with EasyDNNnews: the site logo in an <h1>, the headline in a second
    <h1 class="edn_articleTitle">, <title> "headline > site" with ``>``, the date line
    ``เผยแพร่: 5 มีนาคม 2567 10:22`` (Thai month, BE year, time), view count and
    "ข่าวที่เกี่ยวข้อง" with dates written the same way, a DNN login/register bar."""
    d = day_of(article)
    dateline = f"เผยแพร่: {d.day} {THAI_MONTHS[d.month - 1]} {be(article)} {d:%H:%M}"
    related_html = "".join(
        f'<li><a href="{dnn_url(r)}">{esc(r.title)}</a> <span class="edn_date">เผยแพร่: '
        f"{day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {be(r)} {day_of(r):%H:%M}</span></li>"
        for r in related
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(article.title)} &gt; กรมชลประทาน</title>
<meta id="MetaDescription" name="DESCRIPTION" content="กรมชลประทาน Royal Irrigation Department" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /></head>
<body id="Body">
<form method="post" action="/ข่าวประชาสัมพันธ์/ArticleID/{article.number}/ArtMID/1234" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTYxMjM0NTY3OA9kFgJmD2QWAgIBD2QW{article.number}" /></div>
<div id="siteWrapper"><div class="topbar"><div class="language-object"></div><div id="login"><a id="dnn_dnnUser_enhancedRegisterLink" href="/Register">ลงทะเบียน</a> <a id="dnn_dnnLogin_enhancedLoginLink" href="/Login">เข้าสู่ระบบ</a></div></div>
<header><h1 id="logo"><a id="dnn_dnnLOGO_hypLogo" title="กรมชลประทาน" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png" alt="กรมชลประทาน" /></a>กรมชลประทาน</h1>
<nav id="mainMenu"><ul class="nav"><li><a href="/">หน้าหลัก</a></li><li class="active"><a href="/ข่าวประชาสัมพันธ์">ข่าวประชาสัมพันธ์</a></li><li><a href="/ภารกิจ">ภารกิจ</a></li><li><a href="/ติดต่อ">ติดต่อ</a></li></ul></nav></header>
<div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="breadcrumbLink">หน้าหลัก</a> &gt; <a href="/ข่าวประชาสัมพันธ์" class="breadcrumbLink">ข่าวประชาสัมพันธ์</a></span></div>
<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-1234"><a name="1234"></a>
<div class="eds_news_module_1234 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{esc(article.title)}</h1>
<div class="edn_metaDetails"><span class="edn_articleDate">{dateline}</span> <span class="edn_articleViews">เข้าชม {counter(article)}</span></div>
<div class="edn_articleSummary"></div>
<div class="edn_mediaContainer"><img src="/Portals/0/EasyDNNnews/{article.number}/images/main.jpg" alt="" /></div>
<div class="edn_articleContent">{paragraphs}</div>
<div class="edn_socialPrintWrapper"><a class="edn_print" href="#">พิมพ์</a> <a href="#">แชร์ Facebook</a> <a href="#">แชร์ LINE</a></div>
<div class="edn_relatedArticlesWrapper"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{related_html}</ul></div></div></div></div></div>
<footer><div class="footer-address">กรมชลประทาน 811 ถนนสามเสน แขวงถนนนครไชยศรี เขตดุสิต กรุงเทพมหานคร 10300 โทรศัพท์ 1460</div><div class="copyright">Copyright 2024 by Royal Irrigation Department | <a href="/Terms">ข้อตกลงการใช้งาน</a> | <a href="/Privacy">นโยบายความเป็นส่วนตัว</a></div></footer>
</div></form></body></html>"""


# ------------------------------------------------------------------ Joomla 4 Cassiopeia


def joomla4_url(article: DemoArticle) -> str:
    return (
        f"https://www.ayutthaya.go.th/index.php/news/pr-news/{article.number}-news-{article.number}"
    )


def joomla4_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 4 Cassiopeia on a provincial office: <title> "site - headline" (the site
    name FIRST), the headline an <h2 itemprop="headline"> in the page header, the
    article-info block with ``เผยแพร่: 05 มีนาคม 2024`` (Thai month, Christian year,
    no <time datetime>), hits; "ข่าวล่าสุด" and "ยอดนิยม" modules with other
    headlines and their dates, a back-to-top link and a footer."""
    d = day_of(article)
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{joomla4_url(r)}" itemprop="url">'
        f'<span itemprop="name">{esc(r.title)}</span></a> <small>{day_of(r).day:02d} '
        f"{THAI_MONTHS[day_of(r).month - 1]} {day_of(r).year}</small></li>"
        for r in related[:2]
    )
    popular = "".join(
        f'<li><a href="{joomla4_url(r)}">{esc(_short(r))}</a></li>' for r in related[2:]
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>\n" for line in body_lines(article))
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>สำนักงานจังหวัดพระนครศรีอยุธยา - {esc(article.title)}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet"></head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-121">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="สำนักงานจังหวัดพระนครศรีอยุธยา">สำนักงานจังหวัดพระนครศรีอยุธยา</span></a><div class="site-description">Ayutthaya Provincial Office</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/index.php">หน้าหลัก</a></li><li class="nav-item item-121 current active"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item item-122"><a href="/index.php/ita">ITA</a></li><li class="nav-item item-123"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></div></header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>หน้าหลัก</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/news" class="pathway"><span>ข่าวประชาสัมพันธ์</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(article.title)}</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h2 itemprop="headline">{esc(article.title)}</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">งานประชาสัมพันธ์</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="/index.php/news" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>เผยแพร่: {d.day:02d} {THAI_MONTHS[d.month - 1]} {d.year}</dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{counter(article)}">ฮิต: {counter(article)}</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
{paragraphs}</div>
<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> ก่อนหน้า</a><a class="btn btn-sm btn-secondary next" href="#" rel="next">ถัดไป <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">ข่าวล่าสุด</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">ยอดนิยม</h3><div class="card-body"><ul class="mostread mod-list">{popular}</ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>ศาลากลางจังหวัดพระนครศรีอยุธยา ถนนโรจนะ ตำบลธนู อำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา 13000</p><p>โทร 035-336-535 อีเมล ayutthaya@moi.go.th</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="กลับสู่ด้านบน"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>"""


# ------------------------------------------------------------------ Drupal 10 Olivero


def drupal10_url(article: DemoArticle) -> str:
    return f"https://www.opsmoac.go.th/node/{article.number}"


def drupal10_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Drupal 10 Olivero: <title> "headline | site", the h1 a <span> field inside
    ``h1.title.page-title``, the meta line "โดย admin, พฤ, 05/03/2024 - 10:22"
    (abbreviated Thai weekday, d/m/Y Christian year), og:title and
    article:published_time from the metatag module on some pages only, a "ข่าวล่าสุด"
    view block with <time> of other articles in the sidebar BEFORE the main content."""
    d = day_of(article)
    weekday = ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"][d.weekday()]
    meta = ""
    if article.number % 3 == 0:
        meta = (
            f'<meta property="og:title" content="{esc(article.title)}" />'
            f'<meta property="article:published_time" content="{d.isoformat()}" />'
        )
    latest = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{drupal10_url(r)}" hreflang="th">{esc(r.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{day_of(r).isoformat()}">'
        f"{day_of(r):%d/%m/%Y}</time></span></div></div>"
        for r in related
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />{meta}
<link rel="canonical" href="{drupal10_url(article)}" />
<title>{esc(article.title)} | สำนักงานปลัดกระทรวงเกษตรและสหกรณ์</title></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial"><button class="sticky-header-toggle">เมนูหลัก</button></div>
<div id="site-header__inner" class="site-header__inner"><div class="site-branding"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="หน้าแรก" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="หน้าแรก" rel="home">สำนักงานปลัดกระทรวงเกษตรและสหกรณ์</a></div></div></div></div>
<nav class="primary-nav"><ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/" class="primary-nav__menu-link">หน้าแรก</a></li><li class="primary-nav__menu-item"><a href="/news" class="primary-nav__menu-link">ข่าวประชาสัมพันธ์</a></li><li class="primary-nav__menu-item"><a href="/about" class="primary-nav__menu-link">เกี่ยวกับเรา</a></li></ul></nav></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">
<aside class="region region--sidebar"><div class="views-element-container block block-views block-views-blocklatest-news-block-1"><h2 class="block__title">ข่าวล่าสุด</h2><div class="block__content"><div class="view view-latest-news view-id-latest_news">{latest}</div></div></div></aside>
<div class="main-content"><a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><nav class="breadcrumb" role="navigation"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">หน้าแรก</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">ข่าวประชาสัมพันธ์</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(article.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><article data-history-node-id="{article.number}" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta"><div class="node__author-image"></div><span>โดย <span class="field field--name-uid"><span>admin</span></span></span>, <span class="field field--name-created">{weekday}, {d:%d/%m/%Y - %H:%M}</span></div>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{paragraphs}</div>
<div class="field field--name-field-tags field--label-above"><h3 class="field__label">แท็ก</h3><ul class="links field__items"><li><a href="/taxonomy/term/3">{esc(article.category)}</a></li></ul></div></div></article></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><p>สำนักงานปลัดกระทรวงเกษตรและสหกรณ์ 3 ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200 โทร 0-2281-5955</p></div></div></footer>
</div></div></div></body></html>"""


# ------------------------------------------------------------------ WordPress Newspaper (tagDiv)


def newspaper_url(article: DemoArticle) -> str:
    return f"https://www.prachinburi.go.th/pr2024/{article.number}/"


def newspaper_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress + Newspaper theme in a sub-folder, plain ?p= style permalinks: a
    "trending now" ticker and a header "latest" block with other headlines and
    ``5 มีนาคม 2567`` dates above the post, the headline ``h1.tdb-title-text``, the date
    ``<time class="entry-date">`` WITHOUT a datetime attribute on some pages, a
    related-posts block, share bar with counters; JSON-LD (Yoast) on even ids only."""
    d = day_of(article)
    thai = f"{d.day} {THAI_MONTHS[d.month - 1]} {be(article)}"
    jsonld = ""
    if article.number % 2 == 0:
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": f"{article.title} - ประชาสัมพันธ์จังหวัดปราจีนบุรี",
             "datePublished": d.isoformat()},
            {"@type": "Organization", "name": "สำนักงานประชาสัมพันธ์จังหวัดปราจีนบุรี"},
        ]}  # fmt: skip
        jsonld = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
    attr = f' datetime="{d.isoformat()}"' if article.number % 5 == 0 else ""
    ticker = "".join(
        f'<div class="td-trending-now-post"><a class="td-trending-now-title" href="{newspaper_url(r)}">{esc(r.title)}</a></div>'
        for r in related
    )
    top = "".join(
        f'<div class="td_module_flex td_module_flex_1"><h3 class="entry-title td-module-title"><a href="{newspaper_url(r)}">{esc(r.title)}</a></h3>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date">{day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {be(r)}</time></span></div>'
        for r in related[:2]
    )
    rel = "".join(
        f'<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="{newspaper_url(r)}">{esc(r.title)}</a></h3></div>'
        for r in related[2:]
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    return f"""<!doctype html>
<html lang="th"><head><meta charset="UTF-8" />
<title>{esc(article.title)} - ประชาสัมพันธ์จังหวัดปราจีนบุรี</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{jsonld}
<link rel='stylesheet' id='td-theme-css' href='/pr2024/wp-content/themes/Newspaper/style.css?ver=12.6' type='text/css' media='all' /></head>
<body class="post-template-default single single-post postid-{article.number} single-format-standard td-standard-pack global-block-template-1 tdb_template_123 tdb-template td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap"><div class="tdc-row"><div class="td-trending-now-wrapper"><div class="td-trending-now-display-area"><span class="td-trending-now-title">ข่าวล่าสุด</span>{ticker}</div></div>
<div class="tdb_header_logo"><a class="tdb-logo-a" href="/pr2024/"><span class="tdb-logo-text-title">ประชาสัมพันธ์จังหวัดปราจีนบุรี</span></a></div>
<div class="tdb_header_menu"><ul id="menu-main" class="tdb-block-menu tdb-menu"><li><a href="/pr2024/"><div class="tdb-menu-item-text">หน้าแรก</div></a></li><li><a href="/pr2024/category/news/"><div class="tdb-menu-item-text">ข่าวจังหวัด</div></a></li><li><a href="/pr2024/category/gov/"><div class="tdb-menu-item-text">ข่าวรัฐบาล</div></a></li></ul></div>
<div class="td_block_wrap td_flex_block_1">{top}</div></div></div>
<div id="tdb-autoload-article" data-autoload="off"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article id="template-id-123" class="post-{article.number} post type-post status-publish format-standard has-post-thumbnail category-news">
<div class="tdb-breadcrumbs"><span><a title="" class="tdb-entry-crumb" href="/pr2024/">หน้าแรก</a></span> <i class="tdb-bread-sep td-icon-right"></i> <span><a title="ดูโพสต์ทั้งหมดใน ข่าวจังหวัด" class="tdb-entry-crumb" href="/pr2024/category/news/">ข่าวจังหวัด</a></span></div>
<div class="td_block_wrap tdb_title"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{esc(article.title)}</h1><div></div><div class="tdb-title-line"></div></div></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-author-name-wrap"><span class="tdb-author-by">โดย</span> <a class="tdb-author-name" href="/pr2024/author/admin/">ประชาสัมพันธ์จังหวัด</a></div></div>
<div class="td_block_wrap tdb_single_date"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date"{attr}>{thai}</time></div></div>
<div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing td-ps-bg td-post-sharing-style1"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-line" href="#"><span class="td-social-but-text">Line</span></a><div class="td-social-sharing-button td-social-handler"><span class="td-social-but-text">{(article.number * 13) % 500} แชร์</span></div></div></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index">{paragraphs}</div></div>
<div class="td_block_wrap tdb_single_related"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>บทความที่เกี่ยวข้อง</span></h4></div>{rel}</div>
</article></div></div></div>
<div class="td-footer-template-wrap"><div class="tdc-row"><p>สำนักงานประชาสัมพันธ์จังหวัดปราจีนบุรี ศาลากลางจังหวัดปราจีนบุรี ถนนสุดบรรทัด ตำบลไม้เค็ด อำเภอเมือง จังหวัดปราจีนบุรี 25230 โทร. 037-454-702</p><p>© สงวนลิขสิทธิ์ 2024 ประชาสัมพันธ์จังหวัดปราจีนบุรี</p></div></div>
</div></body></html>"""


# ------------------------------------------------------------------ WordPress Divi, date in URL only


def divi_url(article: DemoArticle) -> str:
    d = day_of(article)
    return f"https://www.nan.go.th/{d:%Y/%m/%d}/news-{article.number}/"


def divi_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress + Divi with the post meta switched off: the only date of the article is
    in the permalink (/2024/03/05/slug/); the headline an <h1 class="entry-title">,
    <title> "headline | site"; a "Recent Posts" widget and a Divi blog module of other
    posts that DO print dates (``5 มี.ค. 2567``), a footer with the office phone."""
    recent = "".join(
        f'<li><a href="{divi_url(r)}">{esc(r.title)}</a> <span class="post-date">{day_of(r).day} '
        f"{ABBR[day_of(r).month - 1]} {be(r)}</span></li>"
        for r in related
    )
    blog = "".join(
        f'<article class="et_pb_post clearfix et_pb_blog_item_0_{i}"><h2 class="entry-title"><a href="{divi_url(r)}">{esc(r.title)}</a></h2>'
        f'<p class="post-meta"><span class="published">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)}</span></p></article>'
        for i, r in enumerate(related[:3])
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(article.title)} | จังหวัดน่าน</title>
<link rel='stylesheet' id='divi-style-css' href='https://www.nan.go.th/wp-content/themes/Divi/style.min.css?ver=4.24.0' type='text/css' media='all' /></head>
<body class="post-template-default single single-post postid-{article.number} single-format-standard et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">054-710-055</span> <a href="mailto:nan@moi.go.th"><span id="et-info-email">nan@moi.go.th</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="https://www.nan.go.th/"><img src="https://www.nan.go.th/wp-content/uploads/logo.png" alt="จังหวัดน่าน" id="logo" data-height-percentage="54" /></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/">หน้าแรก</a></li><li><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></nav></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-{article.number}" class="et_pb_post post-{article.number} post type-post status-publish format-standard hentry category-news">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{esc(article.title)}</h1></div>
<div class="entry-content">{paragraphs}</div>
<div class="et_post_meta_wrapper"><div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper"><h4 class="et_pb_module_header">ข่าวอื่น ๆ</h4>{blog}</div></div></div></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><input type="text" name="s" placeholder="ค้นหา"/><input type="submit" id="searchsubmit" value="ค้นหา" /></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">เรื่องล่าสุด</h4><ul>{recent}</ul></div>
<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">สถิติผู้เข้าชม</h4><div class="textwidget"><p>ผู้เข้าชมทั้งหมด {counter(article)} คน</p></div></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร 054-710-055</div></div></div></footer></div></div>
</body></html>"""


# ------------------------------------------------------------------ Laravel Bootstrap 5 cards


def laravel_url(article: DemoArticle) -> str:
    return f"https://www.nanhealth.go.th/news/{article.number}"


def laravel_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Laravel + Bootstrap 5 CMS of a provincial health office: <title> only the
    office, a "ข่าวเด่น" carousel ABOVE the article whose cards carry other headlines in
    the same ``h5.card-title`` as the article's own headline (theirs are links) and
    ``โพสต์เมื่อ`` dates; the article card: headline ``h5.card-title``, date line
    ``โพสต์เมื่อ 5 มี.ค. 67`` (two-digit BE year) with a view count; Thai-digit dates
    on some pages."""
    d = day_of(article)
    posted = f"โพสต์เมื่อ {d.day} {ABBR[d.month - 1]} {be(article) % 100:02d}"
    if article.number % 3 == 1:
        posted = thai_digits(posted)
    carousel = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><div class="card border-0"><img src="/storage/news/{r.number}.jpg" class="card-img-top" alt="">'
        f'<div class="card-body"><h5 class="card-title"><a href="{laravel_url(r)}" class="stretched-link text-decoration-none">{esc(r.title)}</a></h5>'
        f'<p class="card-text"><small class="text-muted"><i class="bi bi-calendar3"></i> โพสต์เมื่อ {day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100:02d}</small></p></div></div></div>'
        for i, r in enumerate(related[:3])
    )
    side = "".join(
        f'<a href="{laravel_url(r)}" class="list-group-item list-group-item-action"><div class="fw-semibold">{esc(_short(r))}</div>'
        f'<small class="text-muted">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100:02d}</small></a>'
        for r in related
    )
    paragraphs = "".join(f'<p class="card-text">{esc(line)}</p>' for line in body_lines(article))
    return f"""<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="x9Kq{article.number}ZtLp">
<title>สำนักงานสาธารณสุขจังหวัดน่าน</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.1/font/bootstrap-icons.css"></head>
<body class="bg-light">
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><a class="navbar-brand" href="/"><img src="/images/logo.png" width="40" alt=""> สสจ.น่าน</a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link active" href="/news">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="/download">ดาวน์โหลด</a></li><li class="nav-item"><a class="nav-link" href="/complaint">ร้องเรียน</a></li></ul></div></nav>
<div class="container my-4">
<h4 class="border-start border-4 border-success ps-2">ข่าวเด่น</h4>
<div id="hotNews" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">{carousel}</div></div>
<div class="row"><div class="col-lg-8">
<div class="card shadow-sm"><div class="card-body">
<h5 class="card-title fw-bold">{esc(article.title)}</h5>
<p class="text-muted small mb-3"><i class="bi bi-calendar3"></i> {posted} &nbsp; <i class="bi bi-eye"></i> {counter(article)}</p>
<img src="/storage/news/{article.number}.jpg" class="img-fluid rounded mb-3" alt="">
{paragraphs}
<hr><div class="d-flex gap-2"><a href="#" class="btn btn-sm btn-primary"><i class="bi bi-facebook"></i> แชร์</a><a href="#" class="btn btn-sm btn-success"><i class="bi bi-line"></i> LINE</a><a href="#" onclick="window.print()" class="btn btn-sm btn-secondary"><i class="bi bi-printer"></i> พิมพ์</a></div>
</div></div></div>
<div class="col-lg-4"><div class="card"><div class="card-header bg-success text-white">ข่าวล่าสุด</div><div class="list-group list-group-flush">{side}</div></div></div></div></div>
<footer class="bg-dark text-white-50 py-4 mt-4"><div class="container small"><p class="mb-1">สำนักงานสาธารณสุขจังหวัดน่าน 2 ถนนสุมนเทวราช ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000</p><p class="mb-0">โทรศัพท์ 054-710-138 โทรสาร 054-710-139 &copy; 2024</p></div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
</body></html>"""


# ------------------------------------------------------------------ Plone 5


def plone_url(article: DemoArticle) -> str:
    return f"https://www.dmr.go.th/news/news-{article.number}"


def plone_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Plone 5: <title> "headline — site" (an em dash), h1.documentFirstHeading, the
    first paragraph repeated as the documentDescription, the byline "โดย webmaster —
    เผยแพร่ 05/03/2567 10:22 — แก้ไขล่าสุด 12/03/2567 09:01" (a LATER modified date
    on the same line), the breadcrumb ending with the headline, a news portlet with
    dates in the same numeric form, a document-actions bar."""
    d = day_of(article)
    lines = body_lines(article)
    modified = d.replace(day=min(d.day + 7, 28)) if d.day < 21 else d
    byline = (
        f'<span class="documentAuthor">โดย <a href="/author/webmaster">webmaster</a></span> — '
        f'<span class="documentPublished"><span>เผยแพร่</span> {d.day:02d}/{d.month:02d}/{be(article)} {d:%H:%M}</span> — '
        f'<span class="documentModified"><span>แก้ไขล่าสุด</span> {modified.day:02d}/{modified.month:02d}/{be(article)} 09:01</span>'
    )
    news = "".join(
        f'<li class="portletItem"><a href="{plone_url(r)}" class="tile contenttype-news-item" title="">{esc(r.title)}'
        f'<span class="portletItemDetails">{day_of(r).day:02d}/{day_of(r).month:02d}/{be(r)}</span></a></li>'
        for r in related
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in lines)
    description = esc(lines[0][:200]) if lines else ""
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(article.title)} — กรมทรัพยากรธรณี</title>
<meta name="description" content="{description}" /><meta name="generator" content="Plone - http://plone.com" />
<link rel="canonical" href="{plone_url(article)}" /></head>
<body class="frontend icons-on portaltype-news-item section-news site-dmr subsection-news-{article.number} template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper">
<header id="content-header"><div class="container"><header id="portal-top" class="row"><div class="col-xs-12"><div id="portal-header"><a id="portal-logo" title="กรมทรัพยากรธรณี" href="https://www.dmr.go.th"><img src="https://www.dmr.go.th/logo.png" alt="กรมทรัพยากรธรณี" title="กรมทรัพยากรธรณี" /></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="/@@search"><input name="SearchableText" type="text" size="18" title="ค้นหาในเว็บไซต์" placeholder="ค้นหาในเว็บไซต์" class="searchField" /><input class="searchButton" type="submit" value="ค้นหา" /></form></div></div></div></header></div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar" id="portal-globalnav-wrapper"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav"><li class="index_html"><a href="/">หน้าหลัก</a></li><li class="news selected"><a href="/news">ข่าว</a></li><li class="events"><a href="/events">กิจกรรม</a></li><li class="about"><a href="/about">เกี่ยวกับกรม</a></li></ul></nav></div></div>
<div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">คุณอยู่ที่:</span><ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="/">หน้าหลัก</a></li><li id="breadcrumbs-1"><a href="/news">ข่าว</a></li><li id="breadcrumbs-current">{esc(article.title)}</li></ol></div></nav></section></div>
<div class="container"><div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main"><div id="column1-container"></div>
<div class="col-xs-12 col-sm-12 col-md-9"><article id="content">
<header><div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(article.title)}</span><span itemprop="url">{plone_url(article)}</span></span></div>
<h1 class="documentFirstHeading">{esc(article.title)}</h1>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline">{byline}</div></div>
<div class="documentDescription description">{description}</div></header>
<div id="viewlet-above-content-body"></div>
<div id="content-core"><figure class="newsImageContainer"><a href="/news/news-{article.number}/image_view_fullscreen"><img src="/news/news-{article.number}/@@images/image/preview" alt="{esc(article.title)}" title="{esc(article.title)}" class="newsImage" /></a></figure>
<div id="parent-fieldname-text">{paragraphs}</div></div>
<footer><div id="viewlet-below-content"><div class="visualClear"><!-- --></div><div class="documentActions"><ul><li id="document-action-print"><a href="javascript:this.print();" title="">พิมพ์</a></li><li id="document-action-sendto"><a href="/news/news-{article.number}/sendto_form" title="">ส่งต่อ</a></li></ul></div></div></footer>
</article></div>
<aside id="portal-column-two" class="col-xs-12 col-sm-12 col-md-3"><div class="portletWrapper"><aside class="portlet portletNews"><header class="portletHeader"><a href="/news">ข่าวล่าสุด</a></header><ul class="portletContent">{news}</ul><footer class="portletFooter"><a href="/news">ข่าวทั้งหมด…</a></footer></aside></div></aside>
</main></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12"><p>กรมทรัพยากรธรณี 75/10 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทรศัพท์ 0-2621-9500</p></div></div><div class="row"><div class="col-xs-12 colophon">Powered by Plone &amp; Python</div></div></div></footer>
</body></html>"""


# ------------------------------------------------------------------ announcement page with PDF attachments


def notice_url(article: DemoArticle) -> str:
    return f"http://www.saraburi.go.th/webnew/announce_detail.php?aid={article.number}"


def notice_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """An announcement (ประกาศ) page of a custom PHP site: <title> "site - headline",
    the headline a plain ``div.topic`` (not bold, no heading), a label table
    ``วันที่ประกาศ : ๕ มีนาคม ๒๕๖๗`` in Thai digits, the text, an attachment table
    (file names, sizes, download counts), "ประกาศอื่นๆ" with glued ``1 เม.ย.2568``
    dates; a left menu of links and an address footer."""
    d = day_of(article)
    announced = thai_digits(f"{d.day} {THAI_MONTHS[d.month - 1]} {be(article)}")
    files = "".join(
        f'<tr><td><img src="images/pdf.gif" alt=""> <a href="upload/announce/{article.number}_{k}.pdf">'
        f"{name}_{article.number}.pdf</a></td><td>{size} KB</td><td>{(article.number * k) % 300} ครั้ง</td></tr>"
        for k, (name, size) in enumerate([("ประกาศ", 245), ("เอกสารแนบท้าย", 1024)], 1)
    )
    others = "".join(
        f'<tr><td>&raquo; <a href="{notice_url(r)}">{esc(r.title)}</a></td>'
        f"<td nowrap>{day_of(r).day} {ABBR[day_of(r).month - 1]}{be(r)}</td></tr>"
        for r in related
    )
    paragraphs = "<br>\n".join(esc(line) for line in body_lines(article))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>สำนักงานจังหวัดสระบุรี - {esc(article.title)}</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body>
<div id="wrap"><div id="head"><img src="images/head.jpg" width="1000" height="180" alt="สำนักงานจังหวัดสระบุรี"></div>
<div id="topnav"><a href="index.php">หน้าหลัก</a> | <a href="announce.php">ประกาศ</a> | <a href="procure.php">จัดซื้อจัดจ้าง</a> | <a href="contact.php">ติดต่อเรา</a></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top" class="leftmenu"><div class="lefthead">เมนูหลัก</div><a href="about.php">ประวัติจังหวัด</a><br><a href="vision.php">วิสัยทัศน์</a><br><a href="structure.php">โครงสร้างหน่วยงาน</a><br><a href="ita.php">ITA</a><br><a href="download.php">ดาวน์โหลดแบบฟอร์ม</a><br>
<div class="lefthead">สถิติ</div>ออนไลน์ 12 คน<br>ทั้งหมด {counter(article)} คน</td>
<td valign="top" class="content">
<div class="pagehead">ประกาศ / ข่าวประชาสัมพันธ์</div>
<div class="topic">{esc(article.title)}</div>
<table class="info" cellpadding="3"><tr><td class="label">วันที่ประกาศ :</td><td>{announced}</td></tr><tr><td class="label">หน่วยงาน :</td><td>กลุ่มงานบริหารทั่วไป</td></tr><tr><td class="label">เข้าชม :</td><td>{counter(article)} ครั้ง</td></tr></table>
<div class="detail">{paragraphs}</div>
<div class="attach"><b>เอกสารแนบ</b><table class="files" width="100%"><tr><th>ชื่อไฟล์</th><th>ขนาด</th><th>ดาวน์โหลด</th></tr>{files}</table></div>
<div class="others"><b>ประกาศอื่นๆ</b><table width="100%">{others}</table></div>
</td></tr></table>
<div id="foot">สำนักงานจังหวัดสระบุรี ศาลากลางจังหวัดสระบุรี ถนนพิชัยรณรงค์สงคราม ตำบลปากเพรียว อำเภอเมือง จังหวัดสระบุรี 18000<br>โทร. 036-211-011 โทรสาร 036-211-012</div>
</div></body></html>"""


# ------------------------------------------------------------------ CodeIgniter view.php?nid=


def ci_url(article: DemoArticle) -> str:
    return f"https://www.sesalpg.go.th/index.php/news/view.php?nid={article.number}"


def ci_hints(article: DemoArticle) -> Hints:
    """Crawled from the listing: its link text is the headline cut at 80 characters and
    the date beside it a glued ``พ.ศ.2567`` form."""
    d = day_of(article)
    text = article.title if len(article.title) <= 80 else article.title[:80] + "..."
    return Hints(title=text, list_date=f"{d.day} {ABBR[d.month - 1]} พ.ศ.{be(article)}")


def ci_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """CodeIgniter 3 on a secondary-education office: the headline ONLY in <title>
    (the page shows the section label "ข่าวประชาสัมพันธ์" as its heading, in an <h2>),
    the date line ``ลงวันที่ 29พ.ย.61 เวลา 13.30 น.`` glued, written by the uploader
    under the text, a "ข่าวล่าสุด" block of <h4> other headlines with ``พ.ศ.2567``
    dates; the body in <div class="news-content"> with <br> lines."""
    d = day_of(article)
    dateline = f"ลงวันที่ {d.day}{ABBR[d.month - 1].replace('.', '')}.{be(article) % 100:02d} เวลา {d:%H.%M} น."
    latest = "".join(
        f'<div class="media"><div class="media-body"><h4 class="media-heading"><a href="{ci_url(r)}">{esc(r.title)}</a></h4>'
        f'<span class="text-muted">{day_of(r).day} {ABBR[day_of(r).month - 1]} พ.ศ.{be(r)}</span></div></div>'
        for r in related
    )
    text = "<br>\n".join(esc(line) for line in body_lines(article))
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{esc(article.title)}</title>
<link rel="stylesheet" href="https://www.sesalpg.go.th/assets/css/bootstrap.min.css"></head>
<body>
<div class="header"><div class="container"><img src="https://www.sesalpg.go.th/assets/img/logo.png" alt="logo"><span class="site-name">สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน</span></div></div>
<div class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="https://www.sesalpg.go.th/">หน้าแรก</a></li><li class="active"><a href="https://www.sesalpg.go.th/index.php/news">ข่าวประชาสัมพันธ์</a></li><li><a href="https://www.sesalpg.go.th/index.php/school">โรงเรียนในสังกัด</a></li><li><a href="https://www.sesalpg.go.th/index.php/egp">EGP</a></li></ul></div></div>
<div class="container"><div class="row"><div class="col-md-8">
<h2 class="page-header">ข่าวประชาสัมพันธ์</h2>
<div class="news-content">{text}</div>
<p class="news-date text-right"><i class="glyphicon glyphicon-calendar"></i> {dateline}</p>
<p class="news-view text-right">อ่าน {counter(article)} ครั้ง | <a href="javascript:window.print()">พิมพ์</a></p>
</div>
<div class="col-md-4"><div class="panel panel-info"><div class="panel-heading">ข่าวล่าสุด</div><div class="panel-body">{latest}</div></div></div></div></div>
<footer class="footer"><div class="container"><p>สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน 99 ถนนท่าคราวน้อย ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000 โทรศัพท์ 054-224-414</p></div></footer>
</body></html>"""


# ------------------------------------------------------------------ PHP + MySQL, BE datetime


def mysql_url(article: DemoArticle) -> str:
    return f"http://www.pao-roiet.go.th/news_view.php?news_id={article.number}&type=1"


def mysql_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A PHP + MySQL site of a provincial administration: <title> "ข่าวประชาสัมพันธ์ ::
    headline :: site" with ``::``, the headline in a bold cell as ``เรื่อง : headline``,
    a news number ``ข่าวที่ 45/2567``, the date as the database gives it with a BE year
    (``วันที่ลงข่าว : 2567-03-05 10:22:00``), "ภาพ/ข่าว" credits, related rows dated
    ``05-03-2567``."""
    d = day_of(article)
    stamp = f"{be(article)}-{d:%m-%d %H:%M}:00"
    others = "".join(
        f'<tr><td width="80%"><img src="images/bullet.gif"> <a href="{mysql_url(r)}">{esc(r.title)}</a></td>'
        f'<td class="txt_date">{day_of(r):%d-%m}-{be(r)}</td></tr>'
        for r in related
    )
    paragraphs = "<br>\n".join(esc(line) for line in body_lines(article))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ข่าวประชาสัมพันธ์ :: {esc(article.title)} :: องค์การบริหารส่วนจังหวัดร้อยเอ็ด</title>
<link href="css/main.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="990" height="200" alt="องค์การบริหารส่วนจังหวัดร้อยเอ็ด"></td></tr>
<tr><td class="menu_top"><a href="index.php">หน้าหลัก</a> | <a href="news.php?type=1">ข่าวประชาสัมพันธ์</a> | <a href="news.php?type=2">ข่าวจัดซื้อจัดจ้าง</a> | <a href="contact.php">ติดต่อ อบจ.</a></td></tr>
<tr><td><table width="100%"><tr>
<td width="230" valign="top" bgcolor="#EFEFEF"><table width="100%"><tr><td class="txt_menu"><a href="about.php">ข้อมูลทั่วไป</a></td></tr><tr><td class="txt_menu"><a href="structure.php">โครงสร้าง</a></td></tr><tr><td class="txt_menu"><a href="law.php">กฎหมายที่เกี่ยวข้อง</a></td></tr></table>
<div class="counter">ผู้เข้าชม : {counter(article)}</div></td>
<td valign="top"><table width="100%" cellpadding="5">
<tr><td class="txt_head"><b>เรื่อง : {esc(article.title)}</b></td></tr>
<tr><td class="txt_small">ข่าวที่ {article.number % 300 + 1}/{be(article)} &nbsp; วันที่ลงข่าว : {stamp} &nbsp; เปิดอ่าน {counter(article)} ครั้ง</td></tr>
<tr><td class="txt_detail">{paragraphs}</td></tr>
<tr><td class="txt_small">ภาพ/ข่าว : กลุ่มงานประชาสัมพันธ์</td></tr>
<tr><td><b>ข่าวประชาสัมพันธ์อื่นๆ</b><table width="100%">{others}</table></td></tr>
</table></td></tr></table></td></tr>
<tr><td class="footer" align="center">องค์การบริหารส่วนจังหวัดร้อยเอ็ด ถนนรณชัยชาญยุทธ ตำบลในเมือง อำเภอเมือง จังหวัดร้อยเอ็ด 45000 โทร. 043-511-235</td></tr>
</table></body></html>"""


# ------------------------------------------------------------------ og:title only, weekday date


def ogonly_url(article: DemoArticle) -> str:
    return f"https://www.phuket.go.th/webpr/index.php?option=detail&id={article.number}"


def ogonly_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A provincial PR page whose visible headline is drawn on the picture: <title> the
    office only, the headline in ``og:title`` (with the site after " | ") and in the
    picture's alt; the date line ``วันอังคาร ที่ 5 มีนาคม 2567`` (a space before ที่) in
    Thai digits on odd ids; the text in plain <div>s; "ข่าวล่าสุด" with dates above."""
    d = day_of(article)
    weekdays = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
    dateline = f"วัน{weekdays[d.weekday()]} ที่ {d.day} {THAI_MONTHS[d.month - 1]} {be(article)}"
    if article.number % 2:
        dateline = thai_digits(dateline)
    latest = "".join(
        f'<div class="latest-item"><a href="{ogonly_url(r)}">{esc(_short(r))}</a>'
        f'<span class="latest-date">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100:02d}</span></div>'
        for r in related
    )
    paragraphs = "".join(f"<div>{esc(line)}</div>" for line in body_lines(article))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(article.title)} | สำนักงานประชาสัมพันธ์จังหวัดภูเก็ต">
<meta property="og:type" content="article">
<title>สำนักงานประชาสัมพันธ์จังหวัดภูเก็ต</title></head>
<body><div class="wrapper">
<div class="topbar">สำนักงานประชาสัมพันธ์จังหวัดภูเก็ต | Phuket Provincial Public Relations Office</div>
<div class="mainmenu"><a href="index.php">หน้าหลัก</a><a href="index.php?option=news">ข่าว</a><a href="index.php?option=radio">สถานีวิทยุ</a><a href="index.php?option=contact">ติดต่อ</a></div>
<div class="latest"><div class="latest-head">ข่าวล่าสุด</div>{latest}</div>
<div class="news-detail">
<div class="news-pic"><img src="upload/{article.number}.jpg" alt="{esc(article.title)}" width="800"></div>
<div class="news-date">{dateline}</div>
<div class="news-text">{paragraphs}</div>
<div class="news-credit">ข่าว : ส.ปชส.ภูเก็ต</div>
</div>
<div class="foot">สำนักงานประชาสัมพันธ์จังหวัดภูเก็ต ศาลากลางจังหวัดภูเก็ต ถนนนริศร อำเภอเมือง จังหวัดภูเก็ต 83000 โทร. 076-212-100</div>
</div></body></html>"""


# ------------------------------------------------------------------ site builder, font-size headline


def builder_url(article: DemoArticle) -> str:
    return f"https://www.tambonbanmai.com/news-{article.number}"


def builder_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A drag-and-drop site builder (Wix-like) of a sub-district office: generated class
    names, the headline a <span> styled by FONT SIZE only (no bold, no heading), the
    date a small span ``5 มี.ค. 67``, every paragraph its own <p> in one rich-text box,
    a "ข่าวอื่นๆ" strip of other posts with dates, <title> "headline | site"."""
    d = day_of(article)
    strip = "".join(
        f'<div class="comp-k{i}"><a href="{builder_url(r)}" class="wixui-link"><p class="font_8"><span style="font-size:18px;">{esc(r.title)}</span></p></a>'
        f'<p class="font_9"><span style="font-size:13px;">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100:02d}</span></p></div>'
        for i, r in enumerate(related[:3])
    )
    paragraphs = "".join(
        f'<p class="font_8 wixui-rich-text__text"><span style="font-size:16px;">{esc(line)}</span></p>'
        for line in body_lines(article)
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{esc(article.title)} | อบต.บ้านใหม่</title>
<meta name="generator" content="Wix.com Website Builder"></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER"><div class="comp-h1"><p class="font_0"><span style="font-size:22px;">องค์การบริหารส่วนตำบลบ้านใหม่</span></p></div>
<nav class="comp-menu"><a href="/">หน้าแรก</a> <a href="/news">ข่าวสาร</a> <a href="/contact">ติดต่อเรา</a></nav></div>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="comp-s1"><div class="comp-t1 wixui-rich-text"><p class="font_2"><span style="font-size:30px;">{esc(article.title)}</span></p></div>
<div class="comp-t2 wixui-rich-text"><p class="font_9"><span style="font-size:13px;">{d.day} {ABBR[d.month - 1]} {be(article) % 100:02d}</span></p></div>
<div class="comp-t3 wixui-rich-text">{paragraphs}</div></section>
<section class="comp-s2"><div class="comp-t4 wixui-rich-text"><p class="font_5"><span style="font-size:20px;">ข่าวอื่นๆ</span></p></div>{strip}</section></div></main>
<footer id="SITE_FOOTER"><p class="font_9"><span style="font-size:13px;">องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดเชียงราย 57000 โทร 053-000-111 สร้างด้วย Wix.com</span></p></footer></div></div></body></html>"""
