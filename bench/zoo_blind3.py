"""The "blind3" half of the template zoo (bench/zoo.py): a third set of families written
without the extractor.

Written on 2026-11-29, after the blind and blind2 halves, by someone who did NOT open, read
or grep the extractor or the date and clean code (crawler/extract.py, crawler/extraction*,
pipelines/) nor the scoring internals of bench/extraction.py, and who
never ran any extraction code on these pages: the only check made while writing them
rendered every page and verified, with the standard library's html.parser, that it is
well-formed and holds the article's title, every body line, the intended date and other
articles' dates
(tests/test_zoo_blind3_pages.py). Their first measurement (bench/extraction.py --half
blind3, run once by the lead) is the honest "never seen" figure.

Each family imitates a system not yet in the zoo (XOOPS news module, Mambo 4.5, PHP-Fusion,
e107, SilverStripe, Contao, 1C-Bitrix, Webflow, Tilda, HubSpot CMS blog, Grav, October CMS
with RainLab.Blog) with its real noise: menus, breadcrumbs, share bars, view counters,
cookie banners, boxes of OTHER articles with their headlines and dates before and after
the article, comments, footers with addresses and phones; <title>, og:, microdata and
JSON-LD right on some sites, absent, partial or wrong on others; and a date format each of
these systems really prints for a Thai site (CE and BE years, two-digit years, Thai digits,
month-first, English months and ordinals, a visible ISO stamp, time suffixes).
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench.zoo import (
    ABBR,
    EN_ABBR,
    THAI_MONTHS,
    WEEKDAYS,
    Hints,
    body_lines,
    counter,
    day_of,
    esc,
    script_json,
    thai_digits,
)
from crawler.demo.corpus import DemoArticle


def _lead(article: DemoArticle, size: int = 110) -> str:
    lines = body_lines(article)
    return lines[-1][:size] if lines else ""


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# ------------------------------------------------------------------ XOOPS news module


def xoops_url(article: DemoArticle) -> str:
    return f"https://www.nakhonpathom.go.th/modules/news/article.php?storyid={article.number}"


def _xoops_date(moment: datetime) -> str:
    # formatTimestamp($published, "m") with the Thai pack's _MEDIUMDATESTRING "Y/n/j G:i"
    return f"{moment.year}/{moment.month}/{moment.day} {moment.hour}:{moment.minute:02d}"


def xoops_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """XOOPS 2.5 news module (default theme): <title> "site - topic - headline"; the story
    sits in a table: the topic image, the headline in a ``div.itemHead span.itemTitle``
    link, the "ส่งโดย webmaster เมื่อ 2024/3/5 10:22 (1,234 อ่าน)" info line in
    numeric Y/n/j CE form; a left block column of "ข่าวล่าสุด" with (Y/n/j) dates comes
    first, the "ข่าวก่อนหน้า/ข่าวถัดไป" navigation and the XOOPS comment bar after."""
    d = day_of(article)
    paragraphs = "<br />\n".join(esc(line) for line in body_lines(article))
    latest = "".join(
        f'<li><a href="{xoops_url(r)}">{esc(r.title)}</a> <span class="xo-date">({day_of(r).year}/{day_of(r).month}/{day_of(r).day})</span></li>'
        for r in related[:2]
    )
    prev, nxt = related[2], related[3]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-language" content="th" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="จังหวัดนครปฐม, ข่าวประชาสัมพันธ์, {esc(article.category)}" />
<meta name="description" content="{esc(_lead(article))}" />
<meta name="generator" content="XOOPS" />
<title>สำนักงานจังหวัดนครปฐม - ข่าวประชาสัมพันธ์ - {esc(article.title)}</title>
<link href="/favicon.ico" rel="SHORTCUT ICON" />
<link rel="stylesheet" type="text/css" media="all" href="/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" href="/themes/default/style.css" />
<script type="text/javascript" src="/include/xoops.js"></script>
</head>
<body>
<table cellspacing="0">
<tr id="header">
<td id="headerlogo"><a href="/" title="สำนักงานจังหวัดนครปฐม"><img src="/themes/default/logo.gif" width="150" height="80" alt="" /></a></td>
<td id="headerbanner"><div class="xo-banner">ศูนย์ดำรงธรรมจังหวัดนครปฐม โทร. 1567</div></td>
</tr>
<tr><td id="headerbar" colspan="2">&nbsp;</td></tr>
</table>
<table cellspacing="0">
<tr>
<td id="leftcolumn">
<div class="blockTitle">เมนูหลัก</div>
<div class="blockContent"><ul class="mainmenu"><li><a class="menuTop" href="/">หน้าแรก</a></li><li><a class="menuMain" href="/modules/news/">ข่าวประชาสัมพันธ์</a></li><li><a class="menuMain" href="/modules/tinyd1/">ข้อมูลจังหวัด</a></li><li><a class="menuMain" href="/modules/wfdownloads/">ดาวน์โหลดเอกสาร</a></li><li><a class="menuMain" href="/modules/contact/">ติดต่อเรา</a></li></ul></div>
<div class="blockTitle">ข่าวล่าสุด</div>
<div class="blockContent"><ul>{latest}</ul></div>
<div class="blockTitle">ผู้ใช้งานออนไลน์</div>
<div class="blockContent">ผู้เยี่ยมชม: 17<br />สมาชิก: 0<br />ทั้งหมด: 17</div>
</td>
<td id="centercolumn">
<div id="content">
<div class="news-article">
<table border="0" cellpadding="0" cellspacing="1" width="100%"><tr><td>
<div class="item">
<div class="itemHead"><span class="itemTitle"><a href="/modules/news/index.php?storytopic=3">ข่าวประชาสัมพันธ์</a>: <a href="{xoops_url(article)}">{esc(article.title)}</a></span></div>
<div class="itemInfo"><span class="itemPoster">ส่งโดย <a href="/userinfo.php?uid=1">webmaster</a></span> <span class="itemPostDate">เมื่อ {_xoops_date(d)}</span> (<span class="itemStats">{counter(article)} อ่าน</span>)</div>
<div class="itemBody"><img src="/uploads/news/topic_pr.gif" alt="ข่าวประชาสัมพันธ์" hspace="10" vspace="10" align="right" />
<p class="itemText">{paragraphs}</p></div>
<div class="itemFoot"><span class="itemAdminLink"></span> <span class="itemPermaLink"><a href="/modules/news/print.php?storyid={article.number}"><img src="/modules/news/images/print.gif" alt="พิมพ์" /></a> <a href="/modules/news/makepdf.php?storyid={article.number}"><img src="/modules/news/images/pdf.gif" alt="PDF" /></a> <a href="mailto:?subject={article.number}"><img src="/modules/news/images/friend.gif" alt="ส่งต่อให้เพื่อน" /></a></span></div>
</div>
</td></tr></table>
<div class="news-navigation" style="text-align: center;">
<div class="prevnext"><a href="{xoops_url(prev)}" title="ข่าวก่อนหน้า">&laquo; {esc(prev.title)}</a> ({day_of(prev).year}/{day_of(prev).month}/{day_of(prev).day})</div>
<div class="prevnext"><a href="{xoops_url(nxt)}" title="ข่าวถัดไป">{esc(nxt.title)} &raquo;</a> ({day_of(nxt).year}/{day_of(nxt).month}/{day_of(nxt).day})</div>
</div>
<div style="text-align: center; padding: 3px; margin:3px;"><form method="get" action="comment_new.php"><select name="com_mode"><option value="flat">แบบเรียงลำดับ</option><option value="thread">แบบกระทู้</option></select> <input type="submit" value="แสดง" class="formButton" /></form></div>
<div class="xo-comments">ความคิดเห็นเป็นของผู้เขียน ทางเว็บไซต์ไม่รับผิดชอบใด ๆ ทั้งสิ้น</div>
</div>
</div>
</td>
</tr>
</table>
<div id="footer">สำนักงานจังหวัดนครปฐม ศาลากลางจังหวัดนครปฐม ถนนทรงพล ตำบลพระปฐมเจดีย์ อำเภอเมือง จังหวัดนครปฐม 73000 โทร. 0 3434 0001<br />Powered by XOOPS &copy; 2001-2024 <a href="https://xoops.org" title="The XOOPS Project">The XOOPS Project</a></div>
</body>
</html>"""


def xoops_hints(article: DemoArticle) -> Hints:
    """The news module's topic listing gives the headline and the same Y/n/j date."""
    return Hints(title=article.title, list_date=_xoops_date(day_of(article)))


# ------------------------------------------------------------------ Mambo 4.5


def mambo_url(article: DemoArticle) -> str:
    return (
        f"http://www.bkw.ac.th/index.php?option=com_content&task=view&id={article.number}&Itemid=26"
    )


def _mambo_date(moment: datetime) -> str:
    # mosFormatDate(created, _DATE_FORMAT_LC2) with setlocale th_TH: "%A, %d %B %Y %H:%M"
    return (
        f"{WEEKDAYS[moment.weekday()]}, {moment.day:02d} {THAI_MONTHS[moment.month - 1]} "
        f"{moment.year} {moment:%H:%M}"
    )


def mambo_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Mambo 4.5.x school site (rhuk_solarflare table theme): <title> the site name only,
    no og:, the headline in ``td.contentheading``, the created date in ``td.createdate``
    as strftime with a Thai locale: ``อังคาร, 05 มีนาคม 2024 10:22`` (CE year from %Y);
    the newsflash module (another article's headline and text) above the component, the
    "ข่าวอื่นๆ" more-links table with d/m/Y dates under it, a poll, the visitor counter
    and the school's address in the footer."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    flash = related[0]
    more = "".join(
        f'<tr><td><a href="{mambo_url(r)}" class="blogsection">{esc(r.title)}</a> <span class="small">- {day_of(r):%d/%m/%Y}</span></td></tr>'
        for r in related[1:]
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>โรงเรียนบ้านเขว้าวิทยา - ข่าวประชาสัมพันธ์</title>
<meta name="description" content="โรงเรียนบ้านเขว้าวิทยา สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาชัยภูมิ" />
<meta name="keywords" content="โรงเรียน, ชัยภูมิ, mambo" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2005 Miro International Pty Ltd.  All rights reserved." />
<meta name="robots" content="index, follow" />
<link rel="shortcut icon" href="http://www.bkw.ac.th/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="http://www.bkw.ac.th/templates/rhuk_solarflare_ii/css/template_css.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div align="center">
<table border="0" cellpadding="0" cellspacing="0" width="808">
<tr><td class="outline">
<div id="buttons_outer"><div id="buttons_inner"><div id="buttons"><ul id="mainlevel-nav"><li><a href="http://www.bkw.ac.th/" class="mainlevel-nav">หน้าแรก</a></li><li><a href="http://www.bkw.ac.th/index.php?option=com_content&amp;task=blogsection&amp;id=1&amp;Itemid=26" class="mainlevel-nav">ข่าวประชาสัมพันธ์</a></li><li><a href="http://www.bkw.ac.th/index.php?option=com_contact&amp;Itemid=3" class="mainlevel-nav">ติดต่อเรา</a></li></ul></div></div></div>
<div id="search_outer"><div id="search_inner"><form action="index.php" method="post"><input class="inputbox" type="text" name="searchword" size="15" value="ค้นหา..." /><input type="hidden" name="option" value="search" /></form></div></div>
<div id="header_outer"><div id="header">&nbsp;</div>
<div id="top_outer"><div id="top_inner">
<table class="moduletable"><tr><td>
<table class="contentpaneopen"><tr><td valign="top">
<b>ข่าวเด่น:</b> <a href="{mambo_url(flash)}">{esc(flash.title)}</a><br />{esc(_lead(flash))}...
</td></tr></table>
</td></tr></table>
</div></div></div>
<div id="left_outer"><div id="left_inner">
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">เมนูหลัก</th></tr><tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr align="left"><td><a href="http://www.bkw.ac.th/" class="mainlevel">หน้าแรก</a></td></tr><tr align="left"><td><a href="index.php?option=com_content&amp;task=section&amp;id=2&amp;Itemid=27" class="mainlevel">ประวัติโรงเรียน</a></td></tr><tr align="left"><td><a href="index.php?option=com_weblinks&amp;Itemid=4" class="mainlevel">เว็บลิงก์</a></td></tr></table>
</td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">สำรวจความคิดเห็น</th></tr><tr><td>
<form action="index.php" method="post" name="form2"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><thead><tr><td style="font-weight: bold;">เว็บไซต์ของโรงเรียนใช้งานง่ายหรือไม่</td></tr></thead><tr><td><input type="radio" name="voteid" value="1" /> มาก</td></tr><tr><td><input type="radio" name="voteid" value="2" /> ปานกลาง</td></tr></table></form>
</td></tr></table>
</div></div>
<div id="content_outer"><div id="content_inner">
<table class="contentpaneopen">
<tr>
<td class="contentheading" width="100%">{esc(article.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;task=view&amp;id={article.number}&amp;pop=1&amp;page=0&amp;Itemid=26" title="พิมพ์"><img src="images/M_images/printButton.png" alt="พิมพ์" name="Print" align="middle" border="0" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;task=emailform&amp;id={article.number}&amp;itemid=26" title="อีเมล์"><img src="images/M_images/emailButton.png" alt="อีเมล์" name="E-Mail" align="middle" border="0" /></a></td>
</tr>
</table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">เขียนโดย ฝ่ายประชาสัมพันธ์</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{_mambo_date(d)}</td></tr>
<tr><td valign="top" colspan="2">{paragraphs}</td></tr>
<tr><td colspan="2" align="left" class="modifydate">ปรับปรุงล่าสุด ( {WEEKDAYS[d.weekday()]}, {d.day:02d} {THAI_MONTHS[d.month - 1]} {d.year} 16:40 )</td></tr>
</table>
<span class="article_seperator">&nbsp;</span>
<table class="contentpane"><tr><td><div><strong>ข่าวอื่นๆ...</strong></div></td></tr>{more}</table>
</div></div>
<div id="footer_outer"><div id="footer">โรงเรียนบ้านเขว้าวิทยา 99 หมู่ 1 ตำบลบ้านเขว้า อำเภอบ้านเขว้า จังหวัดชัยภูมิ 36170 โทร. 044-891-123<br />ผู้เข้าชม: {counter(article)}<br />Powered by Mambo. Mambo is Free Software released under the GNU/GPL License.</div></div>
</td></tr>
</table>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ PHP-Fusion


def fusion_url(article: DemoArticle) -> str:
    return f"https://www.thapla.go.th/news.php?readmore={article.number}"


def _fusion_long(moment: datetime) -> str:
    # showdate("longdate") with the Thai locale's longdate "%B %d %Y %H:%M:%S"
    return f"{THAI_MONTHS[moment.month - 1]} {moment.day:02d} {moment.year} {moment:%H:%M:%S}"


def fusion_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """PHP-Fusion 7 on a Tambon office site: <title> "site - ข่าว: headline"; the headline
    in ``td.capmain-left`` of the news opentable, the info bar "โพสต์โดย admin
    มีนาคม 05 2024 10:22:00" (strftime longdate, MONTH FIRST, CE year), the reads
    counter and comments; the left side panel "ข่าวล่าสุด" with shortdate d.m.y
    (two-digit CE years) before, the comments panel and the footer after."""
    d = day_of(article)
    paragraphs = "<br />\n<br />\n".join(esc(line) for line in body_lines(article))
    latest = "".join(
        f'<div class="side-small"><img src="/themes/Gillette/images/bullet.gif" alt="" /> <a href="{fusion_url(r)}" title="{esc(r.title)}" class="side">{esc(r.title)}</a> <span class="small2">[{day_of(r):%d.%m.%y}]</span></div>'
        for r in related
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<title>องค์การบริหารส่วนตำบลท่าปลา - ข่าว: {esc(article.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="องค์การบริหารส่วนตำบลท่าปลา" />
<meta name="keywords" content="อบต.ท่าปลา, ข่าวสาร" />
<link rel="stylesheet" href="themes/Gillette/styles.css" type="text/css" media="screen" />
<link rel="shortcut icon" href="images/favicon.ico" type="image/x-icon" />
<script type="text/javascript" src="includes/jscript.js"></script>
<script type="text/javascript" src="includes/jquery/jquery.js"></script>
</head>
<body>
<table cellpadding="0" cellspacing="0" width="100%">
<tr><td class="full-header"><img src="themes/Gillette/images/banner.jpg" alt="องค์การบริหารส่วนตำบลท่าปลา" /></td></tr>
</table>
<table cellpadding="0" cellspacing="0" width="100%">
<tr><td class="sub-header-left"></td>
<td class="sub-header"><ul><li class="first-link"><a href="index.php"><span>หน้าแรก</span></a></li><li><a href="news.php"><span>ข่าวสาร</span></a></li><li><a href="downloads.php"><span>ดาวน์โหลด</span></a></li><li><a href="contact.php"><span>ติดต่อ</span></a></li></ul></td>
<td align="right" class="sub-header">วันนี้ 29.11.26</td>
<td class="sub-header-right"></td></tr>
</table>
<table cellpadding="0" cellspacing="0" width="100%" class="main-bg">
<tr>
<td class="side-border-left" valign="top">
<table cellpadding="0" cellspacing="0" width="100%" class="border"><tr><td class="scapmain">ข่าวล่าสุด</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%" class="side-body"><tr><td>{latest}</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%" class="border"><tr><td class="scapmain">เข้าสู่ระบบ</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%" class="side-body"><tr><td><form name="loginform" method="post" action="news.php"><input type="text" name="user_name" class="textbox" /><input type="password" name="user_pass" class="textbox" /><input type="submit" name="login" value="เข้าสู่ระบบ" class="button" /></form></td></tr></table>
</td>
<td class="main-bg" valign="top">
<table cellpadding="0" cellspacing="0" width="100%"><tr>
<td class="capmain-left"></td>
<td class="capmain">{esc(article.title)}</td>
<td class="capmain-right"></td>
</tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="spacer"><tr><td class="main-body">
<div style="width:100%"><div class="news-category floatfix"><a href="news_cats.php?cat_id=2"><img src="images/news_cats/general.gif" alt="{esc(article.category)}" class="news-category" /></a></div>
{paragraphs}</div>
</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%"><tr><td align="center" class="news-footer">
<img src="themes/Gillette/images/bullet.gif" class="bullet" width="3" height="5" alt="&gt;" /> โพสต์โดย <a href="profile.php?lookup=1">admin</a> {_fusion_long(d)} &middot;
<img src="themes/Gillette/images/bullet.gif" class="bullet" width="3" height="5" alt="&gt;" /> {counter(article)} อ่าน &middot;
<a href="print.php?type=N&amp;item_id={article.number}"><img src="themes/Gillette/images/printer.gif" alt="พิมพ์" style="vertical-align:middle;border:0;" /></a>
</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%"><tr><td class="capmain">ความคิดเห็น</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="spacer"><tr><td class="main-body"><div style="text-align:center">ยังไม่มีการแสดงความคิดเห็น</div>
<div class="tbl2">กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div></td></tr></table>
</td>
</tr>
</table>
<table cellpadding="0" cellspacing="0" width="100%"><tr>
<td class="main-footer" align="center">องค์การบริหารส่วนตำบลท่าปลา 199 หมู่ 4 ตำบลท่าปลา อำเภอท่าปลา จังหวัดอุตรดิตถ์ 53150 โทรศัพท์ 0-5548-1234 โทรสาร 0-5548-1235</td>
</tr><tr>
<td class="sub-footer" align="center">Powered by <a href="https://www.php-fusion.co.uk">PHP-Fusion</a> copyright &copy; 2002 - 2024 by Nick Jones. Released as free software without warranties under GNU Affero GPL v3. {counter(article)} ผู้เยี่ยมชมที่ไม่ซ้ำกัน</td>
</tr></table>
</body>
</html>"""


# ------------------------------------------------------------------ e107


def e107_url(article: DemoArticle) -> str:
    return f"https://www.skn.go.th/news.php?extend.{article.number}"


def _e107_date(moment: datetime) -> str:
    # the Thai language pack's LAN date "j F Y - H:i" run through the site's Thai-digit filter
    return thai_digits(
        f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543} - {moment:%H:%M}"
    )


def _e107_short(moment: datetime) -> str:
    return thai_digits(f"{moment.day} {ABBR[moment.month - 1]} {(moment.year + 543) % 100:02d}")


def e107_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """e107 v1 (jayya theme) on a provincial site that prints Thai digits throughout:
    <title> "site / ข่าว", og: absent, the news item's caption ``div.caption`` is the
    SECTION ("ข่าวประชาสัมพันธ์") and the headline a plain ``<b>`` in the news body, the
    info line "ประกาศเมื่อ ๕ มีนาคม ๒๕๖๗ - ๑๐:๒๒" (Thai digits, BE year); the "Other
    News" menu (two-digit BE years in Thai digits) on the right, the comment count and
    the sitebutton/footer after."""
    d = day_of(article)
    paragraphs = "<br /><br />".join(esc(line) for line in body_lines(article))
    others = "".join(
        f'<div class="othernews"><img src="/e107_themes/jayya/images/bullet2.gif" alt="" /> <a href="{e107_url(r)}">{esc(r.title)}</a><br /><span class="smalltext">{_e107_short(day_of(r))}</span></div>'
        for r in related
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th">
<head>
<title>สำนักงานจังหวัดสกลนคร / ข่าว</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta http-equiv="content-style-type" content="text/css" />
<meta name="description" content="สำนักงานจังหวัดสกลนคร" />
<link rel="stylesheet" href="/e107_themes/jayya/style.css" type="text/css" media="all" />
<link rel="alternate" type="application/rss+xml" title="สำนักงานจังหวัดสกลนคร RSS feed" href="/e107_plugins/rss_menu/rss.php?1.2" />
<script type="text/javascript" src="/e107_files/e107.js"></script>
</head>
<body>
<div id="header"><div id="logo"><img src="/e107_themes/jayya/images/logo.png" alt="สำนักงานจังหวัดสกลนคร" /></div>
<div id="sitename">สำนักงานจังหวัดสกลนคร<br /><span class="sitetag">ศาลากลางจังหวัดสกลนคร</span></div></div>
<div id="navigation"><ul class="nav"><li><a href="/index.php">หน้าหลัก</a></li><li><a href="/news.php">ข่าว</a></li><li><a href="/download.php">ดาวน์โหลด</a></li><li><a href="/contact.php">ติดต่อ</a></li></ul></div>
<table style="width:100%" cellspacing="0" cellpadding="0"><tr>
<td style="width:75%; vertical-align: top;">
<div class="spacer">
<div class="cap_border"><div class="main_caption"><div class="caption">ข่าวประชาสัมพันธ์</div></div></div>
<div class="bodytable">
<div class="news_item">
<div class="newsinfo"><img src="/e107_images/newsicons/pr.png" alt="" style="float:left;" /> <b>{esc(article.title)}</b></div>
<div class="smalltext">ประกาศเมื่อ {_e107_date(d)} โดย <a href="/user.php?id.2">ประชาสัมพันธ์จังหวัด</a></div>
<div class="newsbody">{paragraphs}</div>
<div class="newscomments"><a href="/comment.php?comment.news.{article.number}">ความคิดเห็น: {thai_digits("0")}</a> | <a href="/print.php?news.{article.number}"><img src="/e107_images/generic/printer.png" alt="พิมพ์" /></a> | <a href="/email.php?news.{article.number}"><img src="/e107_images/generic/email.png" alt="อีเมล" /></a></div>
</div>
</div>
</div>
</td>
<td style="width:25%; vertical-align: top;">
<div class="cap_border"><div class="main_caption"><div class="caption">ข่าวอื่นๆ</div></div></div>
<div class="menus_text">{others}</div>
<div class="cap_border"><div class="main_caption"><div class="caption">สถิติผู้เข้าชม</div></div></div>
<div class="menus_text">ผู้เข้าชมวันนี้: {thai_digits(counter(article))}</div>
</td>
</tr></table>
<div style="text-align:center" class="smalltext">ศาลากลางจังหวัดสกลนคร ถนนศูนย์ราชการ ตำบลธาตุเชิงชุม อำเภอเมือง จังหวัดสกลนคร ๔๗๐๐๐ โทร. ๐ ๔๒๗๑ ๑๐๓๐<br />
This site is powered by <a href="http://e107.org/">e107</a>, which is released under the terms of the GNU GPL License.</div>
</body>
</html>"""


# ------------------------------------------------------------------ SilverStripe


def silverstripe_url(article: DemoArticle) -> str:
    return f"https://www.onab.go.th/news/pr-{article.number}/"


def _ss_date(moment: datetime) -> str:
    # $Date.Format('dd/MM/y') with the year shifted to BE by the site's own extension
    return f"{moment:%d/%m}/{moment.year + 543}"


def silverstripe_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """SilverStripe 4 (simple theme) NewsPage: <title> "headline &raquo; site", og:title
    the SITE (a SiteConfig-wide meta module), no JSON-LD; breadcrumbs, the headline in
    ``article > h1``, "วันที่ลงข่าว: 05/03/2567" (d/m/BE numeric) in ``p.meta``; a
    sidebar of ``$Parent.Children`` (other news with the same date format) after the
    content, the cookie consent bar and the footer with the address."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    siblings = "".join(
        f'<li class="link"><a href="{silverstripe_url(r)}" title="{esc(r.title)}"><span class="text">{esc(r.title)}</span></a> <span class="date">{_ss_date(day_of(r))}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<!--[if !IE]><!-->
<html lang="th-TH">
<!--<![endif]-->
<head>
<base href="https://www.onab.go.th/"><!--[if lte IE 6]></base><![endif]-->
<title>{esc(article.title)} &raquo; สำนักงานการบินพลเรือน</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="SilverStripe - https://www.silverstripe.org">
<meta property="og:title" content="สำนักงานการบินพลเรือน">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.onab.go.th/">
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/reset.css?m=1709600000">
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/layout.css?m=1709600000">
</head>
<body class="NewsPage" dir="ltr">
<header class="header" role="banner">
<div class="inner"><div class="unit size4of4 lastUnit">
<a href="/" class="brand" rel="home"><h1>สำนักงานการบินพลเรือน</h1><p>Office of National Aviation Board</p></a>
<div class="search-bar"><form id="SearchForm_SearchForm" action="/home/SearchForm" method="get" enctype="application/x-www-form-urlencoded"><fieldset><div id="Search" class="field text nolabel"><div class="middleColumn"><input type="text" name="Search" value="" class="text nolabel" id="SearchForm_SearchForm_Search" placeholder="ค้นหา"></div></div><input type="submit" name="action_results" value="ไป" class="action" id="SearchForm_SearchForm_action_results"></fieldset></form></div>
<header class="nav-open-button">&#8801;</header>
<nav class="primary"><ul><li class="link"><a href="/" title="หน้าหลัก">หน้าหลัก</a></li><li class="section"><a href="/news/" title="ข่าวสาร">ข่าวสาร</a></li><li class="link"><a href="/about-us/" title="เกี่ยวกับเรา">เกี่ยวกับเรา</a></li><li class="link"><a href="/contact-us/" title="ติดต่อเรา">ติดต่อเรา</a></li></ul></nav>
</div></div>
</header>
<div class="main" role="main">
<div class="inner typography line">
<div class="content-container unit size3of4 lastUnit">
<article>
<div id="Breadcrumbs"><p><a href="/" class="breadcrumb-1">หน้าหลัก</a> &raquo; <a href="/news/" class="breadcrumb-2">ข่าวสาร</a> &raquo; <span class="breadcrumb-3">ข่าวประชาสัมพันธ์</span></p></div>
<h1>{esc(article.title)}</h1>
<p class="meta">วันที่ลงข่าว: {_ss_date(d)} | หมวด: {esc(article.category)}</p>
<div class="content">{paragraphs}</div>
</article>
<form id="PageCommentInterface_Form" action="/news/pr-{article.number}/CommentsForm" method="post"><fieldset><legend>แสดงความคิดเห็น</legend><textarea name="Comment" rows="5" cols="40"></textarea><input type="submit" value="ส่ง"></fieldset></form>
</div>
<aside class="sidebar unit size1of4">
<nav class="secondary"><h3>ข่าวสาร</h3><ul>{siblings}</ul></nav>
</aside>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="inner"><div class="unit size4of4 lastUnit"><div class="left"><span><a href="/">หน้าหลัก</a></span> <span class="arrow">&rarr;</span> <span>ข่าวสาร</span></div>
<small class="right">สำนักงานการบินพลเรือน 333/105 ถนนวิภาวดีรังสิต แขวงดอนเมือง เขตดอนเมือง กรุงเทพฯ 10210 โทร. 0 2568 8800</small></div></div>
</footer>
<div id="cookieconsent" class="cookie-consent"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อประสบการณ์การใช้งานที่ดียิ่งขึ้น <a href="/privacy-policy/">อ่านนโยบาย</a></p><button type="button" class="cookie-consent__accept">ยอมรับ</button></div>
<script type="text/javascript" src="/_resources/themes/simple/javascript/script.js?m=1709600000"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Contao


def contao_url(article: DemoArticle) -> str:
    return f"https://www.tceb.go.th/th/news/detail/pr-{article.number}.html"


def contao_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Contao 4.13 news reader (mod_newsreader with news_full): <title> "headline -
    site"; ``p.info`` holds ``<time datetime="2024-03-05T10:22:00+07:00"
    itemprop="datePublished">05.03.2024 10:22</time> โดย ...`` (the German d.m.Y default
    nobody changed), schema.org microdata on the layout; a mod_newslist of the latest
    news (same date form) above the reader in the main column, the back link, a
    mod_newsarchive of months, the Contao cookiebar and footer after."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    top = "".join(
        f'<div class="layout_short arc_1 block" itemscope itemtype="http://schema.org/Article"><p class="info"><time datetime="{day_of(r).isoformat()}" itemprop="datePublished">{day_of(r):%d.%m.%Y %H:%M}</time></p>'
        f'<h2 itemprop="name"><a href="{contao_url(r)}" title="อ่านบทความ: {esc(r.title)}" itemprop="url"><span itemprop="headline">{esc(r.title)}</span></a></h2></div>'
        for r in related[:2]
    )
    bottom = "".join(
        f'<li><a href="{contao_url(r)}">{esc(r.title)}</a> <span class="date">{day_of(r):%d.%m.%Y}</span></li>'
        for r in related[2:]
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} - สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ</title>
<base href="https://www.tceb.go.th/">
<meta name="robots" content="index,follow">
<meta name="description" content="{esc(_lead(article))}">
<meta name="generator" content="Contao Open Source CMS">
<link rel="canonical" href="{contao_url(article)}">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,news.css-8a7d9b3e.css">
<script src="assets/js/jquery.min.js-c31f118d.js"></script>
</head>
<body id="top" itemscope itemtype="http://schema.org/WebPage">
<div id="wrapper">
<header id="header"><div class="inside">
<a href="th/" class="logo"><img src="files/tceb/layout/logo.svg" alt="TCEB"></a>
<!-- indexer::stop -->
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="th/news/detail/pr-{article.number}.html#skipNavigation1" class="invisible">ข้ามการนำทาง</a>
<ul class="level_1"><li class="first"><a href="th/" title="หน้าแรก" class="first" itemprop="url"><span itemprop="name">หน้าแรก</span></a></li><li class="trail"><a href="th/news.html" title="ข่าวสาร" class="trail" itemprop="url"><span itemprop="name">ข่าวสาร</span></a></li><li class="last"><a href="th/contact.html" title="ติดต่อ" class="last" itemprop="url"><span itemprop="name">ติดต่อ</span></a></li></ul>
<span id="skipNavigation1" class="invisible"></span></nav>
<!-- indexer::continue -->
</div></header>
<div id="container">
<main id="main"><div class="inside">
<!-- indexer::stop -->
<div class="mod_breadcrumb block" aria-label="Breadcrumb"><ul itemscope itemtype="http://schema.org/BreadcrumbList"><li class="first" itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement"><a href="th/" title="TCEB" itemprop="item"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1"></li><li itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement"><a href="th/news.html" title="ข่าวสาร" itemprop="item"><span itemprop="name">ข่าวสาร</span></a><meta itemprop="position" content="2"></li><li class="active last">รายละเอียดข่าว</li></ul></div>
<div class="mod_newslist latest block"><h3>ข่าวล่าสุด</h3>{top}</div>
<!-- indexer::continue -->
<div class="mod_newsreader block">
<div class="layout_full block" itemscope itemtype="http://schema.org/Article">
<h1 itemprop="name">{esc(article.title)}</h1>
<p class="info"><time datetime="{d.isoformat()}" itemprop="datePublished">{d:%d.%m.%Y %H:%M}</time> โดย <span itemprop="author">ฝ่ายสื่อสารองค์กร</span></p>
<div class="ce_text block" itemprop="text">{paragraphs}</div>
<div class="enclosure"><p><img src="assets/contao/images/iconPDF.svg" width="18" height="18" alt="" class="mime_icon"> <a href="th/news/detail/pr-{article.number}.html?file=files/tceb/news/pr-{article.number}.pdf" title="ดาวน์โหลด pr-{article.number}.pdf">pr-{article.number}.pdf <span class="size">(212,4 KiB)</span></a></p></div>
</div>
<!-- indexer::stop -->
<p class="back"><a href="javascript:history.go(-1)" title="กลับ">กลับ</a></p>
<!-- indexer::continue -->
</div>
</div></main>
<aside id="right"><div class="inside">
<div class="mod_newslist block"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{bottom}</ul></div>
<div class="mod_newsarchive block"><h3>คลังข่าว</h3><ul><li><a href="th/news.html?month={d:%Y%m}">{THAI_MONTHS[d.month - 1]} {d.year}</a></li></ul></div>
</div></aside>
</div>
<footer id="footer"><div class="inside"><p>สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ (องค์การมหาชน) อาคารสิริภิญโญ ชั้น 25 ถนนศรีอยุธยา ราชเทวี กรุงเทพฯ 10400 โทร. 0 2694 6000</p></div></footer>
</div>
<div class="contao-cookiebar cc-bottom" role="complementary" aria-describedby="cookiebar-desc"><div class="cc-inner"><div id="cookiebar-desc" class="cc-head"><p>เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นต่อการทำงาน</p></div><div class="cc-footer"><button class="cc-btn success" data-accept-all="">ยอมรับทั้งหมด</button><button class="cc-btn deny" data-deny-all="">ปฏิเสธ</button></div></div></div>
<script type="application/ld+json">{script_json({"@context": {"contao": "https://schema.contao.org/"}, "@type": "contao:Page", "contao:title": "รายละเอียดข่าว", "contao:pageId": 34, "contao:noSearch": False, "contao:protected": False})}</script>
</body>
</html>"""


# ------------------------------------------------------------------ 1C-Bitrix


def bitrix_url(article: DemoArticle) -> str:
    return f"https://www.thaitrade-ru.go.th/news/{article.number}/"


def _bitrix_date(moment: datetime) -> str:
    # FormatDate("j M Y") with the Thai language file and a BE year patch in init.php
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year + 543}"


def bitrix_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """1C-Bitrix "site management" news.detail on a trade office site: <title> the
    SECTION's SEO title "ข่าวประชาสัมพันธ์ - site"; a news.list strip of other news
    (``span.news-date-time`` + headline) ABOVE the article, the detail block with the
    same ``span.news-date-time`` ("5 มี.ค. 2567", abbreviated month, BE year) BEFORE the
    ``h3`` headline, the "Поделиться"-style share block translated, a bitrix:main.
    include footer with the address; og:title set from the element (right)."""
    d = day_of(article)
    paragraphs = "<br>\n".join(esc(line) for line in body_lines(article))
    strip = "".join(
        f'<p class="news-item" id="bx_3218110189_{r.number}"><a href="{bitrix_url(r)}"><img class="preview_picture" border="0" src="/upload/iblock/{r.number % 997:03x}/prev.jpg" width="120" height="80" alt="{esc(r.title)}" title="{esc(r.title)}" style="float:left"></a>'
        f'<span class="news-date-time">{_bitrix_date(day_of(r))}</span><a href="{bitrix_url(r)}"><b>{esc(r.title)}</b></a><br>{esc(_lead(r, 80))}<div style="clear:both"></div></p>'
        for r in related[:3]
    )
    last = related[3]
    return f"""<!DOCTYPE html>
<html xml:lang="th" lang="th">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="index, follow">
<meta name="keywords" content="ข่าว, สำนักงานส่งเสริมการค้าในต่างประเทศ">
<meta name="description" content="ข่าวประชาสัมพันธ์">
<link href="/bitrix/cache/css/s1/eshop_adapt/template_5f3e0c1b2a/template_5f3e0c1b2a_v1.css?1709600000" type="text/css" rel="stylesheet">
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'th','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'25200','SITE_ID':'s1'}});</script>
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="article">
<title>ข่าวประชาสัมพันธ์ - สำนักงานส่งเสริมการค้าในต่างประเทศ ณ กรุงมอสโก</title>
</head>
<body class="bx-background-image bx-theme-blue">
<div id="panel"></div>
<div class="bx-wrapper" id="bx_eshop_wrap">
<header class="bx-header"><div class="bx-header-section container"><div class="row">
<div class="col-lg-3"><div class="bx-logo"><a class="bx-logo-block" href="/"><img src="/include/logo.png" alt="สคต. มอสโก"></a></div></div>
<div class="col-lg-6"><div class="bx-inc-orginfo"><span class="bx-inc-orginfo-phone"><i class="fa fa-phone"></i> +7 (495) 690-0281</span></div></div>
</div>
<div class="row"><div class="col-md-12 hidden-xs"><div class="bx-top-nav bx-blue" id="catalog_menu_XEVOpk"><nav class="bx-top-nav-container" id="cont_catalog_menu_XEVOpk"><ul class="bx-nav-list-1-lvl" id="ul_catalog_menu_XEVOpk"><li class="bx-nav-1-lvl"><a href="/"><span>หน้าแรก</span></a></li><li class="bx-nav-1-lvl bx-active"><a href="/news/"><span>ข่าวประชาสัมพันธ์</span></a></li><li class="bx-nav-1-lvl"><a href="/market/"><span>ข้อมูลตลาด</span></a></li><li class="bx-nav-1-lvl"><a href="/contacts/"><span>ติดต่อ</span></a></li></ul></nav></div></div></div>
<div class="row"><div class="col-lg-12"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="หน้าแรก" itemprop="item"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1"></div><div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><span>ข่าวประชาสัมพันธ์</span></div></div>
<h1 class="bx-title dbg_title" id="pagetitle">ข่าวประชาสัมพันธ์</h1></div></div>
</div></header>
<div class="workarea"><div class="container bx-content-seection"><div class="row">
<div class="bx-content col-md-9 col-sm-8">
<div class="news-list">{strip}</div>
<div class="news-detail">
<img class="detail_picture" border="0" src="/upload/iblock/{article.number % 997:03x}/detail.jpg" width="600" height="400" alt="{esc(article.title)}" title="{esc(article.title)}">
<span class="news-date-time">{_bitrix_date(d)}</span>
<h3>{esc(article.title)}</h3>
<div class="news-detail-text">{paragraphs}</div>
<div style="clear:both"></div><br>
<div class="news-detail-share"><noindex><div class="bx-share-social"><span class="bx-share-title">แชร์:</span><a class="bx-share-icon facebook" href="https://www.facebook.com/sharer/sharer.php?u={bitrix_url(article)}" rel="nofollow">Facebook</a><a class="bx-share-icon twitter" href="https://twitter.com/intent/tweet?url={bitrix_url(article)}" rel="nofollow">Twitter</a></div></noindex></div>
</div>
<p><a href="/news/">กลับไปหน้ารายการข่าว</a></p>
<div class="news-list-more"><span class="news-date-time">{_bitrix_date(day_of(last))}</span> <a href="{bitrix_url(last)}">{esc(last.title)}</a></div>
</div>
<div class="bx-sidebar col-md-3 col-sm-4"><div class="bx-sidebar-block"><div class="bx-subscribe" id="sender-subscribe"><form role="form" method="post" action="/news/"><input type="email" name="SENDER_SUBSCRIBE_EMAIL" placeholder="อีเมลของคุณ"><button class="sender-btn btn-subscribe" id="bx_subscribe_btn_sljzMT"><span>รับข่าวสาร</span></button></form></div></div></div>
</div></div></div>
<footer class="bx-footer"><div class="bx-footer-line"><div class="bx-footer-section container">
<div class="bx-inclinksfooter-container"><span class="bx-inclinksfooter-title">ติดต่อ</span><p>Thai Trade Center Moscow, Bolshaya Spasskaya ul. 9, Moscow 129090 โทร. +7 (495) 690-0281</p></div>
</div></div>
<div class="bx-footer-bottomline"><div class="bx-footer-section container"><div class="col-sm-6">&copy; สำนักงานส่งเสริมการค้าในต่างประเทศ ณ กรุงมอสโก</div><div class="col-sm-6 bx-up"><a href="javascript:void(0)" data-role="eshopUpButton"><i class="fa fa-caret-up"></i> ขึ้นด้านบน</a></div></div></div>
</footer>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ Webflow CMS


def webflow_url(article: DemoArticle) -> str:
    return f"https://www.nia.or.th/news/pr-{article.number}"


def _webflow_date(moment: datetime) -> str:
    # a Webflow date field bound with the "MMM D, YYYY" format (English only)
    return f"{EN_ABBR[moment.month - 1]} {moment.day}, {moment.year}"


def webflow_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Webflow CMS collection page for an agency site: <title> "ข่าวสาร | site" (the
    template's SEO title nobody bound), og:title bound to the item name (right), no
    JSON-LD; the hero div holds the headline in ``h1.heading-news`` and an English
    "Mar 5, 2024" date text block (Webflow's date formats are English-only); the rich
    text ``div.w-richtext``, a "ข่าวอื่นๆ" collection list of three more items with
    the same English dates, the newsletter form and the footer; w-webflow-badge."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    cards = "".join(
        f'<div role="listitem" class="w-dyn-item"><a href="/news/pr-{r.number}" class="news-card w-inline-block"><img src="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/{r.number}_cover.jpg" loading="lazy" alt="" class="news-card-image">'
        f'<div class="news-card-date">{_webflow_date(day_of(r))}</div><h3 class="news-card-heading">{esc(r.title)}</h3></a></div>'
        for r in related[1:]
    )
    first = related[0]
    return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 05 2024 03:30:12 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.nia.or.th" data-wf-page="63f1a2b3c4d5e6f7a8b9c0e2" data-wf-site="63f1a2b3c4d5e6f7a8b9c0d1" data-wf-collection="63f1a2b3c4d5e6f7a8b9c0f3" data-wf-item-slug="pr-{article.number}">
<head>
<meta charset="utf-8">
<title>ข่าวสาร | สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน)</title>
<meta content="{esc(article.title)}" property="og:title">
<meta content="{esc(_lead(article))}" property="og:description">
<meta content="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/{article.number}_cover.jpg" property="og:image">
<meta property="og:type" content="website">
<meta content="summary_large_image" name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/css/nia-th.webflow.7a1b2c3d4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>
</head>
<body>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/logo-nia.svg" loading="lazy" alt="NIA"></a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link">หน้าแรก</a><a href="/about" class="nav-link w-nav-link">เกี่ยวกับเรา</a><a href="/news" class="nav-link w-nav-link w--current">ข่าวสาร</a><a href="/contact" class="nav-link w-nav-link">ติดต่อ</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-news-hero"><div class="container-news w-container">
<a href="/news" class="back-link w-inline-block"><div>&larr; ข่าวทั้งหมด</div></a>
<div class="news-category-tag">{esc(article.category)}</div>
<h1 class="heading-news">{esc(article.title)}</h1>
<div class="news-meta-wrap"><div class="news-date">{_webflow_date(d)}</div><div class="news-meta-divider">•</div><div class="news-author">ฝ่ายสื่อสารองค์กร</div></div>
<img src="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/{article.number}_cover.jpg" loading="lazy" alt="" class="news-hero-image">
</div></div>
<div class="section-news-body"><div class="container-news w-container"><div class="w-layout-grid grid-news">
<div class="news-rich-text w-richtext">{paragraphs}</div>
<div class="news-sidebar"><div class="sidebar-title">แชร์</div><div class="share-wrap"><a href="#" class="share-icon w-inline-block"><img src="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/fb.svg" loading="lazy" alt="Facebook"></a><a href="#" class="share-icon w-inline-block"><img src="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/line.svg" loading="lazy" alt="LINE"></a></div>
<div class="sidebar-title">ข่าวแนะนำ</div><a href="/news/pr-{first.number}" class="sidebar-news w-inline-block"><div class="news-card-date">{_webflow_date(day_of(first))}</div><div class="sidebar-news-title">{esc(first.title)}</div></a></div>
</div></div></div>
<div class="section-more-news"><div class="w-container"><h2 class="heading-more">ข่าวอื่นๆ</h2><div class="w-dyn-list"><div role="list" class="news-grid w-dyn-items">{cards}</div></div></div></div>
<div class="section-newsletter"><div class="w-container"><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="อีเมลของคุณ" type="email" id="email" required=""><input type="submit" value="สมัครรับข่าวสาร" data-wait="กรุณารอสักครู่..." class="submit-button w-button"></form>
<div class="w-form-done"><div>ขอบคุณ! เราได้รับข้อมูลของคุณแล้ว</div></div><div class="w-form-fail"><div>ขออภัย เกิดข้อผิดพลาดบางอย่าง</div></div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-text">สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน) 73/2 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2017 5555</div><div class="footer-copy">© 2024 NIA. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=63f1a2b3c4d5e6f7a8b9c0d1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1/js/webflow.3c4d5e6f7.js" type="text/javascript"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Tilda


def tilda_url(article: DemoArticle) -> str:
    return f"https://www.dga-academy.or.th/news/tpost/pr{article.number}"


def _tilda_typed(moment: datetime) -> str:
    # typed by hand into a Tilda text field, the way Thai offices write a dateline
    return (
        f"วัน{WEEKDAYS[moment.weekday()]}ที่ {moment.day} {ABBR[moment.month - 1]} "
        f"{moment.year + 543} เวลา {moment:%H.%M} น."
    )


def tilda_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A Tilda page built from blocks: <title> the PAGE's name ("ข่าวประชาสัมพันธ์"), og:
    copied from the home page, no JSON-LD; the headline is NOT a heading but a
    ``div.t-title[field=title]``, the dateline typed by hand in the ``t-descr`` field:
    "ประกาศเมื่อ วันอังคารที่ 5 มี.ค. 2567 เวลา 10.22 น.", the body one ``t-text`` field
    with <br>s; a hand-made card block of other news with dd.mm.yyyy dates BEFORE the
    article (a "latest" strip under the menu) and after it, the t-cookie banner, the
    footer block with address and phone, the "Made on Tilda" badge."""
    d = day_of(article)
    text = "<br /><br />".join(esc(line) for line in body_lines(article))

    def card(r: DemoArticle) -> str:
        return (
            f'<div class="t-col t-col_4 t-align_left"><a href="{tilda_url(r)}" class="t-card__link">'
            f'<div class="t-card__date t-uptitle t-uptitle_xs" field="li_subtitle__{r.number}">{day_of(r):%d.%m.%Y}</div>'
            f'<div class="t-card__title t-name t-name_md" field="li_title__{r.number}">{esc(r.title)}</div></a></div>'
        )

    before = "".join(card(r) for r in related[:1])
    after = "".join(card(r) for r in related[1:])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>ข่าวประชาสัมพันธ์</title>
<meta property="og:url" content="https://www.dga-academy.or.th" />
<meta property="og:title" content="สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล" />
<meta property="og:description" content="TDGA สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล" />
<meta property="og:type" content="website" />
<link rel="canonical" href="{tilda_url(article)}">
<meta name="format-detection" content="telephone=no" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="https://static.tildacdn.com/ws/project5123456/tilda-blocks-page41234567.min.css?t=1709600000" type="text/css" media="all" />
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>
</head>
<body class="t-body" style="margin:0;">
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="5123456" data-tilda-page-id="41234567" data-tilda-page-alias="news/pr{article.number}" data-tilda-formskey="a1b2c3d4e5f6" data-tilda-lazy="yes" data-tilda-root-zone="com">
<div id="rec612345001" class="r t-rec" style=" " data-animationappear="off" data-record-type="257">
<div id="nav612345001marker"></div><div id="nav612345001" class="t228 t228__positionfixed" style="background-color: rgba(255,255,255,1);" data-bgcolor-hex="#ffffff" data-menu="yes"><div class="t228__maincontainer"><div class="t228__leftwrapper"><a href="/" class="t228__imgwrapper"><img src="https://static.tildacdn.com/tild3031-6431-4c33-b562-313362363466/logo.svg" class="t228__imglogo" alt="TDGA"></a></div>
<nav class="t228__centerwrapper t-align_center"><ul class="t228__list" role="menubar"><li class="t228__list_item"><a class="t-menu__link-item" href="/" data-menu-submenu-hook="">หน้าแรก</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/courses">หลักสูตร</a></li><li class="t228__list_item"><a class="t-menu__link-item t-active" href="/news">ข่าวสาร</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/contact">ติดต่อ</a></li></ul></nav></div></div>
</div>
<div id="rec612345002" class="r t-rec t-rec_pt_60 t-rec_pb_0" data-record-type="776"><div class="t776"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__title t-title t-title_xs" field="btitle">ข่าวล่าสุด</div></div></div><div class="t-container">{before}</div></div></div>
<div id="rec612345003" class="r t-rec t-rec_pt_60 t-rec_pb_15" data-record-type="30"><div class="t017"><div class="t-container t-align_left"><div class="t-col t-col_10 t-prefix_1">
<div class="t017__title t-title t-title_xs" field="title">{esc(article.title)}</div>
<div class="t017__descr t-descr t-descr_xxs" field="descr">ประกาศเมื่อ {_tilda_typed(d)}</div>
</div></div></div></div>
<div id="rec612345004" class="r t-rec t-rec_pt_15 t-rec_pb_30" data-record-type="106"><div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md">{text}</div></div></div></div></div>
<div id="rec612345005" class="r t-rec t-rec_pt_15 t-rec_pb_30" data-record-type="877"><div class="t-share t-share_left"><div class="t-share__text t-name t-name_xs">แชร์ข่าวนี้</div><div class="t-share__buttons"><a class="t-share__item t-share__item_facebook" href="https://www.facebook.com/sharer.php?u={tilda_url(article)}" target="_blank" rel="nofollow"><span class="t-share__item-text">Facebook</span></a><a class="t-share__item t-share__item_line" href="https://social-plugins.line.me/lineit/share?url={tilda_url(article)}" target="_blank" rel="nofollow"><span class="t-share__item-text">LINE</span></a></div></div></div>
<div id="rec612345006" class="r t-rec t-rec_pt_45 t-rec_pb_45" data-record-type="776"><div class="t776"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__title t-title t-title_xs" field="btitle">ข่าวอื่นๆ</div></div></div><div class="t-container">{after}</div></div></div>
<div id="rec612345007" class="r t-rec t-rec_pt_30 t-rec_pb_30" style="background-color:#1d2b53;" data-record-type="345" data-bg-color="#1d2b53"><div class="t345"><div class="t-container t-align_left"><div class="t345__text t-descr t-descr_xxs" field="text">สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล 17 ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210<br />โทร. 0 2612 6000 อีเมล contact@dga.or.th</div></div></div></div>
<div id="rec612345008" class="r t-rec" data-record-type="886"><div class="t886 t886_closed" data-storage-item="t886cookiename_5123456"><div class="t886__wrapper"><div class="t886__text t-text t-text_xs" field="text">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของผู้ใช้</div><button type="button" class="t886__btn t-btn t-btn_xs"><span>ตกลง</span></button></div></div></div>
</div>
<div class="t-tildalabel " id="tildacopy" data-tilda-sign="5123456#41234567"><a href="https://tilda.cc/?upm=5123456" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div>
</body>
</html>"""


# ------------------------------------------------------------------ HubSpot CMS blog


def hubspot_url(article: DemoArticle) -> str:
    return f"https://blog.bot-sme.or.th/news/pr-{article.number}"


def _hubspot_short(moment: datetime) -> str:
    # {{ content.publish_date|format_date('short') }} with the th locale: d/M/yy (CE)
    return f"{moment.day}/{moment.month}/{moment.year % 100:02d}"


def hubspot_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """HubSpot CMS blog post (a theme built on the boilerplate): <title> the post title,
    og: and twitter: right, no JSON-LD; ``time.blog-post__timestamp`` carries the UTC
    publish instant in its datetime attribute ("2024-03-05 03:22:00", no zone) and shows
    ``format_date('short')`` for th: "5/3/24" (day/month/two-digit CE year); the related
    posts module (same short dates) and the HubSpot comments after, the author bio, the
    global header/footer partials, the hs-eu-cookie banner."""
    d = day_of(article)
    stamp = d.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    posts = "".join(
        f'<article class="blog-related-posts__post" aria-label="บทความ: {esc(r.title)}"><a class="blog-related-posts__image-link" href="{hubspot_url(r)}"><img class="blog-related-posts__image" src="https://blog.bot-sme.or.th/hubfs/news/{r.number}.jpg" loading="lazy" alt=""></a>'
        f'<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="{hubspot_url(r)}">{esc(r.title)}</a></h3>'
        f'<time class="blog-related-posts__post-date" datetime="{day_of(r).astimezone(UTC):%Y-%m-%d %H:%M:%S}">{_hubspot_short(day_of(r))}</time></div></article>'
        for r in related[:3]
    )
    last = related[3]
    return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{esc(article.title)}</title>
<link rel="shortcut icon" href="https://blog.bot-sme.or.th/hubfs/favicon.png">
<meta name="description" content="{esc(_lead(article))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:description" content="{esc(_lead(article))}">
<meta property="og:title" content="{esc(article.title)}">
<meta name="twitter:description" content="{esc(_lead(article))}">
<meta name="twitter:title" content="{esc(article.title)}">
<style>a.cta_button{{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}}</style>
<link rel="stylesheet" href="https://blog.bot-sme.or.th/hs-fs/hub/4412345/hub_generated/template_assets/1/main.min.css">
<meta property="og:url" content="{hubspot_url(article)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{hubspot_url(article)}">
<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="https://blog.bot-sme.or.th/news/rss.xml">
<meta name="generator" content="HubSpot">
</head>
<body>
<div class="body-wrapper   hs-content-id-{article.number * 7} hs-blog-post hs-blog-id-1234567">
<div data-global-resource-path="sme-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">ข้ามไปยังเนื้อหา</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><a href="https://www.bot-sme.or.th"><img class="hs-image-widget" src="https://blog.bot-sme.or.th/hubfs/logo.png" alt="SME Portal"></a></div>
<div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list"><li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.bot-sme.or.th">หน้าแรก</a></li><li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link menu__link--active-link" href="https://blog.bot-sme.or.th/news" aria-current="page">ข่าวสาร</a></li><li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.bot-sme.or.th/contact">ติดต่อ</a></li></ul></nav></div></div>
</header></div>
<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{esc(article.title)}</span></h1>
<div class="blog-post__meta"><a href="https://blog.bot-sme.or.th/news/author/pr-team">ทีมประชาสัมพันธ์</a>
<time datetime="{stamp}" class="blog-post__timestamp">{_hubspot_short(d)}</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{paragraphs}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer"><path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059"></path></g></svg><a class="blog-post__tag-link" href="https://blog.bot-sme.or.th/news/tag/pr">{esc(article.category)}</a></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>บทความที่เกี่ยวข้อง</h2><div class="blog-related-posts__list">{posts}</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments_form"></div></div></div></div>
<div class="blog-post__next"><span>บทความถัดไป</span> <a href="{hubspot_url(last)}">{esc(last.title)}</a> <time class="blog-post__timestamp">{_hubspot_short(day_of(last))}</time></div>
</div></div>
</main>
<div data-global-resource-path="sme-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper"><p>โครงการสนับสนุน SME ธนาคารแห่งประเทศไทย 273 ถนนสามเสน แขวงวัดสามพระยา เขตพระนคร กรุงเทพฯ 10200 โทร. 1213</p><p>© 2024 สงวนลิขสิทธิ์</p></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-gpc-applied="false"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การใช้งาน</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">ยอมรับ</a><a href="#" id="hs-eu-decline-button" role="button">ปฏิเสธ</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412345.js"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Grav (Quark theme)


def grav_url(article: DemoArticle) -> str:
    return f"https://www.lampang.ru.ac.th/blog/pr-{article.number}"


def _grav_short(moment: datetime) -> str:
    # system.pages.dateformat.short left at Grav's default "jS M Y" (PHP, English)
    return f"{_ordinal(moment.day)} {EN_ABBR[moment.month - 1]} {moment.year}"


def grav_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Grav 1.7 with the Quark theme on a university campus site: <title> "headline |
    site", no og: (the page-level metadata left empty), no JSON-LD; the blog item's
    title is an ``h2.p-name`` LINK (Quark puts item headings in h2), the date
    ``time.dt-published`` shows PHP's "jS M Y" in English: "5th Mar 2024", the ISO
    instant only in its datetime attribute; a sidebar of the latest posts with the same
    English dates, the prev/next pagination with neighbour headlines, the footer."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    side = "".join(
        f'<li><a href="{grav_url(r)}">{esc(r.title)}</a> <span class="label label-rounded">{_grav_short(day_of(r))}</span></li>'
        for r in related[:3]
    )
    prev, nxt = related[3], related[0]
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8" />
<title>{esc(article.title)} | มหาวิทยาลัยรามคำแหง สาขาวิทยบริการฯ ลำปาง</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="GravCMS" />
<meta name="description" content="Grav is an easy to use, yet powerful, open source flat-file CMS" />
<link rel="icon" type="image/png" href="/user/themes/quark/images/favicon.png" />
<link rel="canonical" href="{grav_url(article)}" />
<link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css/font-awesome.min.css" type="text/css" rel="stylesheet">
</head>
<body id="top" class=" header-fixed header-animated sticky-footer">
<div id="page-wrapper">
<section id="header" class="section"><section class="container grid-lg"><nav class="navbar">
<section class="navbar-section logo"><a href="/" class="navbar-brand mr-10"><img src="/user/themes/quark/images/logo/ru-lampang.svg" alt="RU Lampang"></a></section>
<section class="navbar-section desktop-menu"><nav class="dropmenu animated"><ul><li><a href="/" class="">หน้าแรก</a></li><li><a href="/blog" class="active">ข่าวสาร</a></li><li><a href="/admission" class="">รับสมัคร</a></li><li><a href="/contact" class="">ติดต่อ</a></li></ul></nav></section>
</nav></section></section>
<div class="mobile-menu"><div class="button_container" id="toggle"><span class="top"></span><span class="middle"></span><span class="bottom"></span></div></div>
<section id="start">
<section id="body-wrapper" class="section blog-listing"><section class="container grid-lg">
<div class="columns">
<div id="item" class="column col-9 col-md-12 extra-spacing">
<div class="content-item h-entry">
<div class="content-title text-center">
<h2 class="p-name mt-1"><a href="{grav_url(article)}" class="u-url">{esc(article.title)}</a></h2>
<span class="blog-date"><time class="dt-published" datetime="{d.isoformat()}"><i class="fa fa-calendar"></i> {_grav_short(d)}</time></span>
<span class="tags"><a class="label label-rounded label-secondary p-category" href="/blog/tag:pr">ประชาสัมพันธ์</a></span>
</div>
<div class="e-content">{paragraphs}</div>
</div>
<p class="prev-next text-center">
<a class="btn" href="{grav_url(prev)}"><i class="fa fa-angle-left"></i> {esc(prev.title)}</a>
<a class="btn" href="{grav_url(nxt)}">{esc(nxt.title)} <i class="fa fa-angle-right"></i></a>
</p>
</div>
<div id="sidebar" class="column col-3 col-md-12">
<div class="sidebar-content"><h4>ค้นหา</h4><div class="search-wrapper"><form name="search" data-simplesearch-form><input name="searchfield" class="form-input" type="text" placeholder="ค้นหา..." data-search-input="/search/query" /></form></div></div>
<div class="sidebar-content"><h4>ข่าวล่าสุด</h4><ul class="related-pages menu">{side}</ul></div>
<div class="sidebar-content syndicate"><h4>Syndicate</h4><a class="btn" href="/blog.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a> <a class="btn" href="/blog.rss"><i class="fa fa-rss-square"></i> RSS</a></div>
</div>
</div>
</section></section>
</section>
</div>
<section id="footer" class="section bg-gray"><section class="container grid-lg"><p>มหาวิทยาลัยรามคำแหง สาขาวิทยบริการเฉลิมพระเกียรติ จังหวัดลำปาง 119 หมู่ 9 ตำบลชมพู อำเภอเมือง จังหวัดลำปาง 52100 โทร. 0 5433 2344</p><p><a href="http://getgrav.org">Grav</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart-o pulse "></i> by <a href="https://trilby.media">Trilby Media</a>.</p></section></section>
<div class="mobile-container"><div class="overlay" id="overlay"><div class="mobile-logo"><img src="/user/themes/quark/images/logo/ru-lampang.svg" alt="RU Lampang"></div><nav class="overlay-menu"><ul class="tree"><li><a href="/">หน้าแรก</a></li><li><a href="/blog" class="active">ข่าวสาร</a></li></ul></nav></div></div>
<script src="/user/themes/quark/js/jquery-3.x.min.js"></script>
</body>
</html>"""


# ------------------------------------------------------------------ October CMS + RainLab.Blog


def october_url(article: DemoArticle) -> str:
    return f"https://www.kkmuni.go.th/blog/post/pr-{article.number}"


def october_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """October CMS 3 (Laravel) with RainLab.Blog's blogPost component in the demo-derived
    theme: <title> "site - ข่าวสาร" (the CMS page's title, not the post's), no og:, a
    JSON-LD Organization only; the post headline in ``h2``, the info line "หมวด
    ข่าวประชาสัมพันธ์ เมื่อ 2024-03-05 10:22" printed with Twig's date('Y-m-d H:i') (a
    visible ISO-like stamp), ``div.content`` from the Markdown; a blogPosts list of the
    latest news (date('Y-m-d')) in the sidebar BEFORE the post in the markup, the
    back link, the footer with the municipality's address, the cookie notice."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    latest = "".join(
        f'<li class="list-group-item"><h3 class="h6"><a href="{october_url(r)}">{esc(r.title)}</a></h3><p class="info small text-muted">{day_of(r):%Y-%m-%d}</p></li>'
        for r in related
    )
    org = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": "เทศบาลนครขอนแก่น",
        "url": "https://www.kkmuni.go.th",
        "telephone": "+66-43-221-186",
    }
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="">
<meta name="author" content="October CMS">
<title>เทศบาลนครขอนแก่น - ข่าวสาร</title>
<link href="https://www.kkmuni.go.th/combine/8a0b1c2d3e4f5a6b-1709600000" rel="stylesheet">
<script type="application/ld+json">{script_json(org)}</script>
</head>
<body>
<header id="layout-header">
<nav id="layout-nav" class="navbar navbar-expand-lg navbar-light bg-light" role="navigation"><div class="container">
<a class="navbar-brand" href="https://www.kkmuni.go.th">เทศบาลนครขอนแก่น</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarMain"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="https://www.kkmuni.go.th">หน้าแรก</a></li><li class="nav-item active"><a class="nav-link" href="https://www.kkmuni.go.th/blog">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="https://www.kkmuni.go.th/services">บริการประชาชน</a></li><li class="nav-item"><a class="nav-link" href="https://www.kkmuni.go.th/contact">ติดต่อเรา</a></li></ul></div>
</div></nav>
</header>
<section id="layout-content">
<div class="container"><div class="row">
<div class="col-md-4 order-md-2">
<div class="card mb-4"><div class="card-header">ข่าวล่าสุด</div><ul class="list-group list-group-flush post-list">{latest}</ul></div>
<div class="card mb-4"><div class="card-header">หมวดหมู่</div><ul class="list-group list-group-flush category-list"><li class="list-group-item active"><a href="https://www.kkmuni.go.th/blog/category/pr">ข่าวประชาสัมพันธ์</a></li><li class="list-group-item"><a href="https://www.kkmuni.go.th/blog/category/procurement">ประกาศจัดซื้อจัดจ้าง</a></li></ul></div>
</div>
<div class="col-md-8 order-md-1">
<div class="post">
<h2>{esc(article.title)}</h2>
<p class="info">หมวด <a href="https://www.kkmuni.go.th/blog/category/pr">ข่าวประชาสัมพันธ์</a> เมื่อ {d:%Y-%m-%d %H:%M}</p>
<div class="content">{paragraphs}</div>
<div class="featured-images text-center"><p><img data-src="pr-{article.number}.jpg" src="https://www.kkmuni.go.th/storage/app/uploads/public/65e/6a1/b2c/thumb_{article.number}_800_0_0_0_auto.jpg" alt="" style="max-width: 100%"></p></div>
</div>
<p><a href="https://www.kkmuni.go.th/blog" class="btn btn-outline-secondary">&larr; กลับหน้าข่าวสาร</a></p>
</div>
</div></div>
</section>
<footer id="layout-footer"><div class="container"><p>เทศบาลนครขอนแก่น 1 ถนนประชาสโมสร ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000 โทร. 0 4322 1186</p><p class="small">สงวนลิขสิทธิ์ &copy; เทศบาลนครขอนแก่น</p></div></footer>
<div id="cookie-notice" class="cookie-notice alert alert-dark fixed-bottom mb-0" role="alert">เว็บไซต์นี้ใช้คุกกี้ <button type="button" class="btn btn-sm btn-light">รับทราบ</button></div>
<script src="https://www.kkmuni.go.th/combine/1f2e3d4c5b6a7980-1709600000"></script>
</body>
</html>"""
