"""The "fresh" half of the template zoo (bench/zoo.py): families written blind.

Written after the tuned, unseen and holdout halves had all been used to change the
extractor, and BEFORE the extractor's code was read again: their first measurement is the
honest "never seen" figure (bench/RESULTS.md records it, and the fixes made afterwards).
Each imitates a kind of real Thai government system not yet in the zoo, with the date
formats seen on real pages (/work/shared/data/registry/real_page_observations.tsv:
``29พย.61 เวลา 13.30 น.``, ``1 เม.ย.2568``, ``27 พฤศจิกายน 2023`` -- a Thai month with
the Christian year -- and Thai digits).
"""

from __future__ import annotations

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

# ------------------------------------------------------------------ Joomla 2.5 area office


def joomla25_url(article: DemoArticle) -> str:
    return f"http://www.nsw2.go.th/web/index.php/news-pr/{article.number}-pr{article.number % 977}.html"


def joomla25_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 2.5 on an education area office: a <marquee> of the latest headlines with
    their dates, a JEvents month calendar (month name + BE year, a grid of day numbers),
    "You are here" breadcrumb, the date as Joomla's Thai locale writes it (Thai weekday
    and month, the CHRISTIAN year), a hits line, a footer with address and phone."""
    d = day_of(article)
    created = f"สร้างเมื่อ วัน{WEEKDAYS[d.weekday()]}, {d.day:02d} {THAI_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
    marquee = " &nbsp;&#9733;&nbsp; ".join(
        f"{esc(r.title)} ({day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)})" for r in related
    )
    grid = "".join(
        "<tr>" + "".join(f"<td>{day}</td>" for day in range(week * 7 + 1, min(week * 7 + 8, 31)))
        + "</tr>"
        for week in range(5)
    )  # fmt: skip
    paragraphs = "".join(f"<p>{esc(line)}</p>\n" for line in body_lines(article))
    latest = "".join(f'<li><a href="{joomla25_url(r)}">{esc(r.title)}</a></li>' for r in related)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(article.title)}</title>
<link href="/web/templates/beez_20/css/template.css" rel="stylesheet" type="text/css" /></head>
<body>
<div id="all"><div id="header"><div class="logoheader"><h1 id="logo">สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครสวรรค์ เขต 2<span class="header1">Nakhonsawan Primary Educational Service Area Office 2</span></h1></div>
<ul class="skiplinks"><li><a href="#main" class="u2">ข้ามไปยังเนื้อหา</a></li></ul>
<div id="line"><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div></div>
<div id="breadcrumbs"><div class="breadcrumbs">คุณอยู่ที่: &nbsp;<a href="/web/" class="pathway">หน้าแรก</a> <img src="/web/media/system/images/arrow.png" alt="" /> <a href="/web/index.php/news-pr" class="pathway">ข่าวประชาสัมพันธ์</a> <img src="/web/media/system/images/arrow.png" alt="" /> <span>{esc(article.title)}</span></div></div>
<div id="contentarea"><div id="nav"><div class="moduletable_menu"><h3><span>เมนูหลัก</span></h3><ul class="menu"><li><a href="/web/">หน้าแรก</a></li><li><a href="/web/index.php/about">ข้อมูลพื้นฐาน</a></li><li><a href="/web/index.php/plan-blog">กลุ่มนโยบายและแผน</a></li><li><a href="/web/index.php/ita">ITA</a></li></ul></div>
<div class="moduletable"><h3><span>ปฏิทินกิจกรรม</span></h3><table class="mod_events_monthyear"><tr><td>&lt;&lt;</td><td>{THAI_MONTHS[d.month - 1]} {be(article)}</td><td>&gt;&gt;</td></tr></table>
<table class="mod_events_table"><tr><td>อา</td><td>จ</td><td>อ</td><td>พ</td><td>พฤ</td><td>ศ</td><td>ส</td></tr>{grid}</table></div>
<div class="moduletable"><h3><span>ข่าวล่าสุด</span></h3><ul class="latestnews">{latest}</ul></div></div>
<div id="main"><div class="item-page">
<h2><a href="{joomla25_url(article)}">{esc(article.title)}</a></h2>
<ul class="actions"><li class="print-icon"><a href="#" title="พิมพ์">พิมพ์</a></li><li class="email-icon"><a href="#" title="อีเมล">อีเมล</a></li></ul>
<dl class="article-info"><dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name">หมวด: <a href="/web/index.php/news-pr">ข่าวประชาสัมพันธ์</a></dd>
<dd class="create">{created}</dd>
<dd class="createdby">เขียนโดย ประชาสัมพันธ์เขต</dd>
<dd class="hits">จำนวนผู้เข้าชม: {counter(article)}</dd></dl>
{paragraphs}
<ul class="pagenav"><li class="pagenav-prev"><a href="#" rel="prev">&lt; ก่อนหน้า</a></li><li class="pagenav-next"><a href="#" rel="next">ถัดไป &gt;</a></li></ul>
</div></div></div>
<div id="footer-outer"><div id="footer-sub"><div id="footer">สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครสวรรค์ เขต 2 ถนนพหลโยธิน ตำบลตาคลี อำเภอตาคลี จังหวัดนครสวรรค์ 60140 โทรศัพท์ 056-261-375 โทรสาร 056-261-376<br />Copyright &copy; 2013 All Rights Reserved.</div></div></div></div>
</body></html>"""


# ------------------------------------------------------------------ Bootstrap PHP ?pid=


def pid_url(article: DemoArticle) -> str:
    return f"https://cme2.go.th/news/cme2/main/activity_images_show?pid={article.number}"


def pid_date(article: DemoArticle) -> str:
    """``29พย.61 เวลา 13.30 น.``, or for some pages ``1 เม.ย.2568`` (month glued to year)."""
    d = day_of(article)
    if article.number % 4 == 0:
        return f"{d.day} {ABBR[d.month - 1]}{be(article)}"
    return f"{d.day}{ABBR[d.month - 1].replace('.', '')}.{be(article) % 100:02d} เวลา {d:%H.%M} น."


def pid_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A custom PHP CMS on Bootstrap 3 ("news detail" of an activity gallery): <title> only
    the system name, the headline an <h3> in a panel, the date in a <small> glued, a photo
    gallery whose images carry alt texts, "other activities" thumbnails with their own
    <small> dates, a share bar and a footer with the address and phones."""
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    gallery = "".join(
        f'<div class="col-xs-6 col-md-3"><a href="/news/cme2/upload/{article.number}_{k}.jpg" class="thumbnail">'
        f'<img src="/news/cme2/upload/thumb_{article.number}_{k}.jpg" alt="ภาพกิจกรรม {k}"></a></div>'
        for k in range(1, 5)
    )
    others = "".join(
        f'<div class="col-sm-3"><div class="thumbnail"><img src="/news/cme2/upload/thumb_{r.number}_1.jpg" alt="">'
        f'<div class="caption"><p><a href="{pid_url(r)}">{esc(r.title)}</a></p>'
        f"<small>{pid_date(r)}</small></div></div></div>"
        for r in related
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ระบบข่าวประชาสัมพันธ์ สพป.เชียงใหม่ เขต 2</title>
<link href="/news/cme2/css/bootstrap.min.css" rel="stylesheet"></head>
<body>
<nav class="navbar navbar-inverse navbar-fixed-top"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/news/cme2/main/">ข่าวประชาสัมพันธ์ สพป.เชียงใหม่ เขต 2</a></div>
<ul class="nav navbar-nav"><li class="active"><a href="/news/cme2/main/">หน้าหลัก</a></li><li><a href="/news/cme2/main/activity">ข่าวกิจกรรม</a></li><li><a href="/news/cme2/main/letter">จดหมายข่าว</a></li><li><a href="/news/cme2/login">เข้าสู่ระบบ</a></li></ul></div></nav>
<div class="container" style="margin-top:70px">
<ol class="breadcrumb"><li><a href="/news/cme2/main/">หน้าหลัก</a></li><li><a href="/news/cme2/main/activity">ข่าวกิจกรรม</a></li><li class="active">รายละเอียดข่าว</li></ol>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">{esc(article.title)}</h3>
<small><span class="glyphicon glyphicon-time"></span> {pid_date(article)}</small> <span class="badge">อ่าน {counter(article)}</span></div>
<div class="panel-body">{paragraphs}
<div class="row">{gallery}</div>
<p class="text-right"><a class="btn btn-primary btn-xs" href="#">แชร์ Facebook</a> <a class="btn btn-success btn-xs" href="#">แชร์ LINE</a></p>
</div></div>
<h4>ข่าวกิจกรรมอื่นๆ</h4><div class="row">{others}</div>
</div>
<footer class="footer"><div class="container"><p class="text-muted">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 2 ตำบลสันผีเสื้อ อำเภอเมือง จังหวัดเชียงใหม่ 50300 โทร 053-112-333 ต่อ 101</p></div></footer>
</body></html>"""


# ------------------------------------------------------------------ Blogger school-district blog


def blogger_url(article: DemoArticle) -> str:
    d = day_of(article)
    return f"https://prsesao{article.number % 7 + 1}.blogspot.com/{d:%Y/%m}/blog-post_{d:%d}.html"


def blogger_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Blogger (Blogspot) blog of a school district's PR unit: <title> "blog: headline",
    the date header in Thai locale ("วันพฤหัสบดีที่ 29 พฤศจิกายน พ.ศ. 2561"), an h3
    post title, the post footer "โพสต์โดย ... ที่ 13:30" with an abbr timestamp, labels,
    "Newer/Older post" links, an archive widget with month counts, popular posts."""
    d = day_of(article)
    header = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {THAI_MONTHS[d.month - 1]} พ.ศ. {be(article)}"
    text = "<br />\n".join(esc(line) for line in body_lines(article))
    popular = "".join(
        f'<li><div class="item-title"><a href="{blogger_url(r)}">{esc(r.title)}</a></div>'
        f'<div class="item-snippet">{esc(body_lines(r)[0][:120]) if body_lines(r) else ""}...</div></li>'
        for r in related
    )
    archive = "".join(
        f'<li class="archivedate collapsed"><a class="toggle" href="#">► </a><a class="post-count-link" href="#">{y}</a> <span class="post-count">({(y * 7) % 300 + 20})</span></li>'
        for y in range(be(article), be(article) - 4, -1)
    )
    blog = "ข่าวประชาสัมพันธ์ สพม.เขต " + str(article.number % 7 + 1)
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<meta content="blogger" name="generator"/>
<link href="{blogger_url(article)}" rel="canonical"/>
<title>{esc(blog)}: {esc(article.title)}</title>
<meta content="{blogger_url(article)}" property="og:url"/>
<meta content="{esc(article.title)}" property="og:title"/></head>
<body class="loading">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g" title="Blogger"></iframe></div></div>
<div class="header-outer"><div class="Header widget" id="Header1"><div class="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{esc(blog)}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>ข่าวสาร กิจกรรม ของสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา</span></p></div></div></div></div>
<div class="main-outer"><div class="main-inner"><div class="columns"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{header}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{article.number}"></a>
<h3 class="post-title entry-title" itemprop="name">{esc(article.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{article.number}" itemprop="description articleBody">
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/{article.number}/s1600/1.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="240" src="https://blogger.googleusercontent.com/img/b/{article.number}/s320/1.jpg" width="320" /></a></div>
{text}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">โพสต์โดย <span class="fn" itemprop="author">ประชาสัมพันธ์</span></span>
<span class="post-timestamp">ที่ <a class="timestamp-link" href="{blogger_url(article)}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{d.isoformat()}">{d:%H:%M}</abbr></a></span>
<span class="post-comment-link"></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="ส่งอีเมลข้อมูลนี้"><span class="share-button-link-text">ส่งอีเมลข้อมูลนี้</span></a><a class="share-button sb-blog" href="#"><span>BlogThis!</span></a><a class="share-button sb-twitter" href="#"><span>แชร์ไปยัง X</span></a><a class="share-button sb-facebook" href="#"><span>แชร์ใน Facebook</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">ป้ายกำกับ: <a href="/search/label/{esc(article.category)}" rel="tag">{esc(article.category)}</a></span></div></div>
</div><div class="comments" id="comments"><h4>ไม่มีความคิดเห็น:</h4><div id="comment-holder"></div><p class="comment-footer"><a href="#">แสดงความคิดเห็น</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="บทความที่ใหม่กว่า">บทความที่ใหม่กว่า</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="บทความที่เก่ากว่า">บทความที่เก่ากว่า</a></span><a class="home-link" href="/">หน้าแรก</a></div>
<div class="post-feeds"><div class="feed-links">สมัครสมาชิก: <a class="feed-link" href="/feeds/posts/default" type="application/atom+xml">ส่งความคิดเห็น (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1">
<div class="widget PopularPosts" id="PopularPosts1"><h2>บทความที่ได้รับความนิยม</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>คลังบทความของบล็อก</h2><div class="widget-content"><ul class="hierarchy">{archive}</ul></div></div>
<div class="widget Profile" id="Profile1"><h2>เกี่ยวกับฉัน</h2><div class="widget-content"><dl class="profile-datablock"><dd class="profile-data"><a class="profile-name-link g-profile" href="#">ประชาสัมพันธ์</a></dd></dl><a class="profile-link" href="#">ดูโปรไฟล์ทั้งหมดของฉัน</a></div></div>
</div></div></div></div>
<div class="footer-outer"><div class="Attribution widget" id="Attribution1"><div class="widget-content" style="text-align: center;">ธีม Simple. ขับเคลื่อนโดย <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div>
</body></html>"""


# ------------------------------------------------------------------ Google Sites


def gsites_url(article: DemoArticle) -> str:
    return f"https://sites.google.com/view/pr-ratchaburi/ข่าวประชาสัมพันธ์/ข่าว-{article.number}"


def gsites_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """New Google Sites: every text is a <p class="zfr3Q ..."> in generated-class divs, the
    headline a bold large-font paragraph (no heading element), <title> "page - site", the
    date a plain paragraph in Thai digits below the headline, a side nav of sub-pages,
    "Google Sites / Report abuse" footer; no metadata at all."""
    d = day_of(article)
    dateline = thai_digits(f"วันที่ {d.day} {THAI_MONTHS[d.month - 1]} {be(article)}")
    paragraphs = "".join(
        f'<div class="tyJCtd mGzaTb Depvyb baZpAe"><p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">{esc(line)}</span></p></div>'
        for line in body_lines(article)
    )
    nav = "".join(
        f'<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/pr-ratchaburi/ข่าวประชาสัมพันธ์/ข่าว-{r.number}">{esc(r.title[:60])}</a></div></li>'
        for r in related
    )
    return f"""<!DOCTYPE html><html lang="th" dir="ltr"><head><meta charset="utf-8">
<meta property="og:title" content="ข่าว {article.number}"><meta property="og:type" content="website">
<title>ข่าวประชาสัมพันธ์ - สำนักงานประชาสัมพันธ์จังหวัดราชบุรี</title>
<link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.abc.L.W.O/d=1/rs=AGEq.css"></head>
<body><div jscontroller="pc62j" jsmodel="iTeaXe" class="UtePc RCETm" data-tooltip-container="">
<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="Xpil1b xgSRd"><div class="zDUgLc"><span class="Wtny2e">สำนักงานประชาสัมพันธ์จังหวัดราชบุรี</span></div>
<nav class="JzO0Vc" role="navigation"><ul class="jYxBte Fpy8Db"><li class="VsJjtf"><a class="aJHbb" href="/view/pr-ratchaburi/หน้าแรก">หน้าแรก</a></li><li class="VsJjtf ZmrVpf"><a class="aJHbb" href="/view/pr-ratchaburi/ข่าวประชาสัมพันธ์">ข่าวประชาสัมพันธ์</a><ul class="VcS63b">{nav}</ul></li><li class="VsJjtf"><a class="aJHbb" href="/view/pr-ratchaburi/ติดต่อเรา">ติดต่อเรา</a></li></ul></nav></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
<section id="h.{article.number}_1" class="yaqOZd LB7kq nyKByd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">
<div class="tyJCtd mGzaTb Depvyb baZpAe"><p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: center;"><span class="C9DxTc" style="font-size: 18pt; font-weight: 700;">{esc(article.title)}</span></p></div>
<div class="tyJCtd mGzaTb Depvyb baZpAe"><p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: right;"><span class="C9DxTc" style="font-size: 10pt;">{dateline}</span></p></div>
<div class="t3iYD"><img src="https://lh3.googleusercontent.com/{article.number}=w1280" class="CENy8b" role="img"></div>
{paragraphs}
</div></div></div></section></div>
<div jscontroller="j1RDQb" class="dZA9kd ynRLnc" data-last-updated-at-time="{int(d.timestamp()) * 1000 + 86_400_000 * 3}">
<div class="LqzjUe"><div class="Kkw2Fb">Google Sites</div><div class="HBR3ne"><a href="#">Report abuse</a> <a href="#">Page details</a> Page updated</div></div></div>
<div class="Zjx4Pc">สำนักงานประชาสัมพันธ์จังหวัดราชบุรี ศาลากลางจังหวัดราชบุรี ถนนสมบูรณ์กุล อำเภอเมือง จังหวัดราชบุรี 70000 โทร. 032-337-868</div>
</div></body></html>"""


# ------------------------------------------------------------------ <h4> in a table, <title> = site


def h4table_url(article: DemoArticle) -> str:
    return f"http://www.ayutthaya.go.th/2014/detail_news.php?news_id={article.number}&cate=1"


def h4table_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A provincial PHP site in nested tables: <title> only the site name, the headline an
    <h4> inside a table cell under a "ข่าวประชาสัมพันธ์" bar, the date "ลงวันที่ : 29/11/2561"
    numeric BE with "เวลา", a left menu, a related-news table with numeric dates, a
    "ผู้เข้าชม" counter made of digit images, a footer with the address and phones."""
    d = day_of(article)
    paragraphs = "<br />\n".join(
        f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}" for line in body_lines(article)
    )
    related_rows = "".join(
        f'<tr><td width="5%"><img src="images/bullet.gif"></td><td><a href="{h4table_url(r)}">{esc(r.title)}</a>'
        f' <font color="#999999">({day_of(r):%d/%m}/{be(r)})</font></td></tr>'
        for r in related
    )
    digits = "".join(
        f'<img src="images/counter/{c}.gif" alt="{c}">' for c in counter(article) if c.isdigit()
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>:: จังหวัดพระนครศรีอยุธยา ::</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header2014.jpg" width="1000" height="200" alt="จังหวัดพระนครศรีอยุธยา Phra Nakhon Si Ayutthaya Province"></td></tr>
<tr><td colspan="2" bgcolor="#7B1C1C"><a href="index.php"><font color="#FFFFFF">หน้าหลัก</font></a> | <a href="history.php"><font color="#FFFFFF">ประวัติจังหวัด</font></a> | <a href="news.php"><font color="#FFFFFF">ข่าวประชาสัมพันธ์</font></a> | <a href="contact.php"><font color="#FFFFFF">ติดต่อเรา</font></a></td></tr>
<tr><td width="220" valign="top" bgcolor="#F5EBD7">
<table width="100%"><tr><td class="menu_head">เมนูหลัก</td></tr>
<tr><td><a href="vision.php">วิสัยทัศน์</a></td></tr><tr><td><a href="structure.php">โครงสร้างหน่วยงาน</a></td></tr><tr><td><a href="executive.php">ผู้บริหารจังหวัด</a></td></tr><tr><td><a href="procure.php">ข่าวจัดซื้อจัดจ้าง</a></td></tr></table>
<table width="100%"><tr><td class="menu_head">สถิติผู้เข้าชม</td></tr><tr><td align="center">{digits}</td></tr></table>
</td>
<td width="780" valign="top">
<table width="100%" border="0" cellpadding="5"><tr><td class="bar_head" background="images/bar.gif"><b>ข่าวประชาสัมพันธ์</b></td></tr>
<tr><td><h4 style="color:#7B1C1C">{esc(article.title)}</h4></td></tr>
<tr><td align="right"><font size="2" color="#666666">ลงวันที่ : {d:%d/%m}/{be(article)} เวลา {d:%H:%M} น. | อ่าน : {counter(article)}</font></td></tr>
<tr><td class="news_detail">{paragraphs}</td></tr>
<tr><td align="center"><img src="news_img/{article.number}_1.jpg" width="400"></td></tr>
<tr><td align="right"><a href="print.php?news_id={article.number}"><img src="images/print.gif" alt="พิมพ์"></a> <a href="javascript:history.back()">&lt;&lt; กลับ</a></td></tr>
</table>
<table width="100%"><tr><td colspan="2" class="bar_head"><b>ข่าวที่เกี่ยวข้อง</b></td></tr>{related_rows}</table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#7B1C1C"><font color="#FFFFFF" size="2">ศาลากลางจังหวัดพระนครศรีอยุธยา ถนนโรจนะ ตำบลประตูชัย อำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา 13000<br>โทรศัพท์ 0-3533-6541 โทรสาร 0-3533-6542 webmaster@ayutthaya.go.th</font></td></tr>
</table></body></html>"""


# ------------------------------------------------------------------ AMP


def amp_url(article: DemoArticle) -> str:
    return f"https://www.dole.go.th/dole2024/?p={article.number}&amp=1"


def amp_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """The AMP view of a WordPress post (the official AMP plugin, "Reader" mode): <html ⚡>,
    the amp-boilerplate style, a JSON-LD NewsArticle, the title in h1.amp-wp-title, the
    date in a <time> whose text is "พฤศจิกายน 29, 2018" (WordPress's English-order format
    with Thai month names), amp-img, a social share bar, related posts with their dates."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    rel = "".join(
        f'<li><a href="{amp_url(r)}">{esc(r.title)}</a> <time datetime="{day_of(r).isoformat()}">'
        f"{THAI_MONTHS[day_of(r).month - 1]} {day_of(r).day}, {day_of(r).year}</time></li>"
        for r in related
    )
    jsonld = (
        '{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":"'
        f'{amp_url(article)}","publisher":{{"@type":"Organization","name":"กรมการจัดหางาน"}},'
        f'"headline":{_json(article.title)},"datePublished":"{d.isoformat()}",'
        f'"dateModified":"{d.isoformat()}","author":{{"@type":"Person","name":"pr_doe"}}}}'
    )
    return f"""<!doctype html>
<html amp lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(article.title)} &#8211; กรมการจัดหางาน</title>
<link rel="canonical" href="https://www.dole.go.th/dole2024/?p={article.number}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-header{{background:#0a3d91}}.amp-wp-title{{font-size:1.5em}}</style>
<script type="application/ld+json">{jsonld}</script></head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="https://www.dole.go.th/dole2024/"><amp-img src="/dole2024/wp-content/uploads/logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">กรมการจัดหางาน</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(article.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">pr_doe</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{d.isoformat()}">{THAI_MONTHS[d.month - 1]} {d.day}, {d.year}</time></div></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683" src="/dole2024/wp-content/uploads/{d:%Y/%m}/{article.number}.jpg" class="attachment-large size-large wp-post-image" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">{paragraphs}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">หมวดหมู่: <a href="#">{esc(article.category)}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="https://www.dole.go.th/dole2024/?p={article.number}#respond">แสดงความคิดเห็น</a></div></footer>
<div class="share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="line" width="40" height="40"></amp-social-share></div>
<section class="related"><h3>เรื่องที่เกี่ยวข้อง</h3><ul>{rel}</ul></section>
</article>
<footer class="amp-wp-footer"><div><h2>กรมการจัดหางาน</h2><p>กรมการจัดหางาน ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพฯ 10400 สายด่วน 1694</p><a href="#top" class="back-to-top">กลับขึ้นด้านบน</a></div></footer>
</body></html>"""


def _json(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


# ------------------------------------------------------------------ WordPress Astra + Elementor


def astra_url(article: DemoArticle) -> str:
    return f"http://nvi.go.th/?p={article.number + 3000}"


def astra_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress (Astra theme + Elementor sections): "เผยแพร่เมื่อ 27 พฤศจิกายน 2023"
    (Thai month, CHRISTIAN year), no date metadata, the headline an h1.entry-title after a
    hero banner whose h2 is the page category, a "เข้าชม N" view counter, related posts with
    their dates (same format), a sidebar of latest posts, a footer with address."""
    d = day_of(article)
    published = f"เผยแพร่เมื่อ {d.day} {THAI_MONTHS[d.month - 1]} {d.year}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    related_posts = "".join(
        f'<article class="ast-related-post"><div class="ast-related-post-content"><h3 class="ast-related-post-title">'
        f'<a href="{astra_url(r)}" rel="bookmark">{esc(r.title)}</a></h3>'
        f'<div class="entry-meta ast-related-cat-style--none">เผยแพร่เมื่อ {day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {day_of(r).year}</div></div></article>'
        for r in related
    )
    latest = "".join(f'<li><a href="{astra_url(r)}">{esc(r.title)}</a></li>' for r in related[:3])
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} &#8211; วิทยาลัยอาชีวศึกษา</title>
<meta name="generator" content="WordPress 6.4.2"><meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization"></head>
<body class="post-template-default single single-post postid-{article.number + 3000} single-format-standard ast-single-post ast-blog-single-style-1 ast-right-sidebar elementor-default">
<div class="hfeed site" id="page"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="ast-primary-header-bar"><div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/logo.png" alt="วิทยาลัยอาชีวศึกษา"></a></span>
<div class="ast-site-title-wrap"><span class="site-title"><a href="/">วิทยาลัยอาชีวศึกษา</a></span><p class="site-description">Vocational College</p></div></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu"><li class="menu-item"><a href="/" class="menu-link">หน้าแรก</a></li><li class="menu-item"><a href="/?cat=2" class="menu-link">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/?page_id=12" class="menu-link">ติดต่อเรา</a></li></ul></nav></div></header>
<div data-elementor-type="section" class="elementor elementor-hero"><section class="elementor-section"><div class="elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-xl">ข่าวประชาสัมพันธ์</h2></div></section></div>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-{article.number + 3000} post type-post status-publish format-standard has-post-thumbnail hentry category-news ast-article-single" id="post-{article.number + 3000}">
<div class="ast-post-format- single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">{esc(article.title)}</h1>
<div class="entry-meta"><span class="posted-on">{published}</span> / <span class="posted-by vcard author">โดย <a class="url fn n" href="/?author=2">งานประชาสัมพันธ์</a></span> / <span class="post-views">เข้าชม {counter(article)}</span></div></header>
<div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-post" class="elementor elementor-{article.number + 3000}"><section class="elementor-section elementor-top-section"><div class="elementor-widget-container">{paragraphs}</div></section>
<section class="elementor-section"><div class="elementor-widget-image-gallery"><div class="elementor-image-gallery"><div class="gallery galleryid-{article.number} gallery-columns-4"><figure class="gallery-item"><img src="/wp-content/uploads/{d:%Y/%m}/{article.number}-1.jpg" alt=""></figure><figure class="gallery-item"><img src="/wp-content/uploads/{d:%Y/%m}/{article.number}-2.jpg" alt=""></figure></div></div></div></section></div>
</div></div>
<div class="ast-social-share"><a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">คัดลอกลิงก์</a></div>
</article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="ast-post-nav">&larr; ก่อนหน้า</span></a></div><div class="nav-next"><a href="#" rel="next"><span class="ast-post-nav">ถัดไป &rarr;</span></a></div></div></nav>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">เรื่องที่เกี่ยวข้อง</h2></div><div class="ast-related-posts-wrapper">{related_posts}</div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{latest}</ul></aside>
<aside class="widget widget_search"><form role="search" method="get" class="search-form"><input type="search" class="search-field" placeholder="ค้นหา &hellip;"></form></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-html-element"><p>วิทยาลัยอาชีวศึกษา 123 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดนครราชสีมา 30000 โทร. 044-242-567</p><p>Copyright &copy; {d.year} วิทยาลัยอาชีวศึกษา | Powered by วิทยาลัยอาชีวศึกษา</p></div></div></footer>
</div></body></html>"""


def no_hints(article: DemoArticle) -> Hints:
    return Hints()
