"""The "blind2" half of the template zoo (bench/zoo.py): a second set of families written
without the extractor.

Written on 2026-11-29, after the blind half (bench/zoo_blind.py) had been measured and used
to change the extractor, by someone who did NOT open, read or grep the extractor or the
date and clean code (crawler/extract.py, crawler/extraction*, pipelines/) nor the scoring
internals of bench/extraction.py, and who never ran any extraction code on these pages:
the only check made while writing them rendered every page and verified, with the
standard library's html.parser, that it is well-formed and holds the article's title,
every body line, the intended date and other articles' dates
(tests/test_zoo_blind2_pages.py). Their first measurement (bench/extraction.py --half
blind2, run once by the lead) is the honest "never seen" figure.

Each family imitates a system not yet in the zoo (Odoo website blog, Concrete CMS, TYPO3 +
tx_news, SharePoint 2013 publishing, Ghost/Casper, Hugo, MODX Revolution, Next.js with a
headless CMS, Nuxt 2 SSR, a phpBB announcement board, Sitecore SXA, Weebly) with its real
noise: menus, breadcrumbs, share bars, view counters, cookie banners, boxes of OTHER
articles with their headlines and dates before and after the article, comment or reply
blocks, footers with addresses and phones; <title>, og: and JSON-LD right on some sites,
absent or wrong (the site's name, a section's name, a file name) on others; and a date
format each of these systems really prints for a Thai site.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

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

WEEKDAY_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _script_json(value: object) -> str:
    """JSON safe inside <script> the way Next.js / Nuxt serialise their state."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _lead(article: DemoArticle, size: int = 120) -> str:
    lines = body_lines(article)
    return lines[-1][:size] if lines else ""


# ------------------------------------------------------------------ Odoo website blog


def odoo_url(article: DemoArticle) -> str:
    return f"https://www.opdc.go.th/blog/news-1/pr-{article.number}-{article.number}"


def _odoo_date(moment: datetime) -> str:
    # babel's "medium" date for th_TH: abbreviated Thai month, Gregorian year
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year}"


def odoo_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Odoo 16 website_blog: <title> "headline | site", og:title the headline, no JSON-LD;
    the post cover section holds the headline (h1#o_wblog_post_name) and the subtitle,
    the date under it is babel's medium th date ``5 มี.ค. 2024`` (Thai month, CHRISTIAN
    year); a left sidebar of recent posts with their dates comes first in the markup,
    the "read next" cover of the next post after the content, a discrete cookie bar, the
    company footer with address and phone."""
    d = day_of(article)
    paragraphs = "".join(
        f'<p class="o_default_snippet_text">{esc(line)}</p>' for line in body_lines(article)
    )
    recent = "".join(
        f'<div class="d-flex mb-3"><div class="o_record_cover_container o_wblog_post_list_cover"><div class="o_record_cover_component o_record_cover_image" style="background-image: url(/web/image/blog.post/{r.number}/cover)"></div></div>'
        f'<div class="ps-2"><a href="{odoo_url(r)}" class="text-reset"><h6 class="o_wblog_post_title mb-0">{esc(r.title)}</h6></a>'
        f'<time class="text-muted small">{_odoo_date(day_of(r))}</time></div></div>'
        for r in related[:3]
    )
    nxt = related[3]
    tags = f'<a class="badge border me-1 post_link" href="/blog/news-1/tag/pr-3">{esc(article.category)}</a>'
    return f"""<!DOCTYPE html>
<html lang="th-TH" data-website-id="1" data-main-object="blog.post({article.number},)" data-oe-company-name="สำนักงานคณะกรรมการพัฒนาระบบราชการ">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Odoo"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="{esc(article.title)}"/>
<meta property="og:site_name" content="สำนักงาน ก.พ.ร."/>
<meta property="og:url" content="{odoo_url(article)}"/>
<meta property="og:image" content="https://www.opdc.go.th/web/image/website/1/social_default_image?unique=8f2c1d4"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{odoo_url(article)}"/>
<title>{esc(article.title)} | สำนักงาน ก.พ.ร.</title>
<link rel="shortcut icon" href="/web/image/website/1/favicon?unique=8f2c1d4" type="image/x-icon"/>
<link type="text/css" rel="stylesheet" href="/web/assets/1234-5b8e2a1/1/web.assets_frontend.min.css" data-asset-bundle="web.assets_frontend" data-asset-version="5b8e2a1"/>
<script id="web.layout.odooscript" type="text/javascript">var odoo = {{csrf_token: "c3a9f0e1b2d4a7c6e5f8", debug: "", }};</script>
</head>
<body>
<div id="wrapwrap" class="   o_header_standard">
<header id="top" data-anchor="true" data-name="Header" class="  o_header_standard"><nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
<div id="o_main_nav" class="container"><a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of สำนักงาน ก.พ.ร." title="สำนักงาน ก.พ.ร."><img src="/web/image/website/1/logo/opdc?unique=8f2c1d4" class="img img-fluid" width="95" height="40" alt="สำนักงาน ก.พ.ร." loading="lazy"/></span></a>
<ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1"><li role="presentation" class="nav-item"><a role="menuitem" href="/" class="nav-link "><span>หน้าแรก</span></a></li><li role="presentation" class="nav-item"><a role="menuitem" href="/about" class="nav-link "><span>เกี่ยวกับ ก.พ.ร.</span></a></li><li role="presentation" class="nav-item"><a role="menuitem" href="/blog/news-1" class="nav-link active"><span>ข่าวประชาสัมพันธ์</span></a></li><li role="presentation" class="nav-item"><a role="menuitem" href="/event" class="nav-link "><span>กิจกรรม</span></a></li><li role="presentation" class="nav-item"><a role="menuitem" href="/contactus" class="nav-link "><span>ติดต่อเรา</span></a></li></ul>
<ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3"><li class="o_wsale_my_cart"></li><li class="nav-item ms-lg-3 o_no_autohide_item"><a href="/web/login" class="btn btn-outline-primary">เข้าสู่ระบบ</a></li></ul></div></nav></header>
<main>
<div id="o_wblog_post_main" class="container-fluid">
<div class="row">
<div id="o_wblog_post_sidebar_col" class="col-lg-3 order-lg-first d-none d-lg-block border-end">
<div id="o_wblog_post_sidebar" class="o_wblog_sidebar pt-4"><div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">โพสต์ล่าสุด</h6>{recent}</div>
<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">ติดตามเรา</h6><div class="s_social_media o_not_editable"><a href="https://www.facebook.com/opdcfanpage" class="s_social_media_facebook"><i class="fa fa-facebook rounded-circle shadow-sm"></i></a> <a href="https://twitter.com/opdc" class="s_social_media_twitter"><i class="fa fa-twitter rounded-circle shadow-sm"></i></a></div></div></div>
</div>
<div id="o_wblog_post_content" class="col-lg-9 o_container_small">
<div id="o_wblog_post_top">
<div id="title" class="blog_header o_wblog_regular_cover_container">
<div data-name="Blog Post Cover" style="" data-use_size="True" data-use_filters="True" data-res-model="blog.post" data-res-id="{article.number}" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 cover_auto o_wblog_post_page_cover">
<div style="background-image: url(/web/image/{article.number + 900}-a1b2c3d4/cover.jpg);" class="o_record_cover_component o_record_cover_image "></div>
<div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
<div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
<div class="o_wblog_post_title  ">
<h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Title" data-blog-id="{article.number}">{esc(article.title)}</h1>
<div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="Subtitle">{esc(article.category)}</div>
</div>
<div class="text-center mb-2"><div class="d-inline-flex align-items-center justify-content-center"><div class="o_not_editable align-items-center position-relative d-flex"><img class="o_avatar o_author_avatar me-2 rounded-circle" src="/web/image/res.partner/3/avatar_128" alt="Avatar" loading="lazy"/><div class="d-flex small flex-column lh-1"><span>กลุ่มสื่อสารองค์การ</span>
<time class="text-nowrap">{_odoo_date(d)}</time></div></div></div></div>
</div></div></div></div>
<div id="o_wblog_post_content_jump" class="container">
<div class="o_wblog_post_content_field o_wblog_read_text" data-oe-model="blog.post" data-oe-id="{article.number}" data-oe-field="content">
<section class="s_text_block o_colored_level pt16 pb16" data-snippet="s_text_block" data-name="Text"><div class="container s_allow_columns">{paragraphs}</div></section>
</div>
<div class="css_editable_mode_hidden text-muted"><div>in <a href="/blog/news-1"><b>ข่าวประชาสัมพันธ์</b></a></div><div>{tags}</div></div>
<div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable"><a href="#" aria-label="Facebook" title="Share on Facebook" class="o_facebook btn border mx-1 mb-2"><i class="fa fa-facebook-square text-facebook"></i></a><a href="#" aria-label="Twitter" title="Share on Twitter" class="o_twitter btn border mx-1 mb-2"><i class="fa fa-twitter text-twitter"></i></a><a href="#" aria-label="LinkedIn" class="o_linkedin btn border mx-1 mb-2"><i class="fa fa-linkedin text-linkedin"></i></a></div>
</div>
<section id="o_wblog_post_footer" class="mt-5"><div class="o_wblog_post_footer_nav"><div class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_wblog_post_page_cover_footer">
<div class="o_record_cover_component o_record_cover_image" style="background-image: url(/web/image/blog.post/{nxt.number}/cover)"></div>
<div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_next_loader o_wblog_next_fake_btn d-flex flex-column align-items-center justify-content-center"><span class="h6 text-uppercase">อ่านต่อ</span>
<a href="{odoo_url(nxt)}" class="o_wblog_post_title"><h2 class="h3">{esc(nxt.title)}</h2></a>
<div class="small"><span>กลุ่มสื่อสารองค์การ</span> <time class="text-nowrap">{_odoo_date(day_of(nxt))}</time></div></div></div></div></div></section>
</div></div></div>
</main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc "><div id="footer" class="oe_structure oe_structure_solo">
<section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row">
<div class="col-lg-4 pt24 pb24"><h5 class="mb-3">สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.)</h5><p>59/1 ถนนพิษณุโลก แขวงดุสิต เขตดุสิต กรุงเทพฯ 10300</p></div>
<div class="col-lg-4 pt24 pb24"><h5 class="mb-3">ติดต่อ</h5><ul class="list-unstyled"><li><i class="fa fa-phone fa-fw me-2"></i><span class="o_force_ltr"><a href="tel:023569999">0 2356 9999</a></span></li><li><i class="fa fa-envelope fa-fw me-2"></i><a href="mailto:saraban@opdc.go.th">saraban@opdc.go.th</a></li></ul></div>
</div></div></section></div>
<div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">Copyright &copy; สำนักงาน ก.พ.ร.</span></div><div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">Powered by <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">Odoo</a> - เครื่องมือสร้างเว็บไซต์ฟรีอันดับ 1</div></div></div></div></div>
</footer>
<div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1"><div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" role="dialog"><div class="modal-dialog d-flex s_popup_size_full"><div class="modal-content oe_structure"><section class="o_colored_level o_cc o_cc1"><div class="container"><div class="row"><div class="col-lg-8 pt16"><p><span class="pe-1">เราใช้คุกกี้เพื่อมอบประสบการณ์ผู้ใช้ที่ดีขึ้นบนเว็บไซต์นี้</span><a href="/cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">นโยบายคุกกี้</a></p></div><div class="col-lg-4 text-end pt16 pb16"><a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">เฉพาะที่จำเป็น</a> <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">ฉันยอมรับ</a></div></div></div></section></div></div></div></div>
</div>
<script type="text/javascript" src="/web/assets/1235-7c1d2e3/1/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
</body></html>"""


# ------------------------------------------------------------------ Concrete CMS (concrete5)


def concrete_url(article: DemoArticle) -> str:
    return f"https://www.onep.go.th/index.php/news/pr-{article.number}"


def concrete_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Concrete CMS 8 (Elemental theme) on an office site: <title> in concrete5's own
    "site :: page" order, no og:, the Page Title block h1.page-title, the date as the
    Thai writer typed it in a content block: ``วันอังคารที่ 5 มีนาคม 2567``; a page list
    block of the latest news (headlines, numeric BE dates, abstracts) in the LEFT column,
    which comes first in the markup, a Share This Page block, a Next & Previous block
    with neighbour headlines, tags, a footer area with address and phone."""
    d = day_of(article)
    dateline = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {THAI_MONTHS[d.month - 1]} {be(article)}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    pagelist = "".join(
        f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-thumbnail"><img src="/application/files/thumbnails/small/{r.number}.jpg" alt="" /></div>'
        f'<div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="{concrete_url(r)}" target="_self">{esc(r.title)}</a></div>'
        f'<div class="ccm-block-page-list-date">{day_of(r):%d/%m}/{be(r)}</div>'
        f'<div class="ccm-block-page-list-description">{esc(_lead(r))}...</div></div></div>'
        for r in related[:3]
    )
    prev, nxt = related[2], related[3]
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="stylesheet" type="text/css" href="/application/themes/onep/css/bootstrap-modified.css">
<link href="/application/files/cache/css/onep/main.css?ts=1709615000" rel="stylesheet" type="text/css" media="all">
<title>สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม :: {esc(article.title)}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="concrete5 - 8.5.12"/>
<link rel="canonical" href="{concrete_url(article)}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {article.number};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_TOOLS_PATH = "/index.php/tools/required";
    var CCM_APPLICATION_URL = "https://www.onep.go.th";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "th_TH";
</script>
<link href="/concrete/css/font-awesome.css?ccm_nocache=0c4a5d" rel="stylesheet" type="text/css" media="all">
<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache=0c4a5d"></script>
</head>
<body>
<div class="ccm-page ccm-page-id-{article.number} page-type-blog-entry page-template-left-sidebar">
<header>
<div class="container"><div class="row">
<div class="col-sm-4 col-xs-6"><div class="ccm-custom-style-container ccm-custom-style-logo-1"><a href="/"><img src="/application/files/1115/0000/logo_onep.png" alt="สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม" width="360" height="80" class="ccm-image-block img-responsive bID-41"></a></div></div>
<div class="col-sm-8 col-xs-6"><nav class="ccm-responsive-navigation original"><ul><li class=""><a href="/" target="_self" class="">หน้าแรก</a></li><li class=""><a href="/index.php/about" target="_self" class="">เกี่ยวกับหน่วยงาน</a></li><li class="nav-path-selected"><a href="/index.php/news" target="_self" class="nav-path-selected">ข่าวสาร</a></li><li class=""><a href="/index.php/eia" target="_self" class="">รายงาน EIA</a></li><li class=""><a href="/index.php/contact" target="_self" class="">ติดต่อเรา</a></li></ul></nav><div class="ccm-responsive-menu-launch"><i></i></div>
<div class="ccm-search-block-form"><form action="/index.php/search" method="get"><input name="search_paths[]" type="hidden" value="" /><input name="query" type="text" value="" class="ccm-search-block-text" placeholder="ค้นหา" /></form></div></div>
</div></div>
</header>
<main>
<div class="container"><div class="row">
<div class="col-sm-4 col-sidebar"><div class="ccm-custom-style-container ccm-custom-style-sidebar-89">
<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>ข่าวล่าสุด</h5></div><div class="ccm-block-page-list-pages">{pagelist}</div>
<div class="ccm-block-page-list-rss-icon"><a href="/index.php/ccm/system/page/list/rss?bID=77" target="_blank"><i class="fa fa-rss"></i></a></div></div>
</div>
<div class="ccm-block-tags-wrapper"><div class="ccm-block-title"><h5>แท็ก</h5></div><a href="/index.php/news?akID[12][atSelectOptionValueID]=4" class="ccm-tag ccm-tag-selected label label-info">ข่าวประชาสัมพันธ์</a> <a href="/index.php/news?akID[12][atSelectOptionValueID]=6" class="ccm-tag label label-default">สิ่งแวดล้อม</a></div>
</div>
<div class="col-sm-8 col-content">
<div class="ccm-block-autonav-breadcrumb"><nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/" target="_self">หน้าแรก</a></li><li><a href="/index.php/news" target="_self">ข่าวสาร</a></li><li class="active">ข่าวประชาสัมพันธ์</li></ol></nav></div>
<h1 class="page-title">{esc(article.title)}</h1>
<div class="ccm-custom-style-container ccm-custom-style-main-208 ccm-block-custom-template-date"><p><span style="color: #888888;">{dateline}</span></p></div>
<div class="ccm-custom-style-container ccm-custom-style-main-209"><img src="/application/files/5617/0961/{article.number}.jpg" alt="" width="750" height="500" class="ccm-image-block img-responsive bID-209"></div>
{paragraphs}
<div class="ccm-block-share-this-page"><ul class="list-inline"><li><a href="https://www.facebook.com/sharer/sharer.php?u={concrete_url(article)}" aria-label="Facebook"><i class="fa fa-facebook"></i></a></li><li><a href="https://twitter.com/intent/tweet?url={concrete_url(article)}" aria-label="Twitter"><i class="fa fa-twitter"></i></a></li><li><a href="mailto:?body={concrete_url(article)}" aria-label="Email"><i class="fa fa-envelope"></i></a></li><li><a href="javascript:window.print()" aria-label="Print"><i class="fa fa-print"></i></a></li></ul></div>
<div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-header"><h5>ข่าวอื่น</h5></div>
<div class="ccm-block-next-previous-previous-link"><p>&laquo; <a href="{concrete_url(prev)}">{esc(prev.title)}</a></p></div>
<div class="ccm-block-next-previous-next-link"><p><a href="{concrete_url(nxt)}">{esc(nxt.title)}</a> &raquo;</p></div>
<div class="ccm-block-next-previous-parent-link"><p><a href="/index.php/news">กลับหน้ารวมข่าว</a></p></div></div>
</div>
</div></div>
</main>
<footer id="footer-theme">
<section><div class="container"><div class="row"><div class="col-sm-9"><div class="ccm-custom-style-container ccm-custom-style-footer-site-title"><p>สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม</p><p>เลขที่ 118/1 อาคารทิปโก้ ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400</p><p>โทรศัพท์ 0 2265 6500 โทรสาร 0 2265 6511</p></div></div>
<div class="col-sm-3"><p>ผู้เข้าชม {counter(article)}</p></div></div></div></section>
<section class="footer-signin"><div class="container"><div class="row"><div class="col-sm-12"><span class="pull-right"><a href="/index.php/login">เข้าสู่ระบบ</a></span><span id="ccm-account-menu-container"></span></div></div></div></section>
</footer>
</div>
<script type="text/javascript" src="/concrete/js/picturefill.js?ccm_nocache=0c4a5d"></script>
<script type="text/javascript" src="/application/themes/onep/js/main.js"></script>
</body></html>"""


# ------------------------------------------------------------------ TYPO3 + tx_news


def typo3_url(article: DemoArticle) -> str:
    return f"https://www.ddc.moph.go.th/th/news/detail/pr-{article.number}"


def typo3_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """TYPO3 11 with the news extension (tx_news) at a department: <title> in TYPO3's
    default "site: page" order, og:title the headline (tx_news meta tags); the page's h1
    is the section ("ข่าวสารกรม") and the news headline an h3[itemprop=headline] below it
    (tx_news' Detail template); the date a <time itemprop="datePublished"
    datetime="2024-03-05"> whose text the Thai editor formatted ``5 มีนาคม พ.ศ. 2567``;
    a related-news list with dd.mm.yyyy CHRISTIAN-year dates, a "more news" list before
    the footer, a cookie banner (cookieman), a footer with address."""
    d = day_of(article)
    shown = f"{d.day} {THAI_MONTHS[d.month - 1]} พ.ศ. {be(article)}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    rel = "".join(
        f'<li><span class="news-related-news-date">{day_of(r):%d.%m.%Y}</span> <a title="{esc(r.title)}" href="{typo3_url(r)}">{esc(r.title)}</a></li>'
        for r in related[:2]
    )
    more = "".join(
        f'<div class="article articletype-0 topnews" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a title="{esc(r.title)}" href="{typo3_url(r)}"><span itemprop="headline">{esc(r.title)}</span></a></h3></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{day_of(r):%Y-%m-%d}">{day_of(r):%d.%m.%Y}</time></span></p></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{esc(_lead(r, 100))}</p></div><a class="more" title="{esc(r.title)}" href="{typo3_url(r)}">อ่านต่อ</a></div></div>'
        for r in related[2:]
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="th-TH">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>กรมควบคุมโรค: {esc(article.title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="description" content="{esc(_lead(article, 150))}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{typo3_url(article)}" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3f5e2a8c1b-7d1e0f2a.css?1709615000" media="all">
<link rel="stylesheet" href="/typo3conf/ext/dd_cookieman/Resources/Public/Css/cookieman.css?1700000000" media="all">
<link rel="canonical" href="{typo3_url(article)}"/>
</head>
<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<div class="body-bg">
<a class="sr-only sr-only-focusable" href="#page-content"><span>Skip to main content</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container"><a class="navbar-brand navbar-brand-image" title="กรมควบคุมโรค" href="/th/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/images/logo_ddc.png" alt="กรมควบคุมโรค logo" height="52" width="200"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-main"><li class="nav-item"><a class="nav-link" href="/th/" title="หน้าแรก"><span class="nav-link-text">หน้าแรก</span></a></li><li class="nav-item active"><a class="nav-link" href="/th/news/" title="ข่าวสาร"><span class="nav-link-text">ข่าวสาร <span class="sr-only">(current)</span></span></a></li><li class="nav-item"><a class="nav-link" href="/th/disease/" title="โรคและภัยสุขภาพ"><span class="nav-link-text">โรคและภัยสุขภาพ</span></a></li><li class="nav-item"><a class="nav-link" href="/th/contact/" title="ติดต่อเรา"><span class="nav-link-text">ติดต่อเรา</span></a></li></ul></nav></div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><p class="sr-only" id="breadcrumb">คุณอยู่ที่นี่:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/th/" title="หน้าแรก"><span class="breadcrumb-text">หน้าแรก</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/th/news/" title="ข่าวสาร"><span class="breadcrumb-text">ข่าวสาร</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">รายละเอียดข่าว</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin-->
<div class="section section-default"><div class="container"><div class="section-row"><main class="section-column maincontent-wrap" role="main">
<div id="c318" class="frame frame-default frame-type-header frame-layout-0"><header class="frame-header"><h1 class="element-header "><span>ข่าวสารกรม</span></h1></header></div>
<div id="c319" class="frame frame-default frame-type-list frame-list-type-news_pi1 frame-layout-0">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{esc(article.title)}</h3></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{d:%Y-%m-%d}">{shown}</time></span>
<span class="news-list-category">{esc(article.category)}</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">โดย <span itemprop="name">กองสื่อสารความเสี่ยงและพัฒนาพฤติกรรมสุขภาพ</span></span>
</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/user_upload/news/{article.number}.jpg" title="" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" src="/fileadmin/_processed_/news/csm_{article.number}_b1a2c3.jpg" width="282" height="188" alt="" /></a></div></div></div>
<div class="news-text-wrap" itemprop="articleBody">{paragraphs}</div>
<div class="news-backlink-wrap"><a href="/th/news/">&lt;- กลับ</a></div>
<div class="social"><div data-backend-url="/th/news/detail?type=1446" data-theme="standard" data-mail-url="mailto:" data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;line&quot;]" data-lang="th" class="shariff"></div></div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>ข่าวที่เกี่ยวข้อง</h4><ul>{rel}</ul></div></div>
</div></div>
</div>
</main>
<aside class="section-column subcontent-wrap" role="complementary"><div id="c320" class="frame frame-default frame-type-list frame-list-type-news_pi1 frame-layout-0"><header class="frame-header"><h2 class="element-header "><span>ข่าวอื่น ๆ</span></h2></header><div class="news"><div class="news-list-view" id="news-container-320">{more}</div></div></div></aside>
</div></div></div>
<!--TYPO3SEARCH_end--></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left"><div id="c12" class="frame frame-default frame-type-text frame-layout-0"><p><strong>กรมควบคุมโรค</strong><br>88/21 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000</p><p>สายด่วนกรมควบคุมโรค 1422 โทรศัพท์ 0 2590 3000</p></div></div></div></div></section>
<section class="section footer-section footer-section-meta"><div class="container"><div class="frame frame-default frame-type-text"><p>&copy; 2024 กรมควบคุมโรค กระทรวงสาธารณสุข</p></div></div></section></footer>
</div>
<div id="cookieman-modal" data-cookieman-showonce="1" data-cookieman-settings="{{&quot;groups&quot;:{{&quot;mandatory&quot;:{{&quot;preselected&quot;:1,&quot;disabled&quot;:1}}}}}}" class="modal fade" tabindex="-1" role="dialog"><div class="modal-dialog modal-lg modal-dialog-centered" role="document"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">การตั้งค่าคุกกี้</h5></div><div class="modal-body"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพและประสบการณ์ที่ดีในการใช้เว็บไซต์ของท่าน</p></div><div class="modal-footer"><button type="button" class="btn btn-default" data-cookieman-save>บันทึก</button> <button type="button" class="btn btn-primary" data-cookieman-accept-all data-cookieman-save>ยอมรับทั้งหมด</button></div></div></div></div>
<script src="/typo3temp/assets/compressed/merged-a8b2c3d4e5-6f7a8b9c.js?1709615000"></script>
</body></html>"""


# ------------------------------------------------------------------ SharePoint 2013 publishing


def sharepoint_url(article: DemoArticle) -> str:
    return f"https://www.fpo.go.th/main/Pages/PR-{article.number}.aspx"


def _sp_date(moment: datetime) -> str:
    # th-TH culture, short date pattern d/M/yyyy on the Thai Buddhist calendar
    return f"{moment.day}/{moment.month}/{moment.year + 543}"


def sharepoint_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """SharePoint Server 2013 publishing site of a ministry office: everything inside the
    aspnetForm, the ribbon row and s4-workspace, <title> the page's FILE name
    ("PR-1234") wrapped in whitespace as SharePoint writes it, no og:; the page title area
    h1 shows the library ("ข่าวประชาสัมพันธ์") while the headline is a bold, styled span
    inside the ArticleTitle ms-rtestate-field (no heading tag); the article date field
    ``5/3/2567`` (th-TH short date, Buddhist year); the body a RichHtmlField of <div>s;
    a Content Query Web Part of other news with the same numeric dates, the quick launch,
    a footer with address and phone."""
    d = day_of(article)
    body = "".join(f"<div>{esc(line)}</div><div><br/></div>" for line in body_lines(article))
    cqwp = "".join(
        f'<li class="dfwp-item"><div class="item link-item bullet"><a href="{sharepoint_url(r)}" title="">{esc(r.title)}</a>'
        f'<div class="description">{_sp_date(day_of(r))}</div></div></li>'
        for r in related
    )
    ctl = "ctl00_PlaceHolderMain"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="th-TH">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	PR-{article.number}
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1054/styles/Themable/corev15.css?rev=2bpHeX9U7bV6tUjkCYWXtg%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/fpo/css/fpo-main.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZL9BhmRmQBNwMjVg1nC8Mg%3D%3D"></script>
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fmain", webAbsoluteUrl: "https:\\u002f\\u002fwww.fpo.go.th\\u002fmain", siteAbsoluteUrl: "https:\\u002f\\u002fwww.fpo.go.th", serverRequestPath: "\\u002fmain\\u002fPages\\u002fPR-{article.number}.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "\\u0e2a\\u0e33\\u0e19\\u0e31\\u0e01\\u0e07\\u0e32\\u0e19\\u0e40\\u0e28\\u0e23\\u0e29\\u0e10\\u0e01\\u0e34\\u0e08\\u0e01\\u0e32\\u0e23\\u0e04\\u0e25\\u0e31\\u0e07", webLanguage: 1054, currentLanguage: 1054, currentUICultureName: "th-TH", currentCultureName: "th-TH", pageListId: "{{3f0a5c1e-7b2d-4e8a-9c6f-1a2b3c4d5e6f}}", pageItemId: {article.number % 5000}, userId: 0, alertsEnabled: false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt: "True"}};</script>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./PR-{article.number}.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" /><input type="hidden" name="wpcmVal" id="wpcmVal" value="" /><input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" /><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8C3F2A1B4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIBD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0{article.number}" /></div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var _fV4UI=true;
//]]>
</script>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribboncont"><div id="Ribbon" class="ms-cui-ribbonTopBars"><span class="ms-cui-tt-span">เรียกดู</span><span class="ms-cui-tt-span">หน้า</span></div></div></div></div></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="fpo-topbar"><div class="container"><a href="/main/Pages/Home.aspx">หน้าหลัก</a> | <a href="/main/Pages/SiteMap.aspx">แผนผังเว็บไซต์</a> | <a href="/en">English</a> | <span class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=%2Fmain%2FPages%2FPR-{article.number}.aspx" style="display:inline;">ลงชื่อเข้าใช้</a></span></div></div>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace"><div id="titleAreaRow" class="ms-tableRow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="/main"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" name="onetidHeadbnnr0" src="/Style%20Library/fpo/images/logo-fpo.png" alt="สำนักงานเศรษฐกิจการคลัง" /></a></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top"><div class="ms-core-navigation" role="navigation"><div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation ms-dialogHidden"><div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/main/Pages/Home.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">หน้าหลัก</span></span></a></li><li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/main/Pages/News.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ข่าวประชาสัมพันธ์</span><span class="ms-hidden">เลือกในขณะนี้</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/main/Pages/Economic.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ข้อมูลเศรษฐกิจ</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/main/Pages/Contact.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ติดต่อเรา</span></span></a></li></ul></div></div></div></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span><a title="ข่าวประชาสัมพันธ์" href="/main/Pages/News.aspx">ข่าวประชาสัมพันธ์</a></span></span><div id="ctl00_PlaceHolderTitleBreadcrumb_ctl00" class="ms-hidden"></div></h1></div>
</div></div></div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation"><div class="ms-core-sideNavBox-removeLeftMargin"><div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox"><ul id="zz4_RootAspMenu" class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/main/Pages/News.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ข่าวกระทรวงการคลัง</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/main/Pages/Economic-Report.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">รายงานภาวะเศรษฐกิจ</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/main/Pages/Procurement.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">จัดซื้อจัดจ้าง</span></span></a></li></ul></div></div></div></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="article article-body">
<div class="article-header">
<div class="date-line"><span id="{ctl}_ctl00_label" style="display:none">Article Date</span><div id="{ctl}_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="{ctl}_ctl00_label">{_sp_date(d)}</div></div>
<div class="captioned-image"><div class="image"><div id="{ctl}_ctl01_label" style="display:none">Page Image</div><div id="{ctl}_ctl01__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" aria-labelledby="{ctl}_ctl01_label"><div class="ms-rtestate-field"><img alt="" src="/main/PublishingImages/PR-{article.number}.jpg" style="BORDER:0px solid;" /></div></div></div></div>
<div id="{ctl}_ctl02_label" style="display:none">Title</div><div id="{ctl}_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="{ctl}_ctl02_label"><p class="ms-rteElement-P"><span class="ms-rteFontSize-4 ms-rteForeColor-10" style="line-height:1.6;"><strong>{esc(article.title)}</strong></span></p></div>
</div>
<div class="article-content"><div id="{ctl}_ctl03_label" style="display:none">Page Content</div><div id="{ctl}_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="{ctl}_ctl03_label">{body}</div></div>
<div class="ms-clear"></div>
<div class="fpo-share"><span>แชร์ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={sharepoint_url(article)}" target="_blank">Facebook</a> <a href="https://twitter.com/share?url={sharepoint_url(article)}" target="_blank">Twitter</a> <a href="javascript:window.print();">พิมพ์</a></div>
</div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle"><span title="ข่าวอื่น ๆ - แสดงรายการแบบไดนามิกในเว็บไซต์นี้" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>ข่าวอื่น ๆ</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span></div>
<div webpartid="9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e" haspers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody noindex " allowdelete="false" style=""><div id="cbqwpctl00_ctl41_g_9b1c2d3e" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{cqwp}</ul></div></div></div></div></div>
</div></div></div>
<div id="fpo-footer" class="ms-dialogHidden"><div class="container"><p>สำนักงานเศรษฐกิจการคลัง กระทรวงการคลัง ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400</p><p>โทรศัพท์ 0 2273 9020 โทรสาร 0 2298 5602</p><p>สงวนลิขสิทธิ์ &copy; 2559 สำนักงานเศรษฐกิจการคลัง</p></div></div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _spPageStateInfo = {{}};
ExecuteOrDelayUntilScriptLoaded(function(){{ SP.Ribbon.PageState.Handlers.isInEditMode = function() {{ return false; }}; }}, 'sp.ribbon.js');
//]]>
</script>
</form>
</body></html>"""


# ------------------------------------------------------------------ Ghost (Casper)


def ghost_url(article: DemoArticle) -> str:
    return f"https://blog.nso.go.th/pr-{article.number}/"


def _ghost_date(moment: datetime) -> str:
    # Ghost's {{date format="D MMMM YYYY"}} with the site locale "th": CHRISTIAN year
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year}"


def ghost_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Ghost 5 with the Casper theme on an office's news blog: <title> the headline alone,
    og:title and twitter:title the headline, article:published_time and a Ghost JSON-LD
    Article whose datePublished is in UTC; the headline h1.article-title, the byline's
    <time datetime="2024-03-05"> text ``5 มีนาคม 2024`` (Thai month, CHRISTIAN year),
    a reading-time note, the body in section.gh-content, the "read more" post cards of
    other posts with their dates, the members signup box, native comments below."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    minutes = max(1, sum(len(line) for line in body_lines(article)) // 900)
    cards = "".join(
        f'<article class="post-card post tag-news"><a class="post-card-image-link" href="{ghost_url(r)}"><img class="post-card-image" src="/content/images/size/w600/{day_of(r):%Y/%m}/{r.number}.jpg" alt="{esc(r.title)}" loading="lazy" /></a>'
        f'<div class="post-card-content"><a class="post-card-content-link" href="{ghost_url(r)}"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">ข่าวประชาสัมพันธ์</span></div><h2 class="post-card-title">{esc(r.title)}</h2></header>'
        f'<div class="post-card-excerpt">{esc(_lead(r, 140))}</div></a>'
        f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{day_of(r):%Y-%m-%d}">{_ghost_date(day_of(r))}</time><span class="post-card-meta-length">อ่าน 2 นาที</span></footer></div></article>'
        for r in related[:3]
    )
    published = _utc(d).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = {
        "@context": "https://schema.org", "@type": "Article",
        "publisher": {"@type": "Organization", "name": "สำนักงานสถิติแห่งชาติ", "url": "https://blog.nso.go.th/",
                      "logo": {"@type": "ImageObject", "url": "https://blog.nso.go.th/content/images/2023/01/nso-logo.png"}},
        "author": {"@type": "Person", "name": "กลุ่มประชาสัมพันธ์", "url": "https://blog.nso.go.th/author/pr/"},
        "headline": article.title, "url": ghost_url(article),
        "datePublished": published, "dateModified": published,
        "mainEntityOfPage": ghost_url(article),
    }  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(article.title)}</title>
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c2b3d4e">
    <link rel="icon" href="/content/images/size/w256h256/2023/01/favicon.png" type="image/png">
    <link rel="canonical" href="{ghost_url(article)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="NSO News">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(article.title)}">
    <meta property="og:description" content="{esc(_lead(article, 150))}">
    <meta property="og:url" content="{ghost_url(article)}">
    <meta property="article:published_time" content="{published}">
    <meta property="article:modified_time" content="{published}">
    <meta property="article:tag" content="ข่าวประชาสัมพันธ์">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{esc(article.title)}">
    <script type="application/ld+json">{_json(ld)}</script>
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="NSO News" href="https://blog.nso.go.th/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.nso.go.th/" data-key="2b8c1a9d7e6f5a4b3c2d1e0f" data-api="https://blog.nso.go.th/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display: flex;flex-direction: column;}}</style>
</head>
<body class="post-template tag-news is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.nso.go.th"><img src="/content/images/2023/01/nso-logo.png" alt="NSO News"></a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger"></button></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-หน้าแรก"><a href="https://blog.nso.go.th/">หน้าแรก</a></li><li class="nav-ข่าวประชาสัมพันธ์ nav-current-parent"><a href="https://blog.nso.go.th/tag/news/">ข่าวประชาสัมพันธ์</a></li><li class="nav-สถิติน่ารู้"><a href="https://blog.nso.go.th/tag/stat/">สถิติน่ารู้</a></li><li class="nav-เกี่ยวกับเรา"><a href="https://blog.nso.go.th/about/">เกี่ยวกับเรา</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-news ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">ข่าวประชาสัมพันธ์</a></span></div>
        <h1 class="article-title">{esc(article.title)}</h1>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list"><li class="author-list-item"><a href="/author/pr/" class="author-avatar author-profile-image"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></g></svg></a></li></ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/pr/">กลุ่มประชาสัมพันธ์</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{d:%Y-%m-%d}">{_ghost_date(d)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> อ่าน {minutes} นาที</span>
                </div>
            </div>
        </section>
        </div>
            <figure class="article-image"><img srcset="/content/images/size/w300/{d:%Y/%m}/{article.number}.jpg 300w, /content/images/size/w1200/{d:%Y/%m}/{article.number}.jpg 1200w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/{d:%Y/%m}/{article.number}.jpg" alt="{esc(article.title)}"></figure>
    </header>
    <section class="gh-content gh-canvas">
        {paragraphs}
    </section>
    <section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">ติดตามข่าวสารจาก สำนักงานสถิติแห่งชาติ</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">กรอกอีเมลของคุณ</div><span>Subscribe</span></a></div></section>
    <section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://blog.nso.go.th/" data-api="https://blog.nso.go.th/ghost/api/content/" data-admin="https://blog.nso.go.th/ghost/" data-key="2b8c1a9d7e6f5a4b3c2d1e0f" data-title="" data-count="true" data-post-id="65e6a1b2c3d4e5f6{article.number % 100000:05d}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#1e5aa0" data-comments-enabled="all" data-publication="NSO News" crossorigin="anonymous"></script></section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner">{cards}</div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.nso.go.th">NSO News</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-ติดต่อ"><a href="https://blog.nso.go.th/contact/">ติดต่อ</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div>
    <div class="inner nso-address"><p>สำนักงานสถิติแห่งชาติ ศูนย์ราชการเฉลิมพระเกียรติฯ อาคารรัฐประศาสนภักดี ชั้น 2 ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210 โทร. 0 2141 7500</p></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div></div></div></div>
<script src="/assets/built/casper.js?v=8a1c2b3d4e"></script>
</body></html>"""


# ------------------------------------------------------------------ Hugo with taxonomy lists


def hugo_url(article: DemoArticle) -> str:
    return f"https://www.dip.go.th/news/pr-{article.number}/"


def _hugo_date(moment: datetime) -> str:
    # a Thai date partial: {{ .Date.Day }} {{ index site.Data.th.months .Date.Month }} {{ add .Date.Year 543 }}
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}"


def hugo_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Hugo static site (a Bootstrap theme with taxonomy lists) of a department: <title>
    "headline | site", Hugo's internal opengraph and schema templates (og:title the
    headline; the ISO date ``2024-03-05T10:22:00+07:00`` only in attributes: itemprop
    meta, article:published_time, the <time datetime>), the visible date ``5 มีนาคม
    2567`` from a Thai date partial; the sidebar's taxonomy lists come first in the markup:
    categories and tags with counts, a monthly archive ("มีนาคม 2567 (23)"), the latest
    posts with ISO dates ``2024-02-28`` as Hugo's default list partial prints them; tags
    and previous/next links under the body; Disqus below."""
    d = day_of(article)
    iso = d.isoformat()
    paragraphs = "\n".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    latest = "".join(
        f'<li class="list-group-item"><a href="{hugo_url(r)}">{esc(r.title)}</a><br><small class="text-muted">{day_of(r):%Y-%m-%d}</small></li>'
        for r in related[:3]
    )
    months = []
    for back in range(4):
        month = (d.month - 1 - back) % 12
        year = d.year + 543 - (1 if d.month - 1 - back < 0 else 0)
        months.append(
            f'<li><a href="/archives/{year - 543}/{month + 1:02d}/">{THAI_MONTHS[month]} {year}</a> <span class="badge bg-light text-dark">{(article.number + back * 7) % 30 + 5}</span></li>'
        )
    prev, nxt = related[2], related[3]
    tags = f'<a class="btn btn-sm btn-outline-secondary me-1" href="/tags/{article.number % 7}/">{esc(article.category)}</a><a class="btn btn-sm btn-outline-secondary me-1" href="/tags/pr/">ประชาสัมพันธ์</a>'
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.121.1">
<title>{esc(article.title)} | กรมส่งเสริมอุตสาหกรรม</title>
<meta name="description" content="{esc(_lead(article, 150))}">
<link rel="canonical" href="{hugo_url(article)}">
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:description" content="{esc(_lead(article, 150))}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{hugo_url(article)}" /><meta property="article:section" content="news" />
<meta property="article:published_time" content="{iso}" />
<meta property="article:modified_time" content="{iso}" />
<meta itemprop="name" content="{esc(article.title)}">
<meta itemprop="datePublished" content="{iso}" />
<meta itemprop="dateModified" content="{iso}" />
<meta itemprop="wordCount" content="{sum(len(line.split()) for line in body_lines(article))}">
<link rel="stylesheet" href="/css/main.min.5f3c1a2b9e8d7c6b.css" integrity="sha256-XzQ1Yk9Q2w=" crossorigin="anonymous">
<link rel="alternate" type="application/rss+xml" href="https://www.dip.go.th/news/index.xml" title="กรมส่งเสริมอุตสาหกรรม">
</head>
<body class="d-flex flex-column min-vh-100 single">
<header class="site-header border-bottom"><nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/"><img src="/images/logo-dip.svg" alt="" width="40" height="40"> กรมส่งเสริมอุตสาหกรรม</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-controls="mainnav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link active" aria-current="page" href="/news/">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="/services/">บริการ</a></li><li class="nav-item"><a class="nav-link" href="/categories/">หมวดหมู่</a></li><li class="nav-item"><a class="nav-link" href="/contact/">ติดต่อ</a></li></ul></div></div></nav></header>
<div class="container my-4 flex-grow-1"><div class="row">
<aside class="col-lg-4 order-2 order-lg-1 sidebar">
<div class="card mb-4"><div class="card-header">หมวดหมู่</div><ul class="list-unstyled card-body taxonomy-list mb-0"><li><a href="/categories/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%AA%E0%B8%B1%E0%B8%A1%E0%B8%9E%E0%B8%B1%E0%B8%99%E0%B8%98%E0%B9%8C/">ข่าวประชาสัมพันธ์</a> <span class="badge bg-secondary">412</span></li><li><a href="/categories/activity/">ข่าวกิจกรรม</a> <span class="badge bg-secondary">187</span></li><li><a href="/categories/procurement/">ประกาศจัดซื้อจัดจ้าง</a> <span class="badge bg-secondary">96</span></li></ul></div>
<div class="card mb-4"><div class="card-header">คลังข่าว</div><ul class="list-unstyled card-body archive-list mb-0">{"".join(months)}</ul></div>
<div class="card mb-4"><div class="card-header">ข่าวล่าสุด</div><ul class="list-group list-group-flush">{latest}</ul></div>
<div class="card mb-4"><div class="card-header">แท็ก</div><div class="card-body tag-cloud"><a href="/tags/sme/" class="tag-cloud-link" style="font-size:1.2rem">SME</a> <a href="/tags/otop/" class="tag-cloud-link" style="font-size:1rem">OTOP</a> <a href="/tags/pr/" class="tag-cloud-link" style="font-size:1.4rem">ประชาสัมพันธ์</a> <a href="/tags/industry40/" class="tag-cloud-link" style="font-size:.9rem">อุตสาหกรรม 4.0</a></div></div>
</aside>
<main class="col-lg-8 order-1 order-lg-2" id="content">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news/">ข่าวสาร</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li></ol></nav>
<article class="post" itemscope itemtype="https://schema.org/BlogPosting">
<header class="post-header mb-3">
<h1 class="post-title display-6" itemprop="headline">{esc(article.title)}</h1>
<div class="post-meta text-muted small"><i class="bi bi-calendar3"></i> <time datetime="{iso}" itemprop="datePublished">{_hugo_date(d)}</time> &middot; <i class="bi bi-clock"></i> อ่าน {max(1, len(article.body) // 1200)} นาที &middot; <i class="bi bi-folder"></i> <a href="/categories/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%AA%E0%B8%B1%E0%B8%A1%E0%B8%9E%E0%B8%B1%E0%B8%99%E0%B8%98%E0%B9%8C/">ข่าวประชาสัมพันธ์</a></div>
</header>
<figure class="figure"><img class="img-fluid rounded" src="/news/pr-{article.number}/cover_hu3f2a1b_120345_800x0_resize_q75_box.jpg" alt="" loading="lazy"></figure>
<div class="post-content" itemprop="articleBody">
{paragraphs}
</div>
<footer class="post-footer mt-4"><div class="post-tags mb-3"><i class="bi bi-tags"></i> {tags}</div>
<div class="share-buttons"><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={hugo_url(article)}" target="_blank" rel="noopener">แชร์ Facebook</a> <a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={hugo_url(article)}" target="_blank" rel="noopener">แชร์ LINE</a></div>
<nav class="post-nav d-flex justify-content-between mt-4 border-top pt-3"><a class="prev" href="{hugo_url(prev)}">&larr; {esc(prev.title)}</a><a class="next text-end" href="{hugo_url(nxt)}">{esc(nxt.title)} &rarr;</a></nav></footer>
</article>
<section id="comments" class="mt-5"><div id="disqus_thread"></div><script>window.disqus_config = function () {{ this.page.url = "{hugo_url(article)}"; this.page.identifier = "news/pr-{article.number}"; }};</script><noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></section>
</main>
</div></div>
<footer class="site-footer bg-dark text-light py-4 mt-auto"><div class="container"><div class="row"><div class="col-md-8"><p class="mb-1">กรมส่งเสริมอุตสาหกรรม กระทรวงอุตสาหกรรม</p><p class="mb-1">เลขที่ 75/6 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400</p><p class="mb-0">โทรศัพท์ 0 2430 6860 Call Center 1358</p></div><div class="col-md-4 text-md-end"><p class="small mb-0">&copy; 2024 กรมส่งเสริมอุตสาหกรรม &middot; สร้างด้วย <a href="https://gohugo.io" class="text-light">Hugo</a></p></div></div></div></footer>
<script src="/js/bundle.min.8c2d1e3f.js" integrity="sha256-a1B2c3=" crossorigin="anonymous" defer></script>
<script id="dsq-count-scr" src="//dip-go-th.disqus.com/count.js" async></script>
</body>
</html>"""


# ------------------------------------------------------------------ MODX Revolution


def modx_url(article: DemoArticle) -> str:
    return f"https://www.lampangpao.go.th/news/{article.number}.html"


def _modx_date(moment: datetime) -> str:
    # [[*publishedon:thaidate=`%e %b %Y`]]: a Thai-date output filter, Thai digits, BE year
    return thai_digits(f"{moment.day} {ABBR[moment.month - 1]} {moment.year + 543}")


def modx_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """MODX Revolution 2.8 of a provincial administration: <title> "[[*pagetitle]] -
    [[++site_name]]" ("headline - site"), og:title left as the site name by the chunk
    (WRONG), the logo's h1 the site name, the headline an h2.page-title and also the
    last pdoCrumbs crumb; the date ``๕ มี.ค. ๒๕๖๗`` (a thaidate output filter: Thai
    digits, abbreviated month, Buddhist year) next to a view counter; a getResources
    list of other news with Thai-digit dates on the right, a Wayfinder menu, a footer
    with address, phones and a visit counter."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    site = "องค์การบริหารส่วนจังหวัดลำปาง"
    others = "".join(
        f'<div class="news-item media"><img class="mr-3" src="/assets/components/phpthumbof/cache/{r.number}.8a1b2c.jpg" width="90" alt="">'
        f'<div class="media-body"><a href="{modx_url(r)}" class="news-item-title">{esc(r.title)}</a>'
        f'<div class="news-item-date"><i class="fa fa-calendar"></i> {_modx_date(day_of(r))}</div></div></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<base href="https://www.lampangpao.go.th/" />
<title>{esc(article.title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{site}" />
<meta property="og:type" content="website" />
<meta property="og:image" content="https://www.lampangpao.go.th/assets/template/img/og-default.jpg" />
<meta property="og:url" content="https://www.lampangpao.go.th/" />
<link rel="stylesheet" href="/assets/template/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/template/css/style.css?v=1.4">
<link rel="stylesheet" href="/assets/template/css/font-awesome.min.css">
</head>
<body class="resource-{article.number} template-3">
<div class="topbar"><div class="container"><span><i class="fa fa-phone"></i> 054-265-080</span> <span><i class="fa fa-envelope"></i> saraban@lampangpao.go.th</span> <span class="float-right"><a href="/sitemap.html">แผนผังเว็บไซต์</a> | <a href="/en/">EN</a></span></div></div>
<header class="header"><div class="container"><div class="row align-items-center"><div class="col-md-2"><a href="/"><img src="/assets/template/img/logo.png" alt="" class="img-fluid"></a></div><div class="col-md-10"><h1 class="site-name">{site}</h1><p class="site-slogan">Lampang Provincial Administrative Organization</p></div></div></div></header>
<nav class="navbar navbar-expand-lg mainmenu"><div class="container"><ul class="navbar-nav"><li class="first"><a href="/" title="หน้าแรก">หน้าแรก</a></li><li><a href="about/" title="ข้อมูลพื้นฐาน">ข้อมูลพื้นฐาน</a></li><li class="active"><a href="news/" title="ข่าวประชาสัมพันธ์">ข่าวประชาสัมพันธ์</a></li><li><a href="procurement/" title="จัดซื้อจัดจ้าง">จัดซื้อจัดจ้าง</a></li><li><a href="ita/" title="ITA">ITA</a></li><li class="last"><a href="contact.html" title="ติดต่อเรา">ติดต่อเรา</a></li></ul></div></nav>
<div class="container content-wrap"><div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="news/">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">{esc(article.title)}</li></ol>
<div class="page-content">
<h2 class="page-title">{esc(article.title)}</h2>
<div class="page-meta"><span class="date"><i class="fa fa-calendar"></i> {_modx_date(d)}</span> <span class="views"><i class="fa fa-eye"></i> {counter(article)}</span> <span class="author"><i class="fa fa-user"></i> ฝ่ายประชาสัมพันธ์</span></div>
<div class="page-image"><img src="/assets/images/news/{article.number}/cover.jpg" class="img-fluid" alt=""></div>
<div class="page-text">{paragraphs}</div>
<div class="gallery row"><div class="col-4"><a href="/assets/images/news/{article.number}/1.jpg" data-fancybox="gallery"><img src="/assets/components/phpthumbof/cache/1.{article.number}.jpg" class="img-fluid" alt=""></a></div><div class="col-4"><a href="/assets/images/news/{article.number}/2.jpg" data-fancybox="gallery"><img src="/assets/components/phpthumbof/cache/2.{article.number}.jpg" class="img-fluid" alt=""></a></div></div>
<div class="share"><span>แบ่งปัน:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={modx_url(article)}" class="btn btn-sm btn-fb"><i class="fa fa-facebook"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={modx_url(article)}" class="btn btn-sm btn-line">LINE</a> <a href="javascript:window.print();" class="btn btn-sm btn-secondary"><i class="fa fa-print"></i></a></div>
</div>
</div>
<div class="col-lg-4 sidebar">
<div class="widget"><h3 class="widget-title">ข่าวประชาสัมพันธ์อื่น ๆ</h3>{others}<a href="news/" class="btn btn-outline-primary btn-sm">ดูทั้งหมด</a></div>
<div class="widget"><h3 class="widget-title">บริการออนไลน์</h3><ul class="list-unstyled"><li><a href="eservice/">E-Service</a></li><li><a href="complain/">ร้องเรียน/ร้องทุกข์</a></li><li><a href="ita/">ITA</a></li></ul></div>
</div>
</div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-8"><h4>{site}</h4><p>ศาลากลางจังหวัดลำปาง (หลังเดิม) ถนนบุญวาทย์ ตำบลสบตุ๋ย อำเภอเมืองลำปาง จังหวัดลำปาง 52100</p><p>โทรศัพท์ 054-265-080 โทรสาร 054-265-081</p></div><div class="col-md-4"><p>สถิติผู้เข้าชม</p><p class="counter">วันนี้ 214 | ทั้งหมด {counter(article)}</p></div></div><p class="copyright">&copy; สงวนลิขสิทธิ์ {site} | Powered by MODX</p></div></footer>
<script src="/assets/template/js/jquery.min.js"></script>
<script src="/assets/template/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Next.js + headless CMS


def next_url(article: DemoArticle) -> str:
    return f"https://www.nhso.go.th/news/{article.number}"


def _next_date(moment: datetime) -> str:
    # toLocaleDateString("th-TH", {day: "numeric", month: "short", year: "numeric"})
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year + 543}"


def next_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Next.js site over a headless CMS (Strapi): Tailwind classes, everything under
    div#__next, <title> "headline | สปสช.", og:title the site's name (a layout default
    nobody overrode: WRONG); a "ข่าวเด่น" strip of other headlines with dates ABOVE the
    article, the headline h1, the date line ``โพสต์เมื่อ 5 มี.ค. 2567``
    (toLocaleDateString th-TH), the body rendered from the CMS's HTML, related cards
    after it, a PDPA cookie banner, the footer; the __NEXT_DATA__ JSON repeats the
    article (UTC publishedAt, a later updatedAt) and the neighbours."""
    d = day_of(article)
    paragraphs = "".join(
        f'<p class="mb-4 leading-relaxed">{esc(line)}</p>' for line in body_lines(article)
    )
    html_body = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))

    def card(r: DemoArticle, size: str) -> str:
        return (
            f'<a class="group block rounded-xl bg-white shadow hover:shadow-lg transition" href="/news/{r.number}"><div class="relative aspect-video overflow-hidden rounded-t-xl"><img alt="{esc(r.title)}" loading="lazy" decoding="async" data-nimg="fill" class="object-cover" style="position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0;color:transparent" src="/_next/image?url=%2Fuploads%2Fnews_{r.number}.jpg&amp;w=640&amp;q=75"/></div>'
            f'<div class="p-4"><p class="text-xs text-gray-500">{_next_date(day_of(r))}</p><h3 class="{size} font-semibold line-clamp-2 group-hover:text-sky-700">{esc(r.title)}</h3></div></a>'
        )

    top = "".join(card(r, "text-sm") for r in related[:2])
    after = "".join(card(r, "text-base") for r in related[2:])

    def entry(r: DemoArticle, body: str = "") -> dict:
        when = _utc(day_of(r))
        attributes = {
            "title": r.title,
            "slug": str(r.number),
            "category": r.category,
            "publishedAt": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "createdAt": (when - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updatedAt": (when + timedelta(days=2, hours=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        }
        if body:
            attributes["content"] = body
        return {"id": r.number, "attributes": attributes}

    data = {
        "props": {
            "pageProps": {
                "article": entry(article, html_body),
                "related": [entry(r) for r in related],
                "site": {"name": "สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.)", "hotline": "1330"},
            },
            "__N_SSG": True,
        },
        "page": "/news/[slug]",
        "query": {"slug": str(article.number)},
        "buildId": "x7Yk2p_9QmB3nT1sLw4aZ",
        "isFallback": False,
        "gsp": True,
        "locale": "th",
        "locales": ["th", "en"],
        "defaultLocale": "th",
        "scriptLoader": [],
    }
    site = "สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.)"
    return f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(article.title)} | สปสช.</title><meta name="description" content="{site}"/><meta property="og:title" content="{site}"/><meta property="og:description" content="หลักประกันสุขภาพแห่งชาติ สิทธิบัตรทอง สายด่วน 1330"/><meta property="og:image" content="https://www.nhso.go.th/og-default.png"/><meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/2f1e3d4c5b6a7980.css" as="style"/><link rel="stylesheet" href="/_next/static/css/2f1e3d4c5b6a7980.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-4b3d2f1a0c9e8d7b.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-9a8b7c6d5e4f3a2b.js" defer=""></script></head><body><div id="__next"><div class="flex min-h-screen flex-col font-sans text-gray-800"><header class="sticky top-0 z-40 bg-white/95 shadow-sm backdrop-blur"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a class="flex items-center gap-3" href="/"><img alt="สปสช." loading="lazy" width="48" height="48" decoding="async" data-nimg="1" style="color:transparent" src="/logo.svg"/><span class="hidden text-lg font-bold text-sky-800 md:block">{site}</span></a><nav class="hidden gap-6 text-sm font-medium lg:flex"><a class="hover:text-sky-700" href="/">หน้าแรก</a><a class="hover:text-sky-700" href="/rights">สิทธิบัตรทอง</a><a class="text-sky-700" href="/news">ข่าวสาร</a><a class="hover:text-sky-700" href="/hospital">ค้นหาหน่วยบริการ</a><a class="hover:text-sky-700" href="/contact">ติดต่อ</a></nav><a class="rounded-full bg-sky-700 px-4 py-2 text-sm text-white" href="tel:1330">สายด่วน 1330</a></div></header><main class="flex-1"><section class="bg-sky-50"><div class="mx-auto max-w-7xl px-4 py-6"><h2 class="mb-3 text-sm font-bold uppercase tracking-wide text-sky-800">ข่าวเด่น</h2><div class="grid grid-cols-1 gap-4 md:grid-cols-2">{top}</div></div></section><div class="mx-auto max-w-3xl px-4 py-10"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-gray-500"><ol class="flex gap-2"><li><a href="/">หน้าแรก</a></li><li>/</li><li><a href="/news">ข่าวสาร</a></li></ol></nav><article><span class="inline-block rounded bg-sky-100 px-2 py-1 text-xs text-sky-800">{esc(article.category)}</span><h1 class="mt-3 text-2xl font-bold leading-snug md:text-3xl">{esc(article.title)}</h1><div class="mt-3 flex items-center gap-4 text-sm text-gray-500"><span>โพสต์เมื่อ <!-- -->{_next_date(d)}</span><span>•</span><span>อ่าน <!-- -->{counter(article)}<!-- --> ครั้ง</span></div><div class="relative my-6 aspect-video overflow-hidden rounded-xl"><img alt="" decoding="async" data-nimg="fill" class="object-cover" style="position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0;color:transparent" src="/_next/image?url=%2Fuploads%2Fnews_{article.number}.jpg&amp;w=1200&amp;q=75"/></div><div class="prose prose-sky max-w-none">{paragraphs}</div><div class="mt-8 flex gap-3 border-t pt-4"><button class="rounded bg-blue-600 px-3 py-1 text-sm text-white">แชร์ Facebook</button><button class="rounded bg-green-500 px-3 py-1 text-sm text-white">แชร์ LINE</button><button class="rounded border px-3 py-1 text-sm">คัดลอกลิงก์</button></div></article></div><section class="border-t bg-gray-50"><div class="mx-auto max-w-7xl px-4 py-10"><h2 class="mb-6 text-xl font-bold">ข่าวที่เกี่ยวข้อง</h2><div class="grid grid-cols-1 gap-6 md:grid-cols-2">{after}</div></div></section></main><footer class="bg-sky-900 text-sky-50"><div class="mx-auto grid max-w-7xl gap-6 px-4 py-10 md:grid-cols-3"><div><p class="font-bold">{site}</p><p class="mt-2 text-sm">ศูนย์ราชการเฉลิมพระเกียรติ 80 พรรษา อาคารรัฐประศาสนภักดี ชั้น 2-4 เลขที่ 120 หมู่ 3 ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210</p></div><div class="text-sm"><p>โทรศัพท์ 0 2141 4000</p><p>สายด่วน สปสช. 1330</p></div><div class="text-sm"><p>© <!-- -->2024<!-- --> สปสช. สงวนลิขสิทธิ์</p></div></div></footer><div class="fixed inset-x-0 bottom-0 z-50 bg-white p-4 shadow-2xl"><div class="mx-auto flex max-w-5xl flex-col items-center gap-3 md:flex-row"><p class="text-sm">เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล (PDPA) <a class="underline" href="/privacy">นโยบายความเป็นส่วนตัว</a></p><button class="rounded bg-sky-700 px-4 py-2 text-sm text-white">ยอมรับทั้งหมด</button><button class="rounded border px-4 py-2 text-sm">ตั้งค่า</button></div></div></div></div><script id="__NEXT_DATA__" type="application/json">{_script_json(data)}</script></body></html>"""


# ------------------------------------------------------------------ Nuxt 2 / Vue SSR


def nuxt_url(article: DemoArticle) -> str:
    return f"https://www.doe.go.th/news/detail/{article.number}"


def _nuxt_date(moment: datetime, clock: bool = True) -> str:
    # dayjs().locale("th") with a buddhistEra plugin: "DD MMM BB เวลา HH.mm น."
    shown = f"{moment.day:02d} {ABBR[moment.month - 1]} {(moment.year + 543) % 100:02d}"
    return f"{shown} เวลา {moment:%H.%M} น." if clock else shown


def nuxt_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Nuxt 2 (Vue SSR, Vuetify) department site: data-v-* attributes everywhere,
    div#__nuxt > div#__layout, <title> "site - ข่าวประชาสัมพันธ์" (the layout's head, the
    page never set its own: "site - section"), og:title the site name; the site's name
    is the app bar's only heading-like text, the headline a div.text-h5 in a v-card
    (no heading tag), the date chip ``05 มี.ค. 67 เวลา 10.22 น.`` (two-digit Buddhist
    year), a view counter, a v-list of other news with short dates, and the
    window.__NUXT__ state as Nuxt 2 minifies it (a function with the repeated values as
    arguments) holding the article (created_at in SQL form) and its neighbours."""
    d = day_of(article)
    v = 'data-v-6f1c2a3b=""'
    paragraphs = "".join(f"<p {v}>{esc(line)}</p>" for line in body_lines(article))
    html_body = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    items = "".join(
        f'<a {v} href="/news/detail/{r.number}" tabindex="0" class="v-list-item v-list-item--link theme--light"><div {v} class="v-list-item__content">'
        f'<div {v} class="v-list-item__title text-wrap">{esc(r.title)}</div>'
        f'<div {v} class="v-list-item__subtitle"><i {v} aria-hidden="true" class="v-icon notranslate mdi mdi-calendar theme--light" style="font-size:14px"></i> {_nuxt_date(day_of(r), clock=False)}</div></div></a>'
        for r in related
    )
    state_news = {
        "id": article.number,
        "title": article.title,
        "detail": html_body,
        "created_at": f"{d:%Y-%m-%d %H:%M:%S}",
        "view": counter(article).replace(",", ""),
        "category": article.category,
    }
    others = [
        {"id": r.number, "title": r.title, "created_at": f"{day_of(r):%Y-%m-%d %H:%M:%S}"}
        for r in related
    ]
    state = (
        'window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{news:'
        + _script_json(state_news)
        + ",others:"
        + _script_json(others)
        + '}],fetch:{},error:b,state:{auth:{loggedIn:c,user:b},menu:{open:c},lang:d},serverRendered:a,routePath:"'
        + f"/news/detail/{article.number}"
        + '",config:{_app:{basePath:"/",assetsPath:"/_nuxt/",cdnURL:b}}}}(true,null,false,"th"));'
    )
    site = "กรมการจัดหางาน"
    return f"""<!doctype html>
<html lang="th" data-n-head="%7B%22lang%22:%7B%221%22:%22th%22%7D%7D">
<head>
<title>{site} - ข่าวประชาสัมพันธ์</title><meta data-n-head="1" charset="utf-8"><meta data-n-head="1" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="1" data-hid="description" name="description" content="{site} Department of Employment"><meta data-n-head="1" data-hid="og:title" property="og:title" content="{site}"><meta data-n-head="1" data-hid="og:image" property="og:image" content="https://www.doe.go.th/og.png"><link data-n-head="1" rel="icon" type="image/x-icon" href="/favicon.ico"><link rel="preload" href="/_nuxt/3f2a1b9.js" as="script"><link rel="preload" href="/_nuxt/8c7d6e5.js" as="script"><link rel="preload" href="/_nuxt/app.4d3c2b1.css" as="style"><link rel="stylesheet" href="/_nuxt/app.4d3c2b1.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-app="true" id="app" class="v-application v-application--is-ltr theme--light"><div class="v-application--wrap">
<header {v} class="v-sheet theme--light v-toolbar v-app-bar v-app-bar--fixed primary" style="height:64px;margin-top:0px;transform:translateY(0px);left:0px;right:0px;" data-booted="true"><div class="v-toolbar__content" style="height:64px;"><button {v} type="button" class="v-app-bar__nav-icon v-btn v-btn--icon v-btn--round theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-menu theme--dark"></i></span></button>
<a {v} href="/" class="d-flex align-center nuxt-link-active"><img {v} src="/_nuxt/img/logo-doe.2a1b3c4.png" alt="logo" height="44"> <div {v} class="v-toolbar__title white--text ml-2">{site}</div></a><div {v} class="spacer"></div>
<div {v} class="d-none d-md-flex"><a {v} href="/" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">หน้าแรก</span></a><a {v} href="/news" class="v-btn v-btn--text theme--dark v-size--default nuxt-link-active"><span class="v-btn__content">ข่าวสาร</span></a><a {v} href="/jobs" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">ตำแหน่งงานว่าง</span></a><a {v} href="/contact" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">ติดต่อเรา</span></a></div></div></header>
<main class="v-main" style="padding-top:64px;padding-right:0px;padding-bottom:0px;padding-left:0px;"><div class="v-main__wrap"><div {v} class="container">
<ul {v} class="v-breadcrumbs theme--light"><li><a href="/" class="v-breadcrumbs__item">หน้าแรก</a></li><li class="v-breadcrumbs__divider">/</li><li><a href="/news" class="v-breadcrumbs__item">ข่าวประชาสัมพันธ์</a></li><li class="v-breadcrumbs__divider">/</li><li><div class="v-breadcrumbs__item v-breadcrumbs__item--disabled">รายละเอียดข่าว</div></li></ul>
<div {v} class="row"><div {v} class="col-md-8 col-12">
<div {v} class="v-card v-sheet theme--light elevation-2"><div {v} class="v-image v-responsive theme--light" style="height:380px;"><div class="v-image__image v-image__image--cover" style="background-image:url(&quot;https://api.doe.go.th/storage/news/{article.number}.jpg&quot;);background-position:center center;"></div><div class="v-responsive__content"></div></div>
<div {v} class="v-card__title"><div {v} class="text-h5 font-weight-bold primary--text" style="line-height:1.5;word-break:normal;">{esc(article.title)}</div></div>
<div {v} class="v-card__subtitle"><span {v} class="v-chip v-chip--label theme--light v-size--small grey lighten-3"><span class="v-chip__content"><i {v} aria-hidden="true" class="v-icon notranslate v-icon--left mdi mdi-calendar-month theme--light" style="font-size:16px;"></i>{_nuxt_date(d)}</span></span> <span {v} class="v-chip v-chip--label theme--light v-size--small grey lighten-3"><span class="v-chip__content"><i {v} aria-hidden="true" class="v-icon notranslate v-icon--left mdi mdi-eye theme--light" style="font-size:16px;"></i>{counter(article)}</span></span></div>
<div {v} class="v-card__text news-detail text-body-1 black--text">{paragraphs}</div>
<div {v} class="v-card__actions"><span {v} class="caption mr-2">แชร์</span><a {v} href="https://www.facebook.com/sharer/sharer.php?u={nuxt_url(article)}" target="_blank" class="v-btn v-btn--icon v-btn--round theme--light v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-facebook theme--light"></i></span></a><a {v} href="https://social-plugins.line.me/lineit/share?url={nuxt_url(article)}" target="_blank" class="v-btn v-btn--icon v-btn--round theme--light v-size--default"><span class="v-btn__content">LINE</span></a></div></div>
</div>
<div {v} class="col-md-4 col-12"><div {v} class="v-card v-sheet theme--light"><div {v} class="v-card__title subtitle-1 font-weight-bold">ข่าวประชาสัมพันธ์อื่น ๆ</div><div {v} role="list" class="v-list v-sheet theme--light v-list--dense v-list--two-line">{items}</div></div></div>
</div></div></div></main>
<footer {v} class="v-footer v-sheet theme--dark v-footer--padless primary darken-2" data-booted="true"><div {v} class="container"><div {v} class="row"><div {v} class="col-md-8 col-12"><div {v} class="subtitle-1">{site} กระทรวงแรงงาน</div><div {v} class="body-2">ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400</div><div {v} class="body-2">สายด่วน 1694 โทรศัพท์ 0 2245 6785</div></div><div {v} class="col-md-4 col-12 text-md-right body-2">&copy; 2024 {site}</div></div></div></footer>
</div></div></div></div><script>{state}</script><script src="/_nuxt/3f2a1b9.js" defer></script><script src="/_nuxt/8c7d6e5.js" defer></script>
</body>
</html>"""


# ------------------------------------------------------------------ phpBB announcement board


def phpbb_url(article: DemoArticle) -> str:
    return f"https://board.dmh.go.th/viewtopic.php?f=3&t={article.number}"


def _phpbb_date(moment: datetime) -> str:
    # phpBB's default "D M d, Y g:i a" through the Thai language pack: CHRISTIAN year
    clock = f"{moment.hour % 12 or 12}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'}"
    return f"{WEEKDAY_ABBR[moment.weekday()]} {ABBR[moment.month - 1]} {moment.day:02d}, {moment.year} {clock}"


def phpbb_hints(article: DemoArticle) -> Hints:
    """viewforum.php lists the topic with its first post's date."""
    return Hints(title=article.title, list_date=_phpbb_date(day_of(article)))


def _phpbb_post(
    number: int,
    subject: str,
    author: str,
    colour: str,
    rank: str,
    when: datetime,
    text: str,
    first: bool = False,
    extra: str = "",
) -> str:
    utc = _utc(when).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    style = (
        f' style="color: {colour};" class="username-coloured"' if colour else ' class="username"'
    )
    return f"""<div id="p{number}" class="post has-profile {"bg2" if first else "bg1"}"><div class="inner">
<dl class="postprofile" id="profile{number}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u={number % 97 + 2}"{style}>{author}</a></dt><dd class="profile-rank">{rank}</dd>
<dd class="profile-posts"><strong>โพสต์:</strong> <a href="./search.php?author_id={number % 97 + 2}&amp;sr=posts">{number % 900 + 12}</a></dd><dd class="profile-joined"><strong>ลงทะเบียนเมื่อ:</strong> พ. ม.ค. 15, 2020 9:04 am</dd></dl>
<div class="postbody"><div id="post_content{number}">
<h3{' class="first"' if first else ""}><a href="#p{number}">{subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={number}" title="ตอบกลับโดยอ้างอิงข้อความ" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">อ้างอิง</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p={number}#p{number}" title="โพสต์"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">โพสต์</span></a><span class="responsive-hide">โดย <strong><a href="./memberlist.php?mode=viewprofile&amp;u={number % 97 + 2}"{style}>{author}</a></strong> &raquo; </span><time datetime="{utc}">{_phpbb_date(when)}</time></p>
<div class="content">{text}</div>
{extra}
</div></div>
<div class="back2top"><a href="#top" class="top" title="ด้านบน"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">ด้านบน</span></a></div>
</div></div>
<hr class="divider" />
"""


def phpbb_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A phpBB 3.3 (prosilver) "กระดานข่าว" a department uses for announcements: <title>
    "headline - board", the headline as the topic title h2 AND as the first post's
    subject h3 (replies' subjects are "Re: headline"), the first post's date line
    ``โดย admin_pr » อ. มี.ค. 05, 2024 10:22 am`` (phpBB's default format through the
    Thai pack: month before day, CHRISTIAN year, 12-hour clock; the UTC ISO only in the
    <time datetime>), an edit note with the same day, member profiles with join dates,
    two replies dated the following days, a "recent topics" block of other announcements
    (one relative: "วันนี้"), the board index footer with "who is online"."""
    d = day_of(article)
    text = "<br>\n".join(esc(line) for line in body_lines(article))
    edited = d + timedelta(minutes=40)
    edit_note = (
        f'<div class="notice">แก้ไขล่าสุดโดย <a href="./memberlist.php?mode=viewprofile&amp;u=2" style="color: #AA0000;" class="username-coloured">admin_pr</a> เมื่อ {_phpbb_date(edited)}, แก้ไขไปแล้ว 1 ครั้ง</div>'
        '<div id="sig1" class="signature">งานประชาสัมพันธ์ กรมสุขภาพจิต<br>สายด่วนสุขภาพจิต 1323</div>'
    )
    first = _phpbb_post(
        article.number,
        esc(article.title),
        "admin_pr",
        "#AA0000",
        "ผู้ดูแลระบบ",
        d,
        text,
        first=True,
        extra=edit_note,
    )
    replies = _phpbb_post(
        article.number + 1, f"Re: {esc(article.title)}", "somchai_k", "", "สมาชิกใหม่",
        d + timedelta(days=1, hours=2, minutes=13),
        "ขอบคุณสำหรับข้อมูลครับ จะแจ้งต่อให้ รพ.สต. ในพื้นที่ทราบครับ",
    ) + _phpbb_post(
        article.number + 2, f"Re: {esc(article.title)}", "nurse_ubon", "", "สมาชิก",
        d + timedelta(days=3, hours=-1, minutes=5),
        "รบกวนสอบถามว่ามีเอกสารแนบฉบับเต็มให้ดาวน์โหลดไหมคะ",
    )  # fmt: skip
    recent_rows = []
    for k, r in enumerate(related):
        when = "วันนี้, 9:12 am" if k == 3 else _phpbb_date(day_of(r))
        recent_rows.append(
            f'<li class="row bg{1 + k % 2}"><dl class="row-item topic_read"><dt title="ไม่มีโพสต์ที่ยังไม่ได้อ่าน"><div class="list-inner"><a href="{phpbb_url(r)}" class="topictitle">{esc(r.title)}</a><br />'
            f'<div class="responsive-hide left-box">โดย <a href="./memberlist.php?mode=viewprofile&amp;u=2" style="color: #AA0000;" class="username-coloured">admin_pr</a> &raquo; {_phpbb_date(day_of(r))} &raquo; ใน <a href="./viewforum.php?f=3">ข่าวประชาสัมพันธ์</a></div></div></dt>'
            f'<dd class="posts">{k} <dfn>ตอบกลับ</dfn></dd><dd class="lastpost"><span><dfn>โพสต์ล่าสุด </dfn>โดย <a href="./memberlist.php?mode=viewprofile&amp;u=7" class="username">member{k}</a><br />{when}</span></dd></dl></li>'
        )
    recent = "".join(recent_rows)
    board = "กระดานข่าว กรมสุขภาพจิต"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="th">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)} - {board}</title>
<link rel="alternate" type="application/atom+xml" title="ฟีด - {board}" href="/app.php/feed">
<link rel="canonical" href="{phpbb_url(article)}">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/th/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./ext/paybas/recenttopics/styles/all/theme/recenttopics.css?assets_version=42" rel="stylesheet" media="screen">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="หน้าแรกบอร์ด"><span class="site_logo"></span></a>
<h1>{board}</h1><p>ประกาศ ข่าวประชาสัมพันธ์ และถาม-ตอบ สำหรับเครือข่ายสุขภาพจิต</p><p class="skiplink"><a href="#start_here">ข้ามไปยังเนื้อหา</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="ค้นหาด้วยคำสำคัญ" class="inputbox search tiny" size="20" value="" placeholder="ค้นหา…" /><button class="button button-search" type="submit" title="ค้นหา"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">ค้นหา</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li class="quick-links tab responsive-menu dropdown-container"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>ลิงก์ด่วน</span></a></li><li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="คำถามที่พบบ่อย" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>คำถามที่พบบ่อย</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="เข้าสู่ระบบ" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>เข้าสู่ระบบ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>สมัครสมาชิก</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">หน้าแรกบอร์ด</span></a><meta itemprop="position" content="1" /></span>
<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a itemprop="item" href="./viewforum.php?f=3"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><meta itemprop="position" content="2" /></span></li>
<li class="rightside responsive-search"><a href="./search.php" title="ดูตัวเลือกการค้นหาขั้นสูง" role="menuitem"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">ค้นหา</span></a></li></ul></div></div>
</div>
<a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t={article.number}">{esc(article.title)}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t={article.number}" class="button" title="ตอบกลับ"><span>ตอบกลับ</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="pagination">3 โพสต์ &bull; หน้า <strong>1</strong> จาก <strong>1</strong></div></div>
{first}{replies}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t={article.number}" class="button" title="ตอบกลับ"><span>ตอบกลับ</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">3 โพสต์ &bull; หน้า <strong>1</strong> จาก <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=3" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>กลับไปยัง “ข่าวประชาสัมพันธ์”</span></a></p></div>
<div id="recent-topics-box" class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner"><i class="icon fa-file-o fa-fw icon-sm" aria-hidden="true"></i> กระทู้ล่าสุด</div></dt><dd class="posts">ตอบกลับ</dd><dd class="lastpost"><span>โพสต์ล่าสุด</span></dd></dl></li></ul><ul class="topiclist topics">{recent}</ul></div></div>
<div class="stat-block online-list"><h3>ใครกำลังออนไลน์</h3><p>ผู้ใช้งานขณะนี้: ไม่มีสมาชิกที่ลงทะเบียนและ 14 บุคคลทั่วไป</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>หน้าแรกบอร์ด</span></a></span></li><li class="rightside">เขตเวลา <span title="เอเชีย/กรุงเทพ">UTC+07:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>ลบคุกกี้ทั้งหมด</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p><p class="footer-row"><span class="footer-copyright">ภาษาไทยโดย phpBBThailand</span></p>
<p class="footer-row">กรมสุขภาพจิต กระทรวงสาธารณสุข 88/20 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000 โทร. 0 2590 8000</p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script>
<script src="./assets/javascript/core.js?assets_version=42"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Sitecore SXA


def sitecore_url(article: DemoArticle) -> str:
    return f"https://www.mea.or.th/our-services/news/pr-{article.number}"


def _sitecore_date(moment: datetime) -> str:
    # @Model.Date.ToString("dd MMMM yyyy", new CultureInfo("th-TH")): Buddhist calendar
    return f"{moment.day:02d} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}"


def sitecore_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Sitecore 10 SXA on a state enterprise: component-based markup (div.component
    with .component-content wrappers, field-* classes), <title> "ข่าวสาร |
    การไฟฟ้านครหลวง" (the page template's section title), og:title the headline but a
    JSON-LD NewsArticle whose datePublished is the ITEM's creation (the draft, the day
    before: WRONG) and whose headline is the section; the visible date ``05 มีนาคม 2567``
    (th-TH culture, Buddhist year) in a field-date, the headline h1.field-title, a
    page-list of other news (same date format) under the body, a link list, a cookie
    consent (OneTrust) banner, a footer with address and call centre."""
    d = day_of(article)
    created = d - timedelta(days=1, hours=2)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    page_list = "".join(
        f'<li class="item{i} {"odd" if i % 2 else "even"}"><div class="component-content"><div class="field-image"><img src="/-/media/news/{r.number}.jpg?h=180&amp;w=320" alt="" /></div>'
        f'<div class="field-date">{_sitecore_date(day_of(r))}</div><div class="field-title"><a href="{sitecore_url(r)}">{esc(r.title)}</a></div></div></li>'
        for i, r in enumerate(related)
    )
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "ข่าวสาร", "url": sitecore_url(article),
        "datePublished": created.isoformat(), "dateModified": (d + timedelta(hours=4)).isoformat(),
        "publisher": {"@type": "Organization", "name": "การไฟฟ้านครหลวง"},
    }  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="th-TH">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>ข่าวสาร | การไฟฟ้านครหลวง</title>
<link rel="canonical" href="{sitecore_url(article)}" />
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:url" content="{sitecore_url(article)}" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="การไฟฟ้านครหลวง" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<script type="application/ld+json">{_json(ld)}</script>
<link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?t=20240301T040000Z" rel="stylesheet" />
<link href="/-/media/themes/mea/mea-theme/styles/pre-optimized-min.css?t=20240301T040000Z" rel="stylesheet" />
</head>
<body class="default-device bodyclass">
<div id="wrapper">
<header><div id="header" class="container-fluid"><div class="row">
<div class="component image file-type-icon-media-link col-12 col-md-3 logo"><div class="component-content"><a title="การไฟฟ้านครหลวง" href="/"><img src="/-/media/project/mea/logo.svg?h=60&amp;w=220&amp;la=th-TH" alt="การไฟฟ้านครหลวง" width="220" height="60" /></a></div></div>
<nav class="component navigation col-12 col-md-9 navigation-main navigation-main-horizontal"><div class="component-content"><ul class="clearfix"><li class="level0 rel-level1 item0 odd first"><div class="navigation-title field-navigationtitle"><a title="หน้าแรก" href="/">หน้าแรก</a></div></li><li class="level0 submenu rel-level1 item1 even active"><div class="navigation-title field-navigationtitle"><a title="บริการ" href="/our-services">บริการ</a></div></li><li class="level0 rel-level1 item2 odd"><div class="navigation-title field-navigationtitle"><a title="เกี่ยวกับ กฟน." href="/about">เกี่ยวกับ กฟน.</a></div></li><li class="level0 rel-level1 item3 even last"><div class="navigation-title field-navigationtitle"><a title="ติดต่อเรา" href="/contact">ติดต่อเรา</a></div></li></ul></div></nav>
</div></div></header>
<main><div id="content" class="container">
<div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol><li class="breadcrumb-item home"><div class="navigation-title"><a title="หน้าแรก" href="/">หน้าแรก</a></div><div class="separator">/</div></li><li class="breadcrumb-item"><div class="navigation-title"><a title="บริการ" href="/our-services">บริการ</a></div><div class="separator">/</div></li><li class="breadcrumb-item last"><div class="navigation-title"><a title="ข่าวสาร" href="/our-services/news">ข่าวสาร</a></div></li></ol></nav></div></div>
<div class="row component column-splitter"><div class="col-12 col-lg-8">
<div class="component title"><div class="component-content"><div class="field-title"><h1>{esc(article.title)}</h1></div></div></div>
<div class="component date"><div class="component-content"><div class="field-date"><span class="label">วันที่</span> {_sitecore_date(d)}</div></div></div>
<div class="component image"><div class="component-content"><img src="/-/media/news/{article.number}.jpg?h=450&amp;w=800&amp;la=th-TH" alt="" /></div></div>
<div class="component rich-text"><div class="component-content">{paragraphs}</div></div>
<div class="component social-media-share"><div class="component-content"><ul><li><a class="facebook" href="#">Facebook</a></li><li><a class="twitter" href="#">Twitter</a></li><li><a class="line" href="#">LINE</a></li></ul></div></div>
<div class="component page-list col-12"><div class="component-content"><h3>ข่าวสารอื่น ๆ</h3><ul class="items">{page_list}</ul></div></div>
</div>
<div class="col-12 col-lg-4"><div class="component link-list"><div class="component-content"><h3>บริการออนไลน์</h3><ul><li class="item0 odd first"><div class="field-link"><a href="/e-service/bill">ตรวจสอบค่าไฟฟ้า</a></div></li><li class="item1 even"><div class="field-link"><a href="/e-service/outage">แจ้งไฟฟ้าขัดข้อง</a></div></li><li class="item2 odd last"><div class="field-link"><a href="/e-service/new-meter">ขอใช้ไฟฟ้าใหม่</a></div></li></ul></div></div>
<div class="component promo"><div class="component-content"><div class="field-promoicon"><img src="/-/media/project/mea/app.png" alt="MEA Smart Life" /></div><div class="promo-text"><div class="field-promotext"><p>ดาวน์โหลดแอปพลิเคชัน MEA Smart Life</p></div></div></div></div></div>
</div></div></main>
<footer><div id="footer" class="container-fluid"><div class="component rich-text"><div class="component-content"><p>การไฟฟ้านครหลวง สำนักงานใหญ่ 30 ซอยชิดลม ถนนเพลินจิต แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ 10330</p><p>MEA Call Center 1130 | โทรศัพท์ 0 2256 3333</p><p>&copy; สงวนลิขสิทธิ์ 2567 การไฟฟ้านครหลวง</p></div></div></div></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="แบนเนอร์คุกกี้"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><p id="onetrust-policy-text">เราใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้เว็บไซต์ คุณสามารถศึกษารายละเอียดได้ที่ <a href="/privacy-policy">นโยบายคุกกี้</a></p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">ยอมรับทั้งหมด</button><button id="onetrust-pc-btn-handler">ตั้งค่าคุกกี้</button></div></div></div></div></div></div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=20240301T040000Z"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Weebly


def weebly_url(article: DemoArticle) -> str:
    return f"https://www.huaysai.go.th/36323619360736213592/pr-{article.number}"


def _weebly_date(moment: datetime) -> str:
    # the blog's date-text with the day-first setting, CHRISTIAN year
    return f"{moment.day}/{moment.month}/{moment.year}"


def weebly_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Weebly site of a tambon municipality: the blog page's <title> "ข่าวประชาสัมพันธ์ -
    เทศบาลตำบลห้วยทราย" (page - site), og:title the post's headline; the post in
    div.blog-post: h2.blog-title > a.blog-title-link, p.blog-date > span.date-text
    ``5/3/2024`` (day first, CHRISTIAN year), the body one div.paragraph split by <br>,
    the comment count and an empty comments area with the form; a sidebar: the
    office's own "ข่าวล่าสุด" paragraph typing other headlines with their dates
    ``(28/2/2024)``, Weebly's archives by month and categories, the RSS feed; the footer
    paragraph with address and phone, "Powered by Weebly"."""
    d = day_of(article)
    text = "<br />".join(esc(line) for line in body_lines(article))
    latest = "<br />".join(
        f'&bull; <a href="{weebly_url(r)}">{esc(r.title)}</a> ({_weebly_date(day_of(r))})'
        for r in related
    )
    months = []
    for back in range(3):
        index = d.month - 1 - back
        months.append(
            f'<a href="/36323619360736213592/archives/{(d.year - (1 if index < 0 else 0))}{index % 12 + 1:02d}">{THAI_MONTHS[index % 12]} {d.year - (1 if index < 0 else 0)}</a><br />'
        )
    post = article.number
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<title>ข่าวประชาสัมพันธ์ - เทศบาลตำบลห้วยทราย</title>
<meta property="og:site_name" content="เทศบาลตำบลห้วยทราย" />
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:description" content="{esc(_lead(article, 150))}" />
<meta property="og:image" content="https://www.huaysai.go.th/uploads/1/2/4/8/124871203/published/{post}.jpg" />
<meta property="og:url" content="{weebly_url(article)}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1709000000" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?1709000000" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1709100000" title="wsite-theme-css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://www.huaysai.go.th/36323619360736213592/feed" />
<script>var STATIC_BASE = '//cdn1.editmysite.com/';var ASSETS_BASE = '//cdn2.editmysite.com/';var STYLE_PREFIX = 'wsite';</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/jquery-1.8.3.min.js"></script>
</head>
<body class="header-page  wsite-page-36323619360736213592 wsite-blog-post-{post} wsite-theme-light">
<div class="wrapper">
<div class="dusk-header"><div class="nav-wrap"><div class="container"><div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">เทศบาลตำบลห้วยทราย</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default"><li id="pg146728301" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">หน้าแรก</a></li><li id="pg915204477" class="wsite-menu-item-wrap"><a href="/36803657362636233617.html" class="wsite-menu-item">ข้อมูลทั่วไป</a></li><li id="active" class="wsite-menu-item-wrap"><a href="/36323619360736213592.html" class="wsite-menu-item">ข่าวประชาสัมพันธ์</a></li><li id="pg220481930" class="wsite-menu-item-wrap"><a href="/ita.html" class="wsite-menu-item">ITA</a></li><li id="pg688210431" class="wsite-menu-item-wrap"><a href="/3605363636263605.html" class="wsite-menu-item">ติดต่อเรา</a></li></ul></div></div></div>
<div class="banner-wrap"><div class="container"><div class="banner"><h2><span class="wsite-text wsite-headline">ข่าวประชาสัมพันธ์</span></h2><p><span class="wsite-text wsite-headline-paragraph">เทศบาลตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่</span></p></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<div id="blogTable" class="blog-table"><div class="blog-body">
<div id="blog-post-{post}" class="blog-post">
<div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="{weebly_url(article)}">{esc(article.title)}</a></h2>
<p class="blog-date"><span class="date-text">{_weebly_date(d)}</span></p>
<div class="blog-comments-bottom"><a class="blog-link" href="{weebly_url(article)}#comments">0 ความคิดเห็น</a></div></div>
<div class="blog-separator">&nbsp;</div>
<div class="blog-content"><div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/1/2/4/8/124871203/published/{post}.jpg?1709100000" alt="Picture" style="width:auto;max-width:100%" /></a></div></div>
<div class="paragraph">{text}</div></div>
<div class="blog-social"><div class="blog-social-item blog-fb-like"><iframe src="//www.facebook.com/plugins/like.php?href={weebly_url(article)}&amp;send=false&amp;layout=button_count&amp;show_faces=false" scrolling="no" frameborder="0" style="border:none;overflow:hidden;width:115px;height:21px" title="Like"></iframe></div></div>
</div>
<div id="comments"><h2 class="blog-comments-title">ความคิดเห็น</h2><div class="blog-comment-area"><p>ยังไม่มีความคิดเห็น</p></div>
<div class="blog-comment-area"><form id="commentForm" class="blogCommentForm" action="/ajax/apps/postComment.php" method="post"><h2 class="blog-comment-heading">แสดงความคิดเห็น</h2><input type="hidden" name="blogId" value="{post}" /><label for="name">ชื่อ (จำเป็น)</label><input type="text" id="name" name="name" class="input" /><label for="comment">ความคิดเห็น (จำเป็น)</label><textarea id="comment" name="comment" class="textarea"></textarea><input type="submit" value="ส่ง" class="submit" /></form></div></div>
</div>
<div class="blog-sidebar"><div class="column-blog">
<h2 class="wsite-content-title">ข่าวล่าสุด</h2><div class="paragraph">{latest}</div>
<div class="wsite-spacer" style="height:30px;"></div>
<h2 class="blog-sidebar-title">คลังเก็บ</h2><div class="blog-archives-list">{"".join(months)}</div>
<h2 class="blog-sidebar-title">หมวดหมู่</h2><div class="blog-category-list"><a href="/36323619360736213592/category/all">ทั้งหมด</a><br /><a href="/36323619360736213592/category/3619360736213592">ข่าวประชาสัมพันธ์</a><br /><a href="/36323619360736213592/category/3585360736293614">ประกาศ</a><br /></div>
<div class="rss-feed"><a href="https://www.huaysai.go.th/36323619360736213592/feed">ฟีด RSS</a></div>
</div></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">สำนักงานเทศบาลตำบลห้วยทราย 99 หมู่ 2 ตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่ 50130<br />โทรศัพท์ 053-330-123 โทรสาร 053-330-124</div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container"><a class="link weebly-icon" href="https://www.weebly.com/signup" target="_blank">Powered by Weebly</a></div></div>
</div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1709000000"></script>
<script type="text/javascript">_W.configDomain = "www.weebly.com";_W.relinquish && _W.relinquish();_W.setup_rpc({{"url":"\\/ajax\\/api\\/JsonRPC\\/CommerceV2\\/","actions":{{"CommerceV2":[{{"name":"getBlogPost","len":1}}]}}}});</script>
</body>
</html>"""
