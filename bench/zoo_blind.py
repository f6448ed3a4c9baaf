"""The "blind" half of the template zoo (bench/zoo.py): families written without the extractor.

Written on 2026-11-29, after every other half (tuned, unseen, holdout, fresh) had been used
to change the extractor, by someone who did NOT open, read or grep the extractor or the
date and clean code (crawler/extract.py, crawler/extraction*, pipelines/thai_dates.py,
pipelines/stages/, pipelines/thai_text.py) and who never ran any extraction code on these
pages: the only check made while writing them rendered every page and verified it is
well-formed HTML holding the article's title, every body line and the intended date.
Their first measurement (bench/extraction.py --half blind, run once by the lead) is the
honest "never seen" figure of issue 14.

Each family imitates a kind of real Thai government / education system not yet in the zoo
(Liferay, DotNetNuke, Joomla 4, Drupal 10, WordPress Newspaper, Moodle, a Laravel +
Bootstrap 5 CMS, Plone, a local-government announcement system with attachments, a page
embedding a Facebook post, a JSP/Struts ministry site, Wix), with its noise: menus,
breadcrumbs, share bars, view counters, boxes of OTHER articles with their dates, footers
with addresses and phones; and a date format seen on real Thai pages.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bench.zoo import (
    ABBR,
    THAI_MONTHS,
    WEEKDAYS,
    Hints,
    be,
    body_lines,
    counter,
    day_of,
    esc,
    thai_digits,
)
from crawler.demo.corpus import DemoArticle


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ------------------------------------------------------------------ Liferay asset publisher


def liferay_url(article: DemoArticle) -> str:
    return (
        "https://www.mol.go.th/web/guest/news/-/asset_publisher/xQ3kPsIL9Ho/content/"
        f"id/{article.number}"
    )


def liferay_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Liferay 7 portal of a ministry: <title> the PAGE name and the site ("ข่าวประชาสัมพันธ์
    - กระทรวงแรงงาน"), portlets in <section class="portlet">, the asset publisher's full
    content with the headline in h3.header-title, the publish date ``05/03/2567 10:22``
    (numeric, Buddhist year) in a metadata entry, asset links, a ratings/view-count line,
    a second asset publisher of other news abstracts with their dates, a web-content
    footer with the address."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    others = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{liferay_url(r)}">{esc(r.title)}</a></h3>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{day_of(r):%d/%m}/{be(r)}</span></div>'
        f'<div class="asset-summary">{esc(body_lines(r)[-1][:140]) if body_lines(r) else ""}...</div>'
        f'<div class="asset-more"><a href="{liferay_url(r)}">อ่านต่อ »</a></div></div>'
        for r in related
    )
    instance = "portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="th-TH"><head>
<title>ข่าวประชาสัมพันธ์ - กระทรวงแรงงาน</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="https://www.mol.go.th/o/mol-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" href="https://www.mol.go.th/o/mol-theme/css/main.css?browserId=other&amp;themeId=moltheme_WAR_moltheme" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay = {{Browser: {{}}, ThemeDisplay: {{getLanguageId: function() {{return "th_TH";}}, getScopeGroupId: function() {{return "20143";}}}}}};</script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner"><div id="heading"><div class="site-title"><a class="logo custom-logo" href="/web/guest" title="ไปที่ กระทรวงแรงงาน"><img alt="กระทรวงแรงงาน Ministry of Labour" height="90" src="/image/layout_set_logo?img_id=31403" width="420" /></a></div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="หน้าเว็บไซต์" role="menubar">
<li><a href="/web/guest/home" role="menuitem"><span>หน้าหลัก</span></a></li><li><a href="/web/guest/about" role="menuitem"><span>เกี่ยวกับกระทรวง</span></a></li>
<li class="selected"><a href="/web/guest/news" role="menuitem"><span>ข่าวประชาสัมพันธ์</span></a></li><li><a href="/web/guest/e-service" role="menuitem"><span>E-Service</span></a></li><li><a href="/web/guest/contact" role="menuitem"><span>ติดต่อเรา</span></a></li></ul></nav></header>
<section id="content"><div class="columns-2-1" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_"><section class="portlet" id="portlet_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet">
<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest"><span class="breadcrumb-text-truncate">กระทรวงแรงงาน</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/news"><span class="breadcrumb-text-truncate">ข่าวประชาสัมพันธ์</span></a></li></ol></section></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_"><section class="portlet" id="{instance}xQ3kPsIL9Ho">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">ข่าวประชาสัมพันธ์</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><a class="header-back-to lfr-portal-tooltip" href="/web/guest/news" title="ย้อนกลับ"><span class="lexicon-icon lexicon-icon-angle-left"></span></a></p>
<h3 class="header-title mb-0 ml-2"><span>{esc(article.title)}</span></h3></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{d:%d/%m}/{be(article)} {d:%H:%M}</span>
<span class="metadata-entry metadata-view-count">{counter(article)} เข้าชม</span></div>
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="{article.number}" data-analytics-asset-type="web-content">
{paragraphs}
</div></div>
<div class="asset-links mb-3"><a href="https://www.mol.go.th/documents/20143/{article.number}/file.pdf">ดาวน์โหลดเอกสาร (PDF)</a></div>
<div class="asset-ratings mb-3"><div class="taglib-ratings thumbs">คุณชอบเนื้อหานี้หรือไม่ <button class="btn">👍 12</button> <button class="btn">👎 0</button></div></div>
<div class="social-bookmarks"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LINE</a></div>
</div></div></div></div></section></div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_"><section class="portlet" id="{instance}otherNews">
<div class="portlet-content"><h2 class="portlet-title-text">ข่าวอื่น ๆ</h2><div class="portlet-body">{others}</div></div></section></div>
<div class="portlet-boundary"><section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_hotline"><div class="portlet-body"><div class="journal-content-article"><p>สายด่วนกระทรวงแรงงาน 1506</p><p>ศูนย์ช่วยเหลือแรงงาน 24 ชั่วโมง</p></div></div></section></div>
</div></div></div></section>
<footer id="footer" role="contentinfo"><div class="journal-content-article"><p>กระทรวงแรงงาน ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400</p><p>โทรศัพท์ 0 2232 1462 สายด่วน 1506 อีเมล pr@mol.go.th</p><p>Copyright © 2019 Ministry of Labour. All Rights Reserved. Powered By Liferay</p></div></footer>
</div></div>
<script type="text/javascript">Liferay.Portlet.register('{instance}xQ3kPsIL9Ho');</script>
</body></html>"""


# ------------------------------------------------------------------ DotNetNuke + EasyDNNnews


def dnn_url(article: DemoArticle) -> str:
    return f"https://www.dmr.go.th/News/ArticleId/{article.number}/pr-{article.number}"


def dnn_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """DotNetNuke (DNN 9) with the EasyDNNnews module on a department site: the whole page
    in one <form>, dnn_ctr ids, <title> only the page name ("ข่าวประชาสัมพันธ์", with
    whitespace), og:title from the module, the headline an h1.edn_articleTitle, the date
    ``05 มีนาคม 2567`` (.NET th-TH culture: Buddhist year) after "วันที่เผยแพร่", a
    "number of views" line, EasyDNN's "other articles" list with dates, a DNN footer."""
    d = day_of(article)
    published = f"{d.day:02d} {THAI_MONTHS[d.month - 1]} {be(article)}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    others = "".join(
        f'<div class="edn_article edn_clearFix"><h2 class="edn_articleTitle"><a href="{dnn_url(r)}">{esc(r.title)}</a></h2>'
        f'<time class="edn_articleDate">{day_of(r).day:02d} {THAI_MONTHS[day_of(r).month - 1]} {be(r)}</time></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th-TH">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	ข่าวประชาสัมพันธ์
</title><meta id="MetaDescription" name="DESCRIPTION" content="กรมทรัพยากรธรณี" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=312" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=312" type="text/css" rel="stylesheet"/>
<meta property="og:title" content="{esc(article.title)}" /><meta property="og:type" content="article" /><meta property="og:url" content="{dnn_url(article)}" /><meta property="og:site_name" content="กรมทรัพยากรธรณี" />
</head>
<body id="Body">
<form method="post" action="/News/ArticleId/{article.number}/pr-{article.number}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="TmI9Y{article.number}xNzQ2NTc=" /></div>
<script src="/Portals/_default/Skins/Xcillion/bootstrap/js/bootstrap.min.js?cdv=312" type="text/javascript"></script>
<div id="siteWrapper"><div id="topHeader"><div class="container"><div id="search-action"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" placeholder="ค้นหา..." /></span></div>
<div id="login"><a id="dnn_dnnLogin_loginLink" class="LoginLink" href="/Login">เข้าสู่ระบบ</a></div></div></div>
<header><div class="container"><div class="navbar-header"><span class="brand"><a id="dnn_dnnLOGO_hypLogo" title="กรมทรัพยากรธรณี" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo_dmr.png" alt="กรมทรัพยากรธรณี" /></a></span></div>
<div id="navbar" class="collapse navbar-collapse"><ul class="nav navbar-nav topLevel"><li><a href="/">หน้าแรก</a></li><li><a href="/About">เกี่ยวกับกรม</a></li><li class="active"><a href="/News">ข่าวประชาสัมพันธ์</a></li><li><a href="/Knowledge">องค์ความรู้</a></li><li><a href="/Contact">ติดต่อเรา</a></li></ul></div></div></header>
<div id="dnn_BreadcrumbPane"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="breadcrumbLink">หน้าแรก</a> &gt; <a href="/News" class="breadcrumbLink">ข่าวประชาสัมพันธ์</a></span></div>
<div class="container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1214"><a name="1214"></a><div class="DNNContainer_noTitle"><div id="dnn_ctr1214_ContentPane">
<div id="dnn_ctr1214_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><div class="eds_news_module_1214 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="edn_article edn_articleDetails">
<h1 class="edn_articleTitle">{esc(article.title)}</h1>
<div class="edn_metaDetails"><span class="edn_label">วันที่เผยแพร่</span> <time>{published}</time> <span class="edn_views">จำนวนผู้เข้าชม {counter(article)}</span></div>
<div class="edn_mediaContainer"><img src="/Portals/0/EasyDNNnews/{article.number}/images/cover.jpg" alt="" /></div>
<div class="edn_articleSummary"></div>
{paragraphs}
<div class="edn_socialPrintWrapper"><ul class="edn_socialButtons"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Line</a></li></ul><a class="edn_printButton" href="#">พิมพ์</a></div>
</div>
<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">ข่าวที่เกี่ยวข้อง</h3>{others}</div>
</div></div></div></div></div></div>
<div id="dnn_RightPane" class="col-md-4 rightPane"><div class="DnnModule DnnModule-DNN_HTML"><div class="DNNContainer_Title_h2"><h2><span id="dnn_ctr1220_dnnTITLE_titleLabel" class="TitleH2">หน่วยงานภายใน</span></h2>
<div id="dnn_ctr1220_HtmlModule_lblContent" class="Normal"><p><a href="/Geology">สำนักธรณีวิทยา</a></p><p><a href="/Fossil">กองคุ้มครองซากดึกดำบรรพ์</a></p><p><a href="/Hazard">กองธรณีวิทยาสิ่งแวดล้อมและธรณีพิบัติภัย</a></p></div></div></div></div></div></div>
<footer><div class="container"><div id="dnn_FooterPane"><p>กรมทรัพยากรธรณี 75/10 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2621 9500</p></div>
<span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2020 by กรมทรัพยากรธรณี</span> <a id="dnn_dnnTerms_hypTerms" class="SkinObject" href="/Terms">Terms Of Use</a> <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" href="/Privacy">Privacy Statement</a></div></footer></div>
<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form></body></html>"""


# ------------------------------------------------------------------ Joomla 4 Cassiopeia


def joomla4_url(article: DemoArticle) -> str:
    return f"https://www.ratchaburi.go.th/index.php/news-pr/{article.number}-news-{article.number}"


def joomla4_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 4 with the Cassiopeia template on a provincial office: <title> "headline -
    site", the menu item's page heading h1 "ข่าวประชาสัมพันธ์" ABOVE the article, the
    headline an h2[itemprop=headline] in div.page-header, a <time datetime> whose text is
    ``เผยแพร่: 5 มีนาคม 2567 10:22`` (Thai language pack, Buddhist year), hits, tags,
    a "latest articles" module and "most read" module with their dates, a footer."""
    d = day_of(article)
    published = f"เผยแพร่: {d.day} {THAI_MONTHS[d.month - 1]} {be(article)} {d:%H:%M}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{joomla4_url(r)}" itemprop="url"><span itemprop="name">{esc(r.title)}</span></a>'
        f' <small class="text-muted">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)}</small></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(article.title)} - สำนักงานจังหวัดราชบุรี</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?7a3e1b" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ผิดพลาด"}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo.png" alt="สำนักงานจังหวัดราชบุรี" width="360" height="80"></a>
<div class="site-description">Ratchaburi Provincial Office</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/index.php">หน้าหลัก</a></li><li class="nav-item item-112 current active"><a href="/index.php/news-pr" aria-current="location">ข่าวประชาสัมพันธ์</a></li><li class="nav-item item-113"><a href="/index.php/procurement">จัดซื้อจัดจ้าง</a></li><li class="nav-item item-114"><a href="/index.php/ita">ITA</a></li><li class="nav-item item-115"><a href="/index.php/contact">ติดต่อเรา</a></li></ul>
<div class="container-search"><form action="/index.php/news-pr" method="post" class="mod-finder js-finder-searchform form-search" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">ค้นหา</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="ค้นหา ..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าหลัก</span></a></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/news-pr" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
<div class="page-header"><h2 itemprop="headline">{esc(article.title)}</h2></div>
<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">กลุ่มงานยุทธศาสตร์</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="/index.php/news-pr" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{d.isoformat()}" itemprop="datePublished">{published}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{counter(article).replace(",", "")}">ฮิต: {counter(article)}</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
{paragraphs}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0" itemprop="keywords"><a href="/index.php/component/tags/tag/pr" class="btn btn-sm btn-info">ประชาสัมพันธ์</a></li></ul>
<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> ก่อนหน้า</a><a class="btn btn-sm btn-secondary next" href="#" rel="next">ถัดไป <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">ข่าวล่าสุด</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">สถิติผู้เยี่ยมชม</h3><div class="card-body"><ul class="mod-stats list-group"><li class="list-group-item">ผู้เยี่ยมชม {counter(article)}</li><li class="list-group-item">บทความ 2,418</li></ul></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>สำนักงานจังหวัดราชบุรี ศาลากลางจังหวัดราชบุรี (หลังใหม่) ถนนสมบูรณ์กุล ตำบลหน้าเมือง อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000</p><p>โทรศัพท์ 032-337-868 โทรสาร 032-337-869 E-mail: ratchaburi@moi.go.th</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="กลับด้านบน"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>"""


# ------------------------------------------------------------------ Drupal 10 Olivero


def drupal10_url(article: DemoArticle) -> str:
    return f"https://www.opsmoac.go.th/th/news/{article.number}"


def drupal10_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Drupal 10 with the Olivero theme: <title> "headline | site", og:title from the
    metatag module, the headline an h1.page-title > span.field--name-title, the node meta
    "ส่งโดย admin เมื่อ 5 มี.ค. 2024 - 10:22" (Thai month abbreviation, CHRISTIAN year),
    the body in .text-content, a "views" line, a views block of recent news with their
    dates in the same format, the mobile-nav button, a footer region."""
    d = day_of(article)
    created = f"{d.day} {ABBR[d.month - 1]} {d.year} - {d:%H:%M}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    recent = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{drupal10_url(r)}" hreflang="th">{esc(r.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{day_of(r).isoformat()}">{day_of(r).day} {ABBR[day_of(r).month - 1]} {day_of(r).year}</time></span></div></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{drupal10_url(article)}" />
<meta property="og:site_name" content="สำนักงานปลัดกระทรวงเกษตรและสหกรณ์" />
<meta property="og:title" content="{esc(article.title)}" />
<title>{esc(article.title)} | สำนักงานปลัดกระทรวงเกษตรและสหกรณ์</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero.css?delta=0&amp;language=th&amp;theme=olivero" />
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" aria-label="เมนูแบบติดด้านบน" aria-expanded="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/th" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-opsmoac.png" alt="หน้าแรก" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/th" title="หน้าแรก" rel="home">สำนักงานปลัดกระทรวงเกษตรและสหกรณ์</a></div></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="เมนูหลัก" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">เมนู</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">เมนูหลัก</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1"><li class="primary-nav__menu-item"><a href="/th" class="primary-nav__menu-link"><span class="primary-nav__menu-link-inner">หน้าแรก</span></a></li><li class="primary-nav__menu-item"><a href="/th/about" class="primary-nav__menu-link"><span class="primary-nav__menu-link-inner">เกี่ยวกับเรา</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--active-trail"><a href="/th/news" class="primary-nav__menu-link is-active"><span class="primary-nav__menu-link-inner">ข่าวสาร</span></a></li><li class="primary-nav__menu-item"><a href="/th/contact" class="primary-nav__menu-link"><span class="primary-nav__menu-link-inner">ติดต่อ</span></a></li></ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/th" class="breadcrumb__link">หน้าแรก</a></li><li class="breadcrumb__item"><a href="/th/news" class="breadcrumb__link">ข่าวสาร</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(article.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="{article.number}" role="article" about="/th/news/{article.number}" class="node node--type-article node--promoted node--view-mode-full">
<header class="">
<div class="node__meta"><span class="node__author-image"><img loading="lazy" src="/sites/default/files/pictures/admin.png" width="100" height="100" alt="รูปของ admin" /></span>
<div class="node__author-container"><span>ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>admin_pr</span></span> <span class="field field--name-created field--type-created field--label-hidden">เมื่อ {created}</span></span></div></div>
</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/{d:%Y-%m}/{article.number}.jpg" width="1100" height="620" alt="" /></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{paragraphs}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--entity-reference-target-type-taxonomy-term clearfix field--tags"><h3 class="field__label field--tags__label">แท็ก</h3><ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/th/taxonomy/term/5" hreflang="th">{esc(article.category)}</a></li></ul></div>
<div class="node__links"><ul class="links inline"><li class="statistics-counter">การดู {counter(article)} ครั้ง</li></ul></div>
</div></article></div></div></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div class="views-element-container block block-views block-views-blockrecent-news-block-1" id="block-recentnews"><h2 class="block__title">ข่าวล่าสุด</h2><div class="block__content"><div class="view view-recent-news view-id-recent_news view-display-id-block_1">{recent}</div></div></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div id="block-footer-address" class="block block-block-content"><div class="block__content"><div class="text-content"><p>สำนักงานปลัดกระทรวงเกษตรและสหกรณ์ 3 ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200</p><p>โทรศัพท์ 0 2281 5955 | Call Center 1170</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>ขับเคลื่อนโดย <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"th\\/","currentPath":"node\\/{article.number}","currentLanguage":"th"}},"statistics":{{"data":{{"nid":"{article.number}"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
</body></html>"""


# ------------------------------------------------------------------ WordPress Newspaper (tagDiv)


def newspaper_url(article: DemoArticle) -> str:
    return f"https://www.m-society.go.th/news-{article.number}/"


def newspaper_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress with tagDiv's Newspaper theme + Yoast: <title> "headline - site", og:title,
    article:published_time, a Yoast JSON-LD graph, a "trending now" ticker of other
    headlines, the headline an h1.tdb-title-text, the date a <time> whose text is glued
    ``5 มี.ค.2567`` (a Buddhist-year date plugin), a view counter, top and bottom share
    bars, "related posts" blocks with td-module-date dates, a footer with the address."""
    d = day_of(article)
    shown = f"{d.day} {ABBR[d.month - 1]}{be(article)}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    ticker = "".join(
        f'<div class="tdb-trending-now-post"><a class="tdb-trending-now-title" href="{newspaper_url(r)}">{esc(r.title)}</a></div>'
        for r in related
    )
    rel = "".join(
        f'<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{newspaper_url(r)}" rel="bookmark" class="td-image-wrap" title="{esc(r.title)}"><span class="entry-thumb td-thumb-css" style="background-image: url(/wp-content/uploads/{r.number}-218x150.jpg)"></span></a></div></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{newspaper_url(r)}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></h3>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{day_of(r).isoformat()}">{day_of(r).day} {ABBR[day_of(r).month - 1]}{be(r)}</time></span></div></div>'
        for r in related
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": newspaper_url(article), "url": newspaper_url(article),
             "name": f"{article.title} - กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
             "datePublished": d.isoformat(), "dateModified": d.isoformat(), "inLanguage": "th"},
            {"@type": "Organization", "name": "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
             "url": "https://www.m-society.go.th/"},
        ],
    }  # fmt: skip
    share = (
        '<div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a>'
        '<a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a>'
        '<a class="td-social-sharing-button td-social-line" href="#"><span class="td-social-but-text">Line</span></a></div>'
    )
    return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<title>{esc(article.title)} - กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{newspaper_url(article)}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(article.title)} - กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" />
<meta property="og:url" content="{newspaper_url(article)}" />
<meta property="og:site_name" content="กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" />
<meta property="article:published_time" content="{d.isoformat()}" />
<meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json" class="yoast-schema-graph">{_json(graph)}</script>
<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.1' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-{article.number} single-format-standard td-standard-pack global-block-template-1 tdb_template_512 tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"><div class="td-menu-socials"><a href="#">Facebook</a> <a href="#">Youtube</a></div></div>
<div class="td-mobile-content"><ul class="td-mobile-main-menu"><li><a href="/">หน้าแรก</a></li><li><a href="/category/news/">ข่าวกระทรวง</a></li><li><a href="/category/activity/">กิจกรรม</a></li></ul></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap">
<div class="tdc-row"><div class="tdb-header-align"><div class="td_block_wrap tdb_header_logo"><a class="tdb-logo-a" href="/"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="/wp-content/uploads/logo-msdhs.png" alt="กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" /></span></a></div>
<div class="td_block_wrap tdb_header_menu"><ul id="menu-main-1" class="tdb-block-menu tdb-menu"><li class="menu-item"><a href="/"><div class="tdb-menu-item-text">หน้าแรก</div></a></li><li class="menu-item"><a href="/category/news/"><div class="tdb-menu-item-text">ข่าวกระทรวง</div></a></li><li class="menu-item"><a href="/category/activity/"><div class="tdb-menu-item-text">กิจกรรม</div></a></li><li class="menu-item"><a href="/contact/"><div class="tdb-menu-item-text">ติดต่อเรา</div></a></li></ul></div></div></div>
<div class="tdc-row"><div class="td_block_wrap tdb_header_trending_now"><div class="tdb-trending-now-wrap"><span class="tdb-trending-now-title-text">ข่าวเด่น</span><div class="tdb-trending-now-posts">{ticker}</div></div></div></div>
</div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{article.number}" data-autoload-type="" data-autoload-count="5">
<article class="post-{article.number} post type-post status-publish format-standard has-post-thumbnail category-news" itemscope itemtype="https://schema.org/Article">
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><div class="tdc-row"><div class="vc_row wpb_row td-pb-row"><div class="vc_column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_breadcrumbs"><span><i class="td-icon-home"></i><a title="" class="tdb-entry-crumb" href="/">หน้าแรก</a></span> <i class="tdb-bread-sep td-icon-right"></i> <span><a title="ดูบทความทั้งหมดใน ข่าวกระทรวง" class="tdb-entry-crumb" href="/category/news/">ข่าวกระทรวง</a></span></div>
<div class="td_block_wrap tdb_single_categories"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/category/news/"><span class="tdb-cat-bg"></span>ข่าวกระทรวง</a></div></div>
<div class="td_block_wrap tdb_title"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{esc(article.title)}</h1><div></div><div class="tdb-title-line"></div></div></div>
<div class="vc_row_inner tdi_80 vc_row vc_inner wpb_row td-pb-row"><div class="td_block_wrap tdb_single_author"><div class="tdb-author-name-wrap"><span class="tdb-author-by">โดย</span> <a class="tdb-author-name" href="/author/pr/">กองประชาสัมพันธ์</a></div></div>
<div class="td_block_wrap tdb_single_date"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}">{shown}</time></div></div>
<div class="td_block_wrap tdb_single_post_views"><div class="tdb-block-inner td-fix-index"><i class="td-icon-views"></i><span class="td-nr-views-{article.number}">{counter(article)}</span></div></div></div>
<div class="td_block_wrap tdb_single_post_share">{share}</div>
<div class="td_block_wrap tdb_single_featured_image"><div class="tdb-block-inner td-fix-index"><img class="entry-thumb" src="/wp-content/uploads/{d:%Y/%m}/{article.number}-696x464.jpg" alt="" /></div></div>
<div class="td_block_wrap tdb_single_content tdi_90 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">{paragraphs}</div></div>
<div class="td_block_wrap tdb_single_post_share">{share}</div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><span>แท็ก</span></li><li><a href="/tag/pr/">ประชาสัมพันธ์</a></li></ul></div>
<div class="td_block_wrap tdb_single_related td_with_ajax_pagination td-pb-border-top td_block_template_1 tdb-single-related-posts"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>บทความที่เกี่ยวข้อง</span></h4></div><div class="td_block_inner tdb-block-inner td-fix-index">{rel}</div></div>
</div></div></div></div></div></div>
</article></div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap"><div class="tdc-row"><div class="td_block_wrap tdb_footer_text"><p>กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ 1034 ถนนกรุงเกษม แขวงมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทร. 0 2659 6400 สายด่วน 1300</p></div>
<div class="td_block_wrap tdb_footer_copyright">&copy; สงวนลิขสิทธิ์ 2024 กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</div></div></div></div>
</div>
<script type="text/javascript">var tdBlocksArray = []; var tdLocalCache = {{}}; var td_ajax_url="/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.1";</script>
</body></html>"""


# ------------------------------------------------------------------ Moodle site news


def _clock12(moment: datetime) -> str:
    """``10:22AM`` whatever the process locale (strftime's %p follows it)."""
    return f"{moment.hour % 12 or 12:02d}:{moment.minute:02d}{'AM' if moment.hour < 12 else 'PM'}"


def moodle_url(article: DemoArticle) -> str:
    return f"https://elearning.pccpl.ac.th/mod/forum/discuss.php?d={article.number}"


def moodle_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Moodle 4 (Boost theme) "site announcements" forum of a school: <title> "school:
    ข่าวประจำเว็บไซต์: headline", the headline an h3.discussionname AND the post's
    subject h4 (both the same text), the byline "โดย ผู้ดูแลระบบ - อังคาร, 05 มีนาคม 2024,
    10:22AM" (Moodle's Thai pack: Thai weekday and month, CHRISTIAN year, 12-hour clock),
    a "Latest announcements" block whose dates have no year, a calendar block, a footer."""
    d = day_of(article)
    posted = (
        f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {THAI_MONTHS[d.month - 1]} {d.year}, {_clock12(d)}"
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    latest = "".join(
        f'<div class="post"><div class="head clearfix"><div class="date">{day_of(r).day} {ABBR[day_of(r).month - 1]}, {day_of(r):%H:%M}</div>'
        f'<div class="name">ผู้ดูแลระบบ</div></div><div class="info"><a href="{moodle_url(r)}">{esc(r.title)}</a></div></div>'
        for r in related
    )
    school = "โรงเรียนเฉลิมพระเกียรติ จังหวัดพิษณุโลก"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="th" xml:lang="th">
<head>
<title>{school}: ข่าวประจำเว็บไซต์: {esc(article.title)}</title>
<link rel="shortcut icon" href="https://elearning.pccpl.ac.th/theme/image.php/boost/theme/1700000000/favicon" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {school}: ข่าวประจำเว็บไซต์: {esc(article.title)}" />
<link rel="stylesheet" type="text/css" href="https://elearning.pccpl.ac.th/theme/styles.php/boost/1700000000_1/all" />
<script>var M = {{}}; M.yui = {{}}; M.cfg = {{"wwwroot":"https:\\/\\/elearning.pccpl.ac.th","sesskey":"Zk3Yq1pQ2w","themerev":"1700000000","theme":"boost","contextid":{article.number % 900 + 20}}};</script>
</head>
<body id="page-mod-forum-discuss" class="format-site course path-mod path-mod-forum chrome dir-ltr lang-th yui-skin-sam yui3-skin-sam pagelayout-incourse course-1 context-52 cmid-1 category-1 theme uses-drawers">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
<div><a class="sr-only sr-only-focusable" href="#maincontent">ข้ามไปยังเนื้อหาหลัก</a></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="การนำทางของเว็บไซต์">
<a href="https://elearning.pccpl.ac.th/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn"><span class="site-name">{school}</span></a>
<div class="primary-navigation"><nav class="moremenu navigation"><ul role="menubar" class="nav more-nav navbar-nav"><li data-key="home" class="nav-item" role="none"><a role="menuitem" class="nav-link" href="https://elearning.pccpl.ac.th/">หน้าหลัก</a></li><li data-key="courses" class="nav-item" role="none"><a role="menuitem" class="nav-link" href="https://elearning.pccpl.ac.th/course/">รายวิชาทั้งหมด</a></li></ul></nav></div>
<div id="usernavigation" class="navbar-nav ml-auto"><div class="d-flex align-items-stretch usermenu-container" data-region="usermenu"><div class="usermenu"><span class="login pl-2">คุณยังไม่ได้เข้าสู่ระบบ (<a href="https://elearning.pccpl.ac.th/login/index.php">เข้าสู่ระบบ</a>)</span></div></div></div>
</nav>
<div id="page" data-region="mainpage" data-usertour="scroller" class="drawers drag-container">
<div class="main-inner"><div id="topofscroll" class="main-inner">
<header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap"><div id="page-navbar"><nav aria-label="แถบนำทาง"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://elearning.pccpl.ac.th/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="https://elearning.pccpl.ac.th/mod/forum/view.php?id=1">ข่าวประจำเว็บไซต์</a></li><li class="breadcrumb-item"><span>{esc(article.title[:40])}...</span></li></ol></nav></div></div>
<div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">{school}</h1></div></div></div></div></div></header>
<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="เนื้อหา">
<span class="notifications" id="user-notifications"></span>
<div role="main"><span id="maincontent"></span>
<h2>ข่าวประจำเว็บไซต์</h2>
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="ข่าวก่อนหน้า" class="btn btn-link" href="{moodle_url(related[0])}">◄ ข่าวก่อนหน้า</a></li><li class="next-discussion"><a aria-label="ข่าวถัดไป" class="btn btn-link" href="{moodle_url(related[1])}">ข่าวถัดไป ►</a></li></ul></div>
<h3 class="discussionname">{esc(article.title)}</h3>
<div id="discussion-container-{article.number}" data-content="forum-discussion">
<div class="d-flex flex-column"><div class="mb-3"><div class="d-flex align-items-center"><span class="mr-2">จำนวนการตอบ: 0</span></div></div>
<article id="p{article.number}" class="forum-post-container mb-2" data-post-id="{article.number}" data-region="post" data-target="{article.number}-target" tabindex="0" aria-labelledby="post-header-{article.number}-{article.number}" aria-describedby="post-content-{article.number}">
<div class="d-flex border p-2 mb-2 forumpost focus-target firstpost starter" aria-label="{esc(article.title[:30])} โดย ผู้ดูแลระบบ" data-post-id="{article.number}" data-content="forum-post">
<div class="d-flex flex-column w-100" data-region-content="forum-post-core"><header id="post-header-{article.number}-{article.number}" class="mb-2 header row d-flex">
<div class="mr-2" style="width: 45px;"><img class="rounded-circle w-100" src="https://elearning.pccpl.ac.th/theme/image.php/boost/core/1700000000/u/f1" alt="" aria-hidden="true" title="รูปภาพของ ผู้ดูแลระบบ"></div>
<div class="d-flex flex-column"><h4 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="Re: {esc(article.title)}">{esc(article.title)}</h4>
<div class="mb-3" tabindex="-1">โดย <a href="https://elearning.pccpl.ac.th/user/view.php?id=2&amp;course=1">ผู้ดูแลระบบ</a> - <time datetime="{d.isoformat()}">{posted}</time></div></div></header>
<div class="d-flex body-content-container"><div class="no-overflow w-100 content-alignment"><div id="post-content-{article.number}" class="post-content-container">
{paragraphs}
</div></div></div>
<div class="d-flex flex-wrap"><div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto p-1" data-region="post-actions-container" role="menubar" aria-label="ผู้ดูแลระบบ"><a data-region="post-action" href="https://elearning.pccpl.ac.th/mod/forum/discuss.php?d={article.number}#p{article.number}" class="btn btn-link" title="ลิงก์ถาวรไปยังโพสต์นี้" role="menuitem">ลิงก์ถาวร</a></div></div>
</div></div></article></div></div>
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a class="btn btn-link" href="{moodle_url(related[0])}">◄ ข่าวก่อนหน้า</a></li><li class="next-discussion"><a class="btn btn-link" href="{moodle_url(related[1])}">ข่าวถัดไป ►</a></li></ul></div>
</div></section>
<section data-region="blocks-column" class="d-print-none" aria-label="บล็อก"><aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" data-droptarget="1">
<section id="inst4" class="block_news_items block card mb-3" role="complementary" data-block="news_items"><div class="card-body p-3"><h5 id="instance-4-header" class="card-title d-inline">ข่าวประกาศล่าสุด</h5><div class="card-text content mt-3"><div id="block_news_items-1">{latest}<div class="footer"><a href="https://elearning.pccpl.ac.th/mod/forum/view.php?f=1">ข่าวเก่า ...</a></div></div></div></div></section>
<section id="inst5" class="block_calendar_month block card mb-3" role="complementary" data-block="calendar_month"><div class="card-body p-3"><h5 class="card-title d-inline">ปฏิทิน</h5><div class="card-text content mt-3"><div class="calendarwrapper"><h4 class="current">{THAI_MONTHS[d.month - 1]} {d.year}</h4><table class="minicalendar calendartable"><tr><th>อา</th><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table></div></div></div></section>
</aside></section></div></div></div></div></div>
<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container" data-region="footer-content-popover"><div class="footer-section p-3 border-bottom"><div class="logininfo">คุณยังไม่ได้เข้าสู่ระบบ (<a href="https://elearning.pccpl.ac.th/login/index.php">เข้าสู่ระบบ</a>)</div></div>
<div class="footer-section p-3"><div>{school} 225 หมู่ 9 ตำบลบ้านกร่าง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000 โทร. 055-301-512</div><div class="homelink"><a href="https://elearning.pccpl.ac.th/">หน้าหลัก</a></div><div>ขับเคลื่อนโดย <a href="https://moodle.com">Moodle</a></div></div></div></footer>
</div>
</body></html>"""


# ------------------------------------------------------------------ Laravel + Bootstrap 5 cards


def laravel_url(article: DemoArticle) -> str:
    return f"https://www.spm39.go.th/news/show/{article.number}"


def laravel_date(article: DemoArticle) -> str:
    d = day_of(article)
    return f"โพสต์เมื่อ {d.day} {ABBR[d.month - 1]} {be(article) % 100:02d}"


def laravel_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A custom Laravel CMS on Bootstrap 5 of an education area office: csrf-token meta,
    <title> the office's name only, no og:title, the article in a card whose headline is
    an h4.card-title, the date ``โพสต์เมื่อ 5 มี.ค. 67`` (two-digit Buddhist year) with a
    bootstrap-icons calendar and an eye counter, a lightbox photo row, "ข่าวอื่น ๆ" cards
    with the same kind of date, a fixed-bottom "PDPA cookie" bar, a footer."""
    paragraphs = "".join(f'<p class="card-text">{esc(line)}</p>' for line in body_lines(article))
    photos = "".join(
        f'<div class="col-6 col-md-3"><a href="/storage/news/{article.number}/{k}.jpg" data-lightbox="gallery"><img class="img-fluid rounded" src="/storage/news/{article.number}/thumb_{k}.jpg" alt=""></a></div>'
        for k in range(1, 5)
    )
    cards = "".join(
        f'<div class="col-md-3"><div class="card h-100 shadow-sm"><img src="/storage/news/{r.number}/thumb_1.jpg" class="card-img-top" alt="">'
        f'<div class="card-body"><h6 class="card-title"><a class="stretched-link text-decoration-none" href="{laravel_url(r)}">{esc(r.title)}</a></h6></div>'
        f'<div class="card-footer bg-white"><small class="text-muted"><i class="bi bi-calendar3"></i> {laravel_date(r)}</small></div></div></div>'
        for r in related
    )
    return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="hV3kQ0bN7yP2aFz{article.number}Lw9uXcR1sTm4eJdYgK">
<title>สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพิษณุโลก อุตรดิตถ์</title>
<link rel="stylesheet" href="https://www.spm39.go.th/build/assets/app-4ed993c7.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.1/font/bootstrap-icons.css">
</head>
<body class="bg-light">
<div class="bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span><i class="bi bi-telephone"></i> 055-258-945</span><span><a class="text-white" href="/login">เข้าสู่ระบบ</a> | <a class="text-white" href="/lang/en">EN</a></span></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark sticky-top"><div class="container"><a class="navbar-brand d-flex align-items-center" href="/"><img src="/images/logo.png" width="48" class="me-2" alt="logo"><span>สพม.พิษณุโลก อุตรดิตถ์</span></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">เกี่ยวกับเรา</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/about/history">ประวัติ</a></li><li><a class="dropdown-item" href="/about/structure">โครงสร้าง</a></li></ul></li><li class="nav-item"><a class="nav-link active" href="/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อ</a></li></ul></div></div></nav>
<main class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li></ol></nav>
<div class="card shadow-sm mb-4"><img src="/storage/news/{article.number}/cover.jpg" class="card-img-top" alt="">
<div class="card-body">
<span class="badge bg-success mb-2">ข่าวประชาสัมพันธ์</span>
<h4 class="card-title fw-bold text-primary">{esc(article.title)}</h4>
<p class="text-muted small"><i class="bi bi-calendar3"></i> {laravel_date(article)} &nbsp; <i class="bi bi-eye"></i> {counter(article)} &nbsp; <i class="bi bi-person"></i> กลุ่มอำนวยการ</p>
<hr>
{paragraphs}
<div class="row g-2 mt-3">{photos}</div>
<div class="mt-3"><a class="btn btn-sm btn-primary" href="#"><i class="bi bi-facebook"></i> แชร์</a> <a class="btn btn-sm btn-success" href="#"><i class="bi bi-line"></i> LINE</a> <button class="btn btn-sm btn-outline-secondary" onclick="navigator.clipboard.writeText(location.href)"><i class="bi bi-link-45deg"></i> คัดลอกลิงก์</button></div>
</div></div>
<h5 class="border-start border-4 border-primary ps-2 mb-3">ข่าวอื่น ๆ</h5>
<div class="row g-3">{cards}</div>
</main>
<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container"><div class="row"><div class="col-md-8"><h6 class="text-white">สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพิษณุโลก อุตรดิตถ์</h6><p class="mb-1">ถนนพิชัยสงคราม ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000</p><p class="mb-0">โทรศัพท์ 055-258-945 โทรสาร 055-258-946 อีเมล saraban@spm39.go.th</p></div>
<div class="col-md-4 text-md-end"><p>ผู้เข้าชมวันนี้ 241 | ทั้งหมด {counter(article)}</p></div></div><div class="text-center small mt-3">&copy; 2024 สพม.พิษณุโลก อุตรดิตถ์ | พัฒนาโดย กลุ่มส่งเสริมการศึกษาทางไกลฯ</div></div></footer>
<div class="position-fixed bottom-0 start-0 end-0 bg-white border-top p-2 small" id="cookie-consent">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a href="/privacy">นโยบายความเป็นส่วนตัว</a> <button class="btn btn-sm btn-primary">ยอมรับ</button></div>
<script src="https://www.spm39.go.th/build/assets/app-8b1f3c2e.js"></script>
</body></html>"""


# ------------------------------------------------------------------ Plone news item


def plone_url(article: DemoArticle) -> str:
    return f"https://www.dss.go.th/th/news/pr-{article.number}"


def plone_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Plone 5 (Barceloneta) news item of a department: <title> "headline — site" (Plone's
    em dash), the headline h1.documentFirstHeading, the byline "โดย admin — เผยแพร่
    2024-03-05 10:22 — แก้ไขล่าสุด 2024-03-08 14:05" (Plone's ISO-like long format, the
    LAST MODIFIED date after the published one), a "news" portlet of other items with
    dates, document actions (print, send), a site actions bar, a footer."""
    d = day_of(article)
    modified = d.replace(hour=14, minute=5) + timedelta(days=3)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    portlet = "".join(
        f'<li class="portletItem"><a href="{plone_url(r)}" class="tile contenttype-news-item" title="">{esc(r.title)}'
        f'<span class="portletItemDetails">{day_of(r):%Y-%m-%d}</span></a></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Plone - http://plone.com" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{plone_url(article)}" />
<link rel="search" href="https://www.dss.go.th/th/@@search" title="ค้นหาเว็บไซต์นี้" />
<title>{esc(article.title)} — กรมวิทยาศาสตร์บริการ</title>
<link rel="stylesheet" href="https://www.dss.go.th/++plone++production/++unique++2020-01-01/default.css" data-bundle="production" />
<meta name="DC.date.created" content="{d:%Y-%m-%dT%H:%M:%S}+07:00" />
<meta name="DC.date.modified" content="{modified:%Y-%m-%dT%H:%M:%S}+07:00" />
<meta name="DC.type" content="ข่าว" /><meta name="DC.format" content="text/plain" /><meta name="DC.language" content="th" />
</head>
<body id="visual-portal-wrapper" class="frontend icons-on portaltype-news-item section-news site-th template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" dir="ltr" data-i18ncatalogurl="https://www.dss.go.th/plonejsi18n" data-portal-url="https://www.dss.go.th" data-base-url="{plone_url(article)}">
<div class="outer-wrapper">
<header id="content-header"><div class="container">
<div id="portal-header"><a id="portal-logo" title="กรมวิทยาศาสตร์บริการ" href="https://www.dss.go.th/th"><img src="https://www.dss.go.th/th/logo.png" alt="กรมวิทยาศาสตร์บริการ" title="กรมวิทยาศาสตร์บริการ" /></a>
<div id="portal-anontools"><ul><li><a href="https://www.dss.go.th/th/login" id="personaltools-login">เข้าสู่ระบบ</a></li></ul></div>
<div id="portal-languageselector"><ul><li class="currentLanguage language-th"><a href="#" title="ไทย">ไทย</a></li><li class="language-en"><a href="#" title="English">English</a></li></ul></div>
<div id="portal-searchbox"><form id="searchGadget_form" action="https://www.dss.go.th/th/@@search" role="search"><label class="hiddenStructure" for="searchGadget">ค้นหาเว็บไซต์</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="ค้นหาเว็บไซต์" placeholder="ค้นหาเว็บไซต์" class="searchField" /><input class="searchButton" type="submit" value="ค้นหา" /></form></div></div>
</div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav"><li class="index_html"><a href="https://www.dss.go.th/th" class="state-None">หน้าหลัก</a></li><li class="about"><a href="https://www.dss.go.th/th/about" class="state-published">เกี่ยวกับกรม</a></li><li class="news selected"><a href="https://www.dss.go.th/th/news" class="state-published">ข่าวประชาสัมพันธ์</a></li><li class="services"><a href="https://www.dss.go.th/th/services" class="state-published">บริการ</a></li></ul></div></nav></div></div>
<div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">คุณอยู่ที่:</span><ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="https://www.dss.go.th/th">หน้าหลัก</a></li><li id="breadcrumbs-1"><a href="https://www.dss.go.th/th/news">ข่าวประชาสัมพันธ์</a></li><li id="breadcrumbs-2"><span id="breadcrumbs-current">{esc(article.title)}</span></li></ol></div></nav></section></div>
<div class="container"><div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
<div id="column1-container"></div>
<div class="col-xs-12 col-sm-9"><div class="row"><div class="col-xs-12 col-sm-12"><article id="content">
<header><div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(article.title)}</span><span itemprop="url">{plone_url(article)}</span></span></div>
<h1 class="documentFirstHeading">{esc(article.title)}</h1>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">โดย <a href="https://www.dss.go.th/th/author/admin">admin</a></span> — <span class="documentPublished"><span>เผยแพร่</span> {d:%Y-%m-%d %H:%M}</span> — <span class="documentModified"><span>แก้ไขล่าสุด</span> {modified:%Y-%m-%d %H:%M}</span></div></div>
<div class="documentDescription description"></div></header>
<div id="viewlet-above-content-body"></div>
<div id="content-core"><figure class="newsImageContainer"><a href="{plone_url(article)}/@@images/image/large"><img src="{plone_url(article)}/@@images/image/mini" alt="" title="" class="newsImage" /></a></figure>
<div id="parent-fieldname-text" class="">{paragraphs}</div></div>
<footer><div id="viewlet-below-content-body"><div class="visualClear"></div><div class="documentActions"><p class="hiddenStructure">เครื่องมือเอกสาร</p><ul><li id="document-action-print"><a href="javascript:this.print();" title="">พิมพ์</a></li><li id="document-action-sendto"><a href="{plone_url(article)}/sendto_form" title="">ส่งหน้านี้</a></li></ul></div>
<div id="category" class="documentByLine"><span>หมวดหมู่:</span> <span><a href="https://www.dss.go.th/th/@@search?Subject%3Alist=pr" class="link-category" rel="tag">ข่าวประชาสัมพันธ์</a></span></div></div></footer>
</article></div></div></div>
<aside id="portal-column-two" class="col-xs-12 col-sm-3" role="complementary"><div class="portletWrapper" id="portletwrapper-6e6577732d706f72746c6574"><aside class="portlet portletNews" aria-labelledby="portlet-news-1"><header class="portletHeader" id="portlet-news-1"><a href="https://www.dss.go.th/th/news" class="tile">ข่าว</a></header><ul class="portletContent">{portlet}</ul><footer class="portletFooter"><a href="https://www.dss.go.th/th/news" class="tile">ข่าวทั้งหมด…</a></footer></aside></div>
<div class="portletWrapper"><aside class="portlet portletStaticText"><header class="portletHeader">ติดต่อสอบถาม</header><section class="portletContent">ศูนย์บริการลูกค้า โทร. 0 2201 7000</section></aside></div></aside>
</main></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12"><section class="portletContent"><p>กรมวิทยาศาสตร์บริการ 75/7 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร 10400</p><p>โทรศัพท์ 0 2201 7000 โทรสาร 0 2201 7466</p></section></div></div>
<div class="row"><div class="col-xs-12"><ul id="portal-siteactions"><li id="siteaction-sitemap"><a href="https://www.dss.go.th/th/sitemap" title="แผนผังเว็บไซต์">แผนผังเว็บไซต์</a></li><li id="siteaction-accessibility"><a href="https://www.dss.go.th/th/accessibility-info" title="การเข้าถึง">การเข้าถึง</a></li><li id="siteaction-contact"><a href="https://www.dss.go.th/th/contact-info" title="ติดต่อ">ติดต่อ</a></li></ul></div></div>
<div class="row"><div class="col-xs-12 colophon">ขับเคลื่อนโดย <a href="http://plone.com">Plone</a> &amp; <a href="http://python.org">Python</a></div></div></div></footer>
</div></body></html>"""


# ------------------------------------------------------------------ local government announcements


def lao_url(article: DemoArticle) -> str:
    return f"https://www.bantak.go.th/news/detail.php?id={article.number}&type=pr"


def lao_hints(article: DemoArticle) -> Hints:
    """The announcement list gives the link text and a short date with Thai digits."""
    d = day_of(article)
    return Hints(
        title=article.title,
        list_date=thai_digits(f"{d.day} {ABBR[d.month - 1]} {be(article) % 100:02d}"),
    )


def lao_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A local government (อบต./เทศบาล) site from a common vendor template, crawled from its
    announcement list: <title> the อบต. name only, a "ประกาศ/ข่าวประชาสัมพันธ์" detail
    table with labelled rows ("เรื่อง :", "วันที่ประกาศ :", "รายละเอียด :"), the date
    ``วันที่ ๕ มีนาคม ๒๕๖๗`` in Thai digits, an attachment table (PDF names, sizes,
    download counts), the ITA / e-service side menu, other announcements with Thai-digit
    dates, an address footer with a visitor counter."""
    d = day_of(article)
    dateline = thai_digits(f"วันที่ {d.day} {THAI_MONTHS[d.month - 1]} {be(article)}")
    text = "<br>\n".join(esc(line) for line in body_lines(article))
    files = "".join(
        f'<tr><td align="center">{k}</td><td><img src="/images/icon/pdf.gif" alt="pdf"> <a href="/files/news/{article.number}_{k}.pdf" target="_blank">{name}</a></td>'
        f'<td align="right">{(article.number * k) % 900 + 95} KB</td><td align="center">{(article.number + k * 13) % 300}</td></tr>'
        for k, name in ((1, "ประกาศ.pdf"), (2, "เอกสารประกอบ.pdf"))
    )
    others = "".join(
        f'<tr><td><img src="/images/bullet_red.gif"> <a href="{lao_url(r)}">{esc(r.title)}</a></td>'
        f"<td nowrap>{thai_digits(f'{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100:02d}')}</td></tr>"
        for r in related
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>องค์การบริหารส่วนตำบลบ้านตาก อำเภอบ้านตาก จังหวัดตาก</title>
<meta name="keywords" content="อบต.บ้านตาก, บ้านตาก, ตาก" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><img src="/images/header.jpg" width="1000" height="250" alt="องค์การบริหารส่วนตำบลบ้านตาก" /></div>
<div id="topmenu"><a href="/index.php">หน้าหลัก</a> | <a href="/content/history.php">ข้อมูลทั่วไป</a> | <a href="/content/staff.php">บุคลากร</a> | <a href="/news/list.php?type=pr">ข่าวประชาสัมพันธ์</a> | <a href="/news/list.php?type=procure">ประกาศจัดซื้อจัดจ้าง</a> | <a href="/webboard/">กระดานสนทนา</a> | <a href="/contact.php">ติดต่อเรา</a></div>
<div id="marquee"><marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลบ้านตาก "บริการด้วยใจ ใส่ใจประชาชน"</marquee></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="230" valign="top" id="left">
<div class="menu_head">ITA การประเมินคุณธรรมและความโปร่งใส</div>
<ul class="leftmenu"><li><a href="/ita/o1.php">O1 โครงสร้าง</a></li><li><a href="/ita/o2.php">O2 ข้อมูลผู้บริหาร</a></li><li><a href="/ita/o10.php">O10 แผนดำเนินงานประจำปี</a></li></ul>
<div class="menu_head">บริการประชาชน (e-Service)</div>
<ul class="leftmenu"><li><a href="/eservice/request.php">ยื่นคำร้องออนไลน์</a></li><li><a href="/eservice/complain.php">ร้องเรียนร้องทุกข์</a></li></ul>
<div class="menu_head">สถิติผู้เข้าชม</div><div class="counter">ออนไลน์ 3<br />วันนี้ 57<br />ทั้งหมด {counter(article)}</div>
</td>
<td valign="top" id="content">
<div class="path"><a href="/index.php">หน้าหลัก</a> &raquo; <a href="/news/list.php?type=pr">ข่าวประชาสัมพันธ์</a> &raquo; รายละเอียด</div>
<div class="head_bar">ข่าวประชาสัมพันธ์</div>
<table width="100%" border="0" cellpadding="6" cellspacing="1" class="tb_detail">
<tr><td width="110" class="label" valign="top">เรื่อง :</td><td class="topic"><b>{esc(article.title)}</b></td></tr>
<tr><td class="label">วันที่ประกาศ :</td><td>{dateline}</td></tr>
<tr><td class="label" valign="top">รายละเอียด :</td><td class="detail">{text}</td></tr>
<tr><td class="label">ผู้ประกาศ :</td><td>งานประชาสัมพันธ์ สำนักปลัด</td></tr>
<tr><td class="label">เข้าชม :</td><td>{counter(article)} ครั้ง</td></tr>
</table>
<div class="head_bar2">เอกสารแนบ</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="tb_file"><tr bgcolor="#EEEEEE"><th width="40">ลำดับ</th><th>ชื่อไฟล์</th><th width="80">ขนาด</th><th width="80">ดาวน์โหลด</th></tr>{files}</table>
<div class="share"><a href="https://www.facebook.com/sharer.php?u={lao_url(article)}" target="_blank"><img src="/images/share_fb.png" alt="แชร์ Facebook" /></a> <a href="https://social-plugins.line.me/lineit/share?url={lao_url(article)}" target="_blank"><img src="/images/share_line.png" alt="แชร์ LINE" /></a> <a href="javascript:window.print()"><img src="/images/print.png" alt="พิมพ์" /></a></div>
<div class="head_bar2">ข่าวประชาสัมพันธ์อื่น ๆ</div>
<table width="100%" class="tb_list">{others}</table>
<div align="right"><a href="/news/list.php?type=pr">ดูทั้งหมด &raquo;</a></div>
</td></tr></table>
<div id="footer">องค์การบริหารส่วนตำบลบ้านตาก เลขที่ 99 หมู่ 1 ตำบลตากตก อำเภอบ้านตาก จังหวัดตาก 63120<br />โทรศัพท์ 055-591-234 โทรสาร 055-591-235 อีเมล saraban@bantak.go.th<br />Copyright &copy; 2021 All rights reserved. ออกแบบและพัฒนาโดย ThaiLocalWeb</div>
</div>
</body></html>"""


# ------------------------------------------------------------------ Facebook post embedded


def fbembed_url(article: DemoArticle) -> str:
    return f"https://www.chanthaburi.go.th/pr/fbnews.php?id={article.number}"


def fbembed_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A provincial PR page that republishes the office's Facebook posts: <title> "ข่าวจาก
    Facebook | site", og:title the headline, the headline an h2.fb-headline over the
    embedded post, the post's text in Facebook's fallback <blockquote> (shown until the
    SDK loads) ending "โพสต์โดย ... เมื่อ วันอังคารที่ 5 มีนาคม 2024" (Facebook's Thai
    locale: Thai weekday and month, CHRISTIAN year), the fb-root and SDK script, a
    "Like page" plugin, other posts with their dates, a footer."""
    d = day_of(article)
    posted = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {THAI_MONTHS[d.month - 1]} {d.year}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    post = f"https://www.facebook.com/prchanthaburi/posts/pfbid0{article.number}xK7"
    others = "".join(
        f'<li class="list-group-item"><a href="{fbembed_url(r)}">{esc(r.title)}</a><br>'
        f'<small class="text-secondary">วัน{WEEKDAYS[day_of(r).weekday()]}ที่ {day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {day_of(r).year}</small></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวจาก Facebook | สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{fbembed_url(article)}">
<meta property="fb:app_id" content="1402918310000{article.number % 10}">
<link rel="stylesheet" href="/pr/css/bootstrap.min.css"><link rel="stylesheet" href="/pr/css/style.css?v=3">
</head>
<body>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/th_TH/sdk.js#xfbml=1&amp;version=v18.0" nonce="k8Jx2pQa"></script>
<header class="site-head"><div class="container"><a href="/pr/"><img src="/pr/img/logo.png" alt="สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี" height="70"></a><span class="site-name">สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี</span></div>
<nav class="container"><a href="/pr/">หน้าแรก</a> · <a href="/pr/news.php">ข่าวจังหวัด</a> · <a href="/pr/fbnews.php">ข่าวจาก Facebook</a> · <a href="/pr/radio.php">สถานีวิทยุกระจายเสียง</a> · <a href="/pr/contact.php">ติดต่อ</a></nav></header>
<div class="container mt-3"><div class="row">
<div class="col-lg-8">
<div class="crumb"><a href="/pr/">หน้าแรก</a> / <a href="/pr/fbnews.php">ข่าวจาก Facebook</a></div>
<h2 class="fb-headline">{esc(article.title)}</h2>
<div class="fb-post" data-href="{post}" data-width="750" data-show-text="true">
<blockquote cite="{post}" class="fb-xfbml-parse-ignore">
{paragraphs}
โพสต์โดย <a href="https://www.facebook.com/prchanthaburi">สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี</a> เมื่อ <a href="{post}">{posted}</a>
</blockquote></div>
<div class="fb-like mt-2" data-href="{fbembed_url(article)}" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div>
<p class="small text-muted mt-2">เปิดอ่าน {counter(article)} ครั้ง</p>
</div>
<div class="col-lg-4">
<div class="fb-page" data-href="https://www.facebook.com/prchanthaburi" data-tabs="" data-width="340" data-small-header="true" data-hide-cover="false" data-show-facepile="true"><blockquote cite="https://www.facebook.com/prchanthaburi" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/prchanthaburi">สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี</a></blockquote></div>
<div class="card mt-3"><div class="card-header">โพสต์อื่น ๆ</div><ul class="list-group list-group-flush">{others}</ul></div>
</div></div></div>
<footer class="site-foot mt-4"><div class="container">สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี ศาลากลางจังหวัดจันทบุรี ถนนเลียบเนิน ตำบลวัดใหม่ อำเภอเมืองจันทบุรี จังหวัดจันทบุรี 22000 โทร. 039-311-092<br>© สำนักงานประชาสัมพันธ์จังหวัดจันทบุรี กรมประชาสัมพันธ์</div></footer>
</body></html>"""


# ------------------------------------------------------------------ JSP / Struts ministry site


def jsp_url(article: DemoArticle) -> str:
    return f"https://www.customs.go.th/newsDetail.do;jsessionid=9F3A1C{article.number:06d}?newsId={article.number}&lang=th"


def jsp_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Java (JSP/Struts 1) ministry site laid out like the frames it replaced: nested
    tables for the top "frame", the left menu "frame" and the content; <title> "site ::
    ข่าวประชาสัมพันธ์"; the headline in td.news_topic; the date ``05 มี.ค. 2024``
    (Java's SimpleDateFormat with the th locale: Thai month abbreviation, CHRISTIAN year)
    after "ประจำวันที่"; jsessionid links; a "ข่าวล่าสุด" table with the same format;
    a footer with the address and a counter."""
    d = day_of(article)
    paragraphs = "".join(
        f'<p class="news_detail">&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}</p>'
        for line in body_lines(article)
    )
    rows = "".join(
        f'<tr class="{"row_odd" if i % 2 else "row_even"}"><td width="12"><img src="/images/arrow.gif"></td><td><a href="{jsp_url(r)}" class="link_news">{esc(r.title)}</a></td>'
        f'<td width="90" class="txt_date">{day_of(r).day:02d} {ABBR[day_of(r).month - 1]} {day_of(r).year}</td></tr>'
        for i, r in enumerate(related)
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>กรมศุลกากร :: ข่าวประชาสัมพันธ์</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onload="MM_preloadImages('/images/menu_over.gif')">
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="topFrame">
<tr><td height="110" background="/images/top_bg.jpg"><img src="/images/top_logo.gif" width="480" height="110" alt="กรมศุลกากร The Customs Department"></td>
<td align="right" background="/images/top_bg.jpg" class="txt_white"><a href="/index.jsp;jsessionid=9F3A1C{article.number:06d}?lang=th">ภาษาไทย</a> | <a href="/index.jsp?lang=en">English</a> | <a href="/sitemap.do">แผนผังเว็บไซต์</a></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="26" class="txt_white">&nbsp; <a href="/index.jsp" class="menu_top">หน้าแรก</a> | <a href="/aboutUs.do" class="menu_top">เกี่ยวกับกรม</a> | <a href="/newsList.do" class="menu_top">ข่าวประชาสัมพันธ์</a> | <a href="/eService.do" class="menu_top">e-Customs</a> | <a href="/contactUs.do" class="menu_top">ติดต่อกรม</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td width="200" valign="top" bgcolor="#E8EEF4" id="leftFrame">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="menu_head">บริการข้อมูล</td></tr>
<tr><td><a href="/tariff.do" class="menu_left">พิกัดอัตราศุลกากร</a></td></tr>
<tr><td><a href="/exchangeRate.do" class="menu_left">อัตราแลกเปลี่ยนเงินตรา</a></td></tr>
<tr><td><a href="/statistic.do" class="menu_left">สถิติการค้าระหว่างประเทศ</a></td></tr>
<tr><td><a href="/auction.do" class="menu_left">ประกาศขายทอดตลาด</a></td></tr>
<tr><td class="menu_head">Call Center</td></tr><tr><td class="txt_blue">1164</td></tr>
</table></td>
<td width="10">&nbsp;</td>
<td valign="top" id="mainFrame">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="txt_path"><a href="/index.jsp">หน้าแรก</a> &gt; <a href="/newsList.do">ข่าวประชาสัมพันธ์</a> &gt; รายละเอียดข่าว</td></tr>
<tr><td height="30" background="/images/bar_news.gif" class="txt_head">&nbsp;&nbsp;ข่าวประชาสัมพันธ์</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td class="news_topic">{esc(article.title)}</td></tr>
<tr><td class="txt_date" align="right">ประจำวันที่ {d.day:02d} {ABBR[d.month - 1]} {d.year} &nbsp;|&nbsp; จำนวนผู้อ่าน {counter(article)}</td></tr>
<tr><td><img src="/images/line_dot.gif" width="100%" height="1"></td></tr>
<tr><td>{paragraphs}</td></tr>
<tr><td align="right"><a href="/newsPrint.do?newsId={article.number}" target="_blank"><img src="/images/icon_print.gif" border="0" alt="พิมพ์"></a> <a href="/newsSend.do?newsId={article.number}"><img src="/images/icon_mail.gif" border="0" alt="ส่งต่อ"></a> <a href="javascript:history.back();"><img src="/images/btn_back.gif" border="0" alt="ย้อนกลับ"></a></td></tr>
</table></td></tr>
<tr><td height="30" background="/images/bar_news.gif" class="txt_head">&nbsp;&nbsp;ข่าวล่าสุด</td></tr>
<tr><td><table width="100%" border="0" cellspacing="1" cellpadding="3">{rows}</table></td></tr>
</table></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8" bgcolor="#003366"><tr><td class="txt_white" align="center">กรมศุลกากร 1 ถนนสุนทรโกษา แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110 โทรศัพท์ 0 2667 6000 Customs Call Center 1164<br>Copyright &copy; 2005 The Customs Department. All rights reserved. | ผู้เยี่ยมชม {counter(article)}</td></tr></table>
</body></html>"""


# ------------------------------------------------------------------ Wix blog


def wix_url(article: DemoArticle) -> str:
    return f"https://www.banhuaiyangschool.com/post/news-{article.number}"


def wix_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A school's Wix site blog post: generated class names everywhere, <title> "headline |
    school", og:title and a JSON-LD BlogPosting, the headline an h1 of the post-title
    font class, the metadata line "ผู้ดูแลเว็บไซต์ · 5 มี.ค. 2567 · อ่าน 2 นาที" (the
    browser's th-TH locale: Buddhist year), paragraphs in <p class="... _2Ozbj">, a
    "recent posts" widget with the same date format, views/comments counts, a
    single-column builder footer with address and phone."""
    d = day_of(article)
    shown = f"{d.day} {ABBR[d.month - 1]} {be(article)}"
    paragraphs = "".join(
        f'<p class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe _2Ozbj"><span class="_2PHJq">{esc(line)}</span></p>'
        for line in body_lines(article)
    )
    minutes = max(1, len(article.body) // 900)
    recent = "".join(
        f'<div class="gallery-item-container"><a href="{wix_url(r)}" class="O16KGI"><div class="_1_8qA">{esc(r.title)}</div></a>'
        f'<div class="post-metadata__date time-ago" title="{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)}">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)}</div>'
        f'<div class="_3JgU9">{(r.number * 7) % 200} views · 0 ความคิดเห็น</div></div>'
        for r in related[:3]
    )
    jsonld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": article.title,
        "datePublished": d.isoformat(),
        "dateModified": d.isoformat(),
        "author": {"@type": "Person", "name": "ผู้ดูแลเว็บไซต์"},
        "publisher": {"@type": "Organization", "name": "โรงเรียนบ้านห้วยยาง"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": wix_url(article)},
    }
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"/>
<title>{esc(article.title)} | โรงเรียนบ้านห้วยยาง</title>
<meta property="og:title" content="{esc(article.title)}"/>
<meta property="og:url" content="{wix_url(article)}"/>
<meta property="og:site_name" content="โรงเรียนบ้านห้วยยาง"/>
<meta property="og:type" content="article"/>
<link rel="canonical" href="{wix_url(article)}"/>
<script type="application/ld+json">{_json(jsonld)}</script>
<script type="text/javascript">window.viewerModel = {{"siteFeatures":["blog","seo"],"site":{{"metaSiteId":"a1b2c3d4-{article.number % 9999:04d}","isResponsive":true}},"language":{{"userLanguage":"th"}}}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">ด้านบนของหน้า</span></div>
<div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx3ntq4p" class="BaOVQ8 tz5f0K comp-kx3ntq4p wixui-rich-text"><p class="font_4 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text">โรงเรียนบ้านห้วยยาง</span></p><p class="font_8 wixui-rich-text__text">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีสะเกษ เขต 4</p></div>
<nav id="comp-kx3ntq4v" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="เว็บไซต์"><ul class="StylableHorizontalMenu3372578893__menu"><li><a href="https://www.banhuaiyangschool.com" class="StylableHorizontalMenu3372578893__menuItem">หน้าแรก</a></li><li><a href="https://www.banhuaiyangschool.com/about" class="StylableHorizontalMenu3372578893__menuItem">เกี่ยวกับโรงเรียน</a></li><li><a href="https://www.banhuaiyangschool.com/blog" class="StylableHorizontalMenu3372578893__menuItem">ข่าวประชาสัมพันธ์</a></li><li><a href="https://www.banhuaiyangschool.com/contact" class="StylableHorizontalMenu3372578893__menuItem">ติดต่อ</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_ikmfnnq1" class="TPASection_ikmfnnq1"><div class="blog-post-page-font">
<article class="blog-post-page-font _9rCjI" data-hook="post">
<div class="_3MJqR"><div class="post-metadata" data-hook="post-metadata"><span class="_3sMxr avatar-image"><img src="https://static.wixstatic.com/media/avatar.png" alt="ผู้ดูแลเว็บไซต์"></span>
<span class="user-name _3tZbM blog-link-hover-color" data-hook="user-name">ผู้ดูแลเว็บไซต์</span> <span class="_3nOa_">·</span>
<span class="post-metadata__date time-ago" data-hook="time-ago" title="{shown}">{shown}</span> <span class="_3nOa_">·</span>
<span class="post-metadata__readTime" data-hook="time-to-read" title="อ่าน {minutes} นาที">อ่าน {minutes} นาที</span></div>
<button class="_2i7kg more-button" aria-label="ตัวเลือกเพิ่มเติม" data-hook="more-button">⋮</button></div>
<div class="_1DJW6 post-title"><h1 class="_1ffJg blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font"><span class="_3uHF2">{esc(article.title)}</span></span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="_6SyeS" data-rce-version="9.8.1"><div class="kvdbP" dir="ltr" data-id="rich-content-viewer">
<figure class="_1Y1Bm" data-hook="figure-IMAGE"><img src="https://static.wixstatic.com/media/{article.number}_cover~mv2.jpg/v1/fill/w_740,h_416/cover.jpg" alt=""></figure>
{paragraphs}
</div></div></div>
<div class="_2PS7K post-footer"><div class="_1jZhh"><div class="_3v2Pv"><a href="#" class="share-button">Facebook</a><a href="#" class="share-button">Twitter</a><a href="#" class="share-button">LinkedIn</a><a href="#" class="share-button">คัดลอกลิงก์</a></div></div>
<div class="post-stats"><span class="view-count" data-hook="views-count">{counter(article)} views</span> · <span data-hook="comment-count">0 ความคิดเห็น</span> <button class="like-button" aria-label="ถูกใจ">♡</button></div></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><div class="_1pQ6m"><h2 class="_2ZyRH">โพสต์ล่าสุด</h2><a href="https://www.banhuaiyangschool.com/blog" class="_1GIm9">ดูทั้งหมด</a></div><div class="_1hWa3">{recent}</div></section>
<section class="comments" data-hook="comments"><p>ความคิดเห็น</p><div class="_37jNh">เขียนความคิดเห็น...</div></section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kx3ntr1a" class="BaOVQ8 comp-kx3ntr1a wixui-rich-text"><p class="font_8">โรงเรียนบ้านห้วยยาง หมู่ 5 ตำบลห้วยยาง อำเภอเมืองศรีสะเกษ จังหวัดศรีสะเกษ 33000</p><p class="font_8">โทร. 045-611-220 อีเมล banhuaiyang@gmail.com</p><p class="font_8">© 2023 โดยโรงเรียนบ้านห้วยยาง สร้างด้วย Wix.com</p></div></footer>
</div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script>
</body></html>"""
