"""The "blind6" half of the template zoo (bench/zoo.py): a sixth set of families written
without the extractor.

Written on 2026-11-30, after the blind to blind5 halves, by someone who did NOT open, read
or grep the extractor or the date and clean code (crawler/extract.py, crawler/extraction*,
pipelines/) nor the scoring internals of bench/extraction.py nor bench/RESULTS.md, and who
never ran any extraction code on these pages: the only check made while writing them
rendered every page and verified, with the standard library's html.parser, that it is
well-formed and holds the article's title, every body line, the intended date and other
articles' dates (tests/test_zoo_blind6_pages.py). Their first measurement
(bench/extraction.py --half blind6, run once by the lead) is the honest "never seen" figure.

Each family imitates a system not yet in the zoo (MAXSITE, IBM Lotus Domino, Adobe
ColdFusion, classic ASP, Microsoft FrontPage, Oracle WebCenter Sites, IBM WebSphere
Portal, Gatsby, Angular Universal, Express + EJS, Flask + Jinja, Adobe Muse) with its real
noise: menus, breadcrumbs, share bars, view counters, cookie banners, boxes of OTHER
articles with their headlines and dates before and after the article, footers with
addresses and phones, site clocks, visitor counters; <title>, og: and JSON-LD right on some
sites, absent, partial or wrong on others; and a date format each of these systems really
prints for a Thai site (Thai Windows' d/M/BE, Java's th_TH short two-digit BE year, moment
and Babel keeping the CE year, dayjs' Buddhist era, English ColdFusion masks, Thai digits,
abbreviated months, weekday prefixes, "เวลา 10.22 น.", ISO only in attributes,
"โพสต์เมื่อ", "ปรับปรุงล่าสุด").
"""

from __future__ import annotations

from datetime import datetime, timedelta

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
    paragraphs,
    script_json,
    thai_digits,
)
from crawler.demo.corpus import DemoArticle

TODAY = datetime(2026, 11, 30, 9, 41)


def _lead(article: DemoArticle, size: int = 120) -> str:
    lines = body_lines(article)
    return lines[0][:size] if lines else ""


# ------------------------------------------------------------------ MAXSITE


def maxsite_url(article: DemoArticle) -> str:
    return f"https://www.nongbua-sao.go.th/index.php?name=news&file=readnews&id={article.number}"


def _maxsite_date(moment: datetime) -> str:
    # ThaiTimeConvert($time, "", "2"): abbreviated month and a two-digit BE year
    return f"{moment.day} {ABBR[moment.month - 1]} {(moment.year + 543) % 100:02d}"


def maxsite_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """MAXSITE 1.10 on a tambon administrative organisation: <title> the SITE only, no og:;
    the whole page in nested tables; a marquee and a site clock of today above; the
    headline a ``<b>`` in a ``font`` cell after a "ข่าวประชาสัมพันธ์" image header; the date
    "5 มี.ค. 67" (two-digit BE year) glued in "[ ข่าวเมื่อ : ... ] [ อ่าน 1,234 ]"; then
    "ข่าวที่เกี่ยวข้อง" with "(5 มี.ค. 67)" dates and the visitor counter."""
    d = day_of(article)
    rel = "".join(
        f'<tr><td><img src="images/icon/dot.gif" border="0" alt=""> <a href="{maxsite_url(r)}">{esc(r.title)}</a> <font color="#999999">({_maxsite_date(day_of(r))})</font></td></tr>'
        for r in related
    )
    body = "<br>\n".join(esc(line) for line in body_lines(article))
    clock = f"วัน{WEEKDAYS[TODAY.weekday()]}ที่ {TODAY.day} {THAI_MONTHS[TODAY.month - 1]} {TODAY.year + 543}"
    return f"""<html>
<head>
<title>องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="อบต.หนองบัว, ข่าวประชาสัมพันธ์">
<link href="templates/nongbua/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript1.2" src="js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="templates/nongbua/images/header.jpg" width="950" height="200" alt=""></td></tr>
<tr><td bgcolor="#336600"><marquee scrollamount="3"><font color="#FFFFFF">ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลหนองบัว ร่วมกันป้องกันโรคไข้เลือดออก</font></marquee></td></tr>
<tr><td align="right"><font size="2">{clock}</font></td></tr>
</table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" bgcolor="#F2F9E6">
<table width="100%"><tr><td class="menuhead"><b>เมนูหลัก</b></td></tr>
<tr><td><a href="index.php">หน้าแรก</a><br><a href="index.php?name=page&amp;file=history">ประวัติความเป็นมา</a><br><a href="index.php?name=news">ข่าวประชาสัมพันธ์</a><br><a href="index.php?name=webboard">เว็บบอร์ด</a><br><a href="index.php?name=ita">ITA</a></td></tr></table>
<table width="100%"><tr><td class="menuhead"><b>ผู้บริหาร</b></td></tr><tr><td align="center"><img src="images/boss.jpg" width="150" alt="นายกองค์การบริหารส่วนตำบล"><br>นายกองค์การบริหารส่วนตำบลหนองบัว</td></tr></table>
</td>
<td width="750" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="images/topic/news.gif" alt="ข่าวประชาสัมพันธ์"></td></tr></table>
<table width="100%" border="0" cellspacing="2" cellpadding="4">
<tr><td><font size="3" color="#336600"><b>{esc(article.title)}</b></font></td></tr>
<tr><td><font size="2" color="#666666">[ ข่าวเมื่อ : {_maxsite_date(d)} ] [ อ่าน {counter(article)} ] [ ส่งโดย : admin ]</font></td></tr>
<tr><td><img src="newsicon/{article.number}.jpg" width="150" align="left" alt="">
{body}
</td></tr>
<tr><td align="right"><a href="index.php?name=news&amp;file=print&amp;id={article.number}"><img src="images/print.gif" border="0" alt="พิมพ์"></a> <a href="index.php?name=news&amp;file=sendtofriend&amp;id={article.number}"><img src="images/mail.gif" border="0" alt="ส่งต่อ"></a></td></tr>
</table>
<table width="100%" border="0"><tr><td bgcolor="#DDEECC"><b>ข่าวที่เกี่ยวข้อง</b></td></tr>{rel}</table>
</td></tr></table>
<table width="950" border="0" align="center"><tr><td align="center" bgcolor="#336600"><font color="#FFFFFF" size="2">องค์การบริหารส่วนตำบลหนองบัว 99 หมู่ 5 ตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี 41000 โทร. 0-4224-9123<br>สถิติผู้เข้าชม {counter(related[0])} คน | Powered by MAXSITE 1.10</font></td></tr></table>
</body>
</html>"""


# ------------------------------------------------------------------ IBM Lotus Domino


def domino_url(article: DemoArticle) -> str:
    return f"https://www.mof.go.th/web/news.nsf/0/{article.number:08X}4825772A0031F7D1?OpenDocument"


def _domino_date(moment: datetime) -> str:
    # a Date/Time field on a Thai-locale server: dd/MM/yyyy BE with seconds
    return f"{moment:%d/%m}/{moment.year + 543} {moment:%H:%M:%S}"


def domino_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Lotus Domino 8.5 news database (.nsf) served by the HTTP task: <title> the FORM's
    name "ข่าวประชาสัมพันธ์"; a Domino <form> wrapping everything, a view of other documents
    with "05/03/2567" dates BEFORE the document (an embedded view in the form); the
    headline a ``<b><font size="4">`` in a table, "วันที่ประกาศ: 05/03/2567 10:22:00", the
    body rich text as ``<br>``-joined lines, and "แก้ไขล่าสุดโดย" with a later date."""
    d = day_of(article)
    edited = d + timedelta(days=1 + article.number % 5, hours=3)
    view = "".join(
        f'<tr valign="top"><td><font size="2">{day_of(r):%d/%m}/{day_of(r).year + 543}</font></td><td><a href="/web/news.nsf/0/{r.number:08X}4825772A0031F7D1?OpenDocument"><font size="2">{esc(r.title)}</font></a></td></tr>'
        for r in related[:2]
    )
    earlier = "".join(
        f'<tr valign="top"><td><font size="2">{day_of(r):%d/%m}/{day_of(r).year + 543}</font></td><td><a href="/web/news.nsf/0/{r.number:08X}4825772A0031F7D1?OpenDocument"><font size="2">{esc(r.title)}</font></a></td></tr>'
        for r in related[2:]
    )
    body = "<br>\n".join(esc(line) for line in body_lines(article))
    return f"""<html>
<head>
<title>ข่าวประชาสัมพันธ์</title>
<script language="JavaScript" type="text/javascript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{ return false; }}
// -->
</script>
</head>
<body text="#000000" bgcolor="#FFFFFF">
<form method="post" action="/web/news.nsf/0/{article.number:08X}4825772A0031F7D1?OpenDocument&amp;Seq=1" name="_News">
<input type="hidden" name="__Click" value="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr valign="top"><td width="100%"><img src="/web/images.nsf/banner.gif?OpenImageResource" width="980" height="120" alt="กระทรวงการคลัง Ministry of Finance"></td></tr>
</table>
<table border="0" cellspacing="0" cellpadding="0">
<tr valign="top"><td width="180" bgcolor="#E1E8F0"><font size="2"><a href="/web/home.nsf">หน้าหลัก</a><br><a href="/web/news.nsf/ByDate?OpenView">ข่าวประชาสัมพันธ์</a><br><a href="/web/news.nsf/ByCategory?OpenView">ข่าวตามหมวด</a><br><a href="/web/contact.nsf">ติดต่อกระทรวง</a></font></td>
<td width="780">
<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td colspan="2" bgcolor="#003366"><font size="2" color="#FFFFFF"><b>เอกสารในหมวดเดียวกัน</b></font></td></tr>{view}</table>
<hr>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr valign="top"><td width="20%"><font size="2">เรื่อง:</font></td><td width="80%"><b><font size="4" color="#003366">{esc(article.title)}</font></b></td></tr>
<tr valign="top"><td><font size="2">วันที่ประกาศ:</font></td><td><font size="2">{_domino_date(d)}</font></td></tr>
<tr valign="top"><td><font size="2">หมวด:</font></td><td><font size="2">{esc(article.category)}</font></td></tr>
</table>
<font size="2">
{body}
</font>
<hr>
<font size="1" color="#808080">แก้ไขล่าสุดโดย CN=Webadmin/O=MOF เมื่อ {_domino_date(edited)}</font>
<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td colspan="2" bgcolor="#003366"><font size="2" color="#FFFFFF"><b>ข่าวก่อนหน้า</b></font></td></tr>
{earlier}</table>
</td></tr>
</table>
<table width="100%"><tr><td align="center"><font size="1">กระทรวงการคลัง ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400 โทร. 0 2126 5800</font></td></tr></table>
</form>
</body>
</html>"""


# ------------------------------------------------------------------ Adobe ColdFusion


def cfm_url(article: DemoArticle) -> str:
    return f"https://www.dtn.go.th/th/news/detail.cfm?newsid={article.number}&lang=th"


def _cfm_date(moment: datetime) -> str:
    # #DateFormat(news.post_date, "dd mmm yyyy")# #TimeFormat(news.post_date, "h:mm tt")#
    hour = moment.hour % 12 or 12
    return f"{moment:%d} {EN_ABBR[moment.month - 1]} {moment.year} {hour}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def cfm_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Custom ColdFusion (detail.cfm): <title> "headline :: site", og:title right, no
    JSON-LD; a breadcrumb, the headline ``h2.news-topic``, the date line "Posted: 05 Mar
    2024 10:22 AM | Views: 1,234" (ColdFusion's English masks on a Thai site); the body;
    a "ข่าวล่าสุด" column after with "05 Mar 2024" dates; CFID/CFTOKEN in links."""
    d = day_of(article)
    latest = "".join(
        f'<li><a href="detail.cfm?newsid={r.number}&amp;CFID=81234&amp;CFTOKEN=55a1c2">{esc(r.title)}</a><span class="small">{day_of(r):%d} {EN_ABBR[day_of(r).month - 1]} {day_of(r).year}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} :: กรมการค้าต่างประเทศ</title>
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:image" content="https://www.dtn.go.th/th/images/share.jpg" />
<link href="/th/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header"><a href="/th/index.cfm"><img src="/th/images/logo.png" alt="กรมการค้าต่างประเทศ" /></a>
<div id="topmenu"><a href="/th/index.cfm">หน้าหลัก</a> | <a href="/th/about.cfm">เกี่ยวกับกรม</a> | <a href="/th/news/index.cfm">ข่าวสาร</a> | <a href="/th/eservice.cfm">บริการอิเล็กทรอนิกส์</a> | <a href="/en/index.cfm">English</a></div></div>
<div id="breadcrumb"><a href="/th/index.cfm">หน้าหลัก</a> &gt; <a href="/th/news/index.cfm">ข่าวประชาสัมพันธ์</a> &gt; รายละเอียดข่าว</div>
<div id="main">
<div id="content">
<h2 class="news-topic">{esc(article.title)}</h2>
<div class="news-info">Posted: {_cfm_date(d)} | Views: {counter(article)}</div>
<div class="news-detail">
{paragraphs(article)}
</div>
<div class="news-tools"><a href="print.cfm?newsid={article.number}">พิมพ์</a> | <a href="https://www.facebook.com/sharer.php?u={esc(cfm_url(article))}">แชร์ Facebook</a> | <a href="index.cfm">กลับหน้ารวมข่าว</a></div>
</div>
<div id="sidebar"><h3>ข่าวล่าสุด</h3><ul>{latest}</ul>
<h3>ผู้เข้าชม</h3><p>วันนี้ 1,022 | เดือนนี้ 31,210</p></div>
</div>
<div id="footer">กรมการค้าต่างประเทศ 563 ถนนนนทบุรี ตำบลบางกระสอ อำเภอเมือง จังหวัดนนทบุรี 11000 สายด่วน 1385<br />Copyright &copy; 2024 Department of Foreign Trade</div>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ classic ASP


def asp_url(article: DemoArticle) -> str:
    return f"https://www.korat.go.th/news/shownews.asp?NewsID={article.number}"


def _asp_date(moment: datetime) -> str:
    # VBScript Now() written raw under the Thai regional settings: d/M/yyyy BE H:mm:ss
    return f"{moment.day}/{moment.month}/{moment.year + 543} {moment.hour}:{moment:%M:%S}"


def asp_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Classic ASP from the windows-874 era, a provincial office: <title> "::
    สำนักงานจังหวัดนครราชสีมา ::"; the date "5/3/2567 10:22:00" (VBScript under Thai
    regional settings: d/M, BE year) labelled "วันที่ลงข่าว :" ABOVE the headline cell
    ``td.topic``; the body in ``<p>``; the "ข่าวอื่นๆ" table with "5/3/2567" dates; a
    "ปรับปรุงข้อมูลล่าสุด" line with the site's own date and a hit counter."""
    d = day_of(article)
    rel = "".join(
        f'<tr><td width="15"><img src="images/bullet.gif" alt=""></td><td><a href="shownews.asp?NewsID={r.number}">{esc(r.title)}</a> <span class="date">[{day_of(r).day}/{day_of(r).month}/{day_of(r).year + 543}]</span></td></tr>'
        for r in related
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>:: สำนักงานจังหวัดนครราชสีมา ::</title>
<link href="../style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="../images/top.jpg" width="900" height="150" alt=""></td></tr>
<tr><td colspan="2" class="menubar"><a href="../default.asp">หน้าแรก</a> | <a href="../about.asp">ข้อมูลจังหวัด</a> | <a href="default.asp">ข่าวประชาสัมพันธ์</a> | <a href="../procure.asp">ประกาศจัดซื้อจัดจ้าง</a> | <a href="../webboard/default.asp">กระดานถาม-ตอบ</a></td></tr>
<tr><td width="680" valign="top">
<table width="100%" border="0" cellpadding="5" cellspacing="0">
<tr><td class="newsdate">วันที่ลงข่าว : {_asp_date(d)}</td></tr>
<tr><td class="topic">{esc(article.title)}</td></tr>
<tr><td class="detail">
{paragraphs(article)}
</td></tr>
<tr><td align="right" class="small">ผู้อ่าน {counter(article)} คน | <a href="javascript:window.print()">พิมพ์หน้านี้</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td colspan="2" class="head2">ข่าวอื่นๆ</td></tr>{rel}</table>
</td>
<td width="220" valign="top" bgcolor="#FFF8E7">
<table width="100%"><tr><td class="head2">ลิงก์หน่วยงาน</td></tr><tr><td><a href="http://www.moi.go.th">กระทรวงมหาดไทย</a><br><a href="http://www.dopa.go.th">กรมการปกครอง</a></td></tr></table>
<table width="100%"><tr><td class="head2">สถิติ</td></tr><tr><td><img src="../counter/counter.asp?id=news" alt=""> <span class="small">เริ่มนับ 1/10/2550</span></td></tr></table>
</td></tr>
<tr><td colspan="2" class="footer" align="center">สำนักงานจังหวัดนครราชสีมา ศาลากลางจังหวัดนครราชสีมา ถนนมหาดไทย ตำบลในเมือง อำเภอเมือง จังหวัดนครราชสีมา 30000 โทร. 0-4424-3220<br>ปรับปรุงข้อมูลล่าสุด {TODAY.day - 3}/{TODAY.month}/{TODAY.year + 543}</td></tr>
</table>
</body>
</html>"""


# ------------------------------------------------------------------ FrontPage


def frontpage_url(article: DemoArticle) -> str:
    return f"https://www.obec-sp2.go.th/news/news{article.number}.htm"


def _fp_date(moment: datetime) -> str:
    # typed by the PR officer in the FrontPage editor, Thai digits throughout
    return thai_digits(f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}")


def frontpage_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Microsoft FrontPage 2003 static page on an education area office: <title> "ข่าว
    สพท." with a number; everything in tables with ``<font face="Angsana New">``; a
    typed "ข่าวประชาสัมพันธ์ ฉบับที่ ๑๒/๒๕๖๗" line, the headline a centred bold font
    paragraph, the typed date "วันที่ ๕ มีนาคม ๒๕๖๗" (Thai digits, BE) under it; a
    "ข่าวก่อนหน้านี้" list with Thai-digit dates; FrontPage's webbot timestamp "แก้ไขครั้งสุดท้าย"
    giving another (later) day."""
    d = day_of(article)
    edited = d + timedelta(days=2 + article.number % 4)
    prev = "".join(
        f'<p style="margin-top: 0; margin-bottom: 0"><font face="Angsana New" size="4">- <a href="news{r.number}.htm">{esc(r.title)}</a> ({_fp_date(day_of(r))})</font></p>'
        for r in related
    )
    paras = "\n".join(
        f'<p style="text-indent: 36pt; margin-top: 0; margin-bottom: 0"><font face="Angsana New" size="4">{esc(line)}</font></p>'
        for line in body_lines(article)
    )
    issue = thai_digits(f"{article.number % 90 + 1}/{d.year + 543}")
    return f"""<html>
<head>
<meta http-equiv="Content-Language" content="th">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ข่าว สพท.{article.number % 90 + 1}</title>
</head>
<body background="images/bg.gif">
<div align="center">
<table border="1" width="800" cellspacing="0" cellpadding="0" bordercolor="#C0C0C0">
<tr><td width="800" bgcolor="#000080"><p align="center"><font face="Angsana New" size="6" color="#FFFFFF"><b>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุพรรณบุรี เขต 2</b></font></p></td></tr>
<tr><td width="800" bgcolor="#C0C0C0"><font face="MS Sans Serif" size="1"><a href="../index.htm">หน้าแรก</a> | <a href="index.htm">ข่าวประชาสัมพันธ์</a> | <a href="../download.htm">ดาวน์โหลดแบบฟอร์ม</a> | <a href="../contact.htm">ติดต่อ</a></font></td></tr>
<tr><td width="800">
<p align="right"><font face="Angsana New" size="4">ข่าวประชาสัมพันธ์ ฉบับที่ {issue}</font></p>
<p align="center"><b><font face="Angsana New" size="5" color="#000080">{esc(article.title)}</font></b></p>
<p align="center"><font face="Angsana New" size="4">วันที่ {_fp_date(d)}</font></p>
{paras}
<p align="right"><font face="Angsana New" size="4">กลุ่มส่งเสริมการศึกษาทางไกลฯ ข่าว/ภาพ</font></p>
<hr color="#C0C0C0" size="1">
<p><b><font face="Angsana New" size="4">ข่าวก่อนหน้านี้</font></b></p>
{prev}
</td></tr>
<tr><td width="800" bgcolor="#EEEEEE"><p align="center"><font face="MS Sans Serif" size="1">สพป.สุพรรณบุรี เขต 2 ถนนมาลัยแมน อำเภออู่ทอง จังหวัดสุพรรณบุรี 72160 โทร. 0-3555-1073<br>แก้ไขครั้งสุดท้าย <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%Y" -->{edited:%d/%m/%Y}</font></p></td></tr>
</table>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ Oracle WebCenter Sites


def wcs_url(article: DemoArticle) -> str:
    return f"https://www.customs.go.th/cs/Satellite?c=Article_C&cid={1400000000000 + article.number}&pagename=Customs%2FArticle_C%2FLayout"


def _wcs_date(moment: datetime) -> str:
    # SimpleDateFormat("dd MMM yyyy HH:mm", new Locale("th", "TH", "TH")): Buddhist calendar
    return f"{moment:%d} {ABBR[moment.month - 1]} {moment.year + 543} {moment:%H:%M}"


def wcs_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Oracle WebCenter Sites 12c (Satellite servlet): <title> "headline - site", og:
    right, a JSON-LD NewsArticle with the right date; the headline ``h1.article-title``,
    "เผยแพร่ : 05 มี.ค. 2567 10:22" (Java's th_TH_TH locale, BE); "ข่าวที่เกี่ยวข้อง"
    teasers with "05 มี.ค. 2567" dates after; a cookie consent and an accessibility bar."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
          "datePublished": d.isoformat(), "author": {"@type": "Organization", "name": "กรมศุลกากร"}}  # fmt: skip
    rel = "".join(
        f'<div class="teaser"><a href="{esc(wcs_url(r))}"><h4>{esc(r.title)}</h4></a><span class="teaser-date">{day_of(r):%d} {ABBR[day_of(r).month - 1]} {day_of(r).year + 543}</span></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>{esc(article.title)} - กรมศุลกากร</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d.isoformat()}">
<script type="application/ld+json">{script_json(ld)}</script>
<link rel="stylesheet" href="/cs/Customs/css/main.css">
</head>
<body>
<div class="a11y-bar"><a href="#">ก-</a> <a href="#">ก</a> <a href="#">ก+</a> <a href="#">คอนทราสต์</a></div>
<header class="site-header"><a href="/cs/Satellite?pagename=Customs%2FPage%2FHome"><img src="/cs/Customs/img/logo.svg" alt="กรมศุลกากร The Customs Department"></a>
<nav class="mega-menu"><ul><li><a href="#">เกี่ยวกับกรม</a></li><li><a href="#">พิธีการศุลกากร</a></li><li><a href="#">ข่าวสาร</a></li><li><a href="#">ติดต่อเรา</a></li></ul></nav></header>
<div class="breadcrumb"><a href="#">หน้าแรก</a> / <a href="#">ข่าวสาร</a> / <span>ข่าวประชาสัมพันธ์</span></div>
<main class="container">
<article class="article-detail">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-meta"><span class="pub">เผยแพร่ : {_wcs_date(d)}</span> <span class="views">เข้าชม {counter(article)}</span></div>
<div class="article-body">
{paragraphs(article)}
</div>
<div class="article-share"><a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">คัดลอกลิงก์</a></div>
</article>
<section class="related"><h3>ข่าวที่เกี่ยวข้อง</h3>{rel}</section>
</main>
<footer class="site-footer"><p>กรมศุลกากร 1 ถนนสุนทรโกษา แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110 Customs Call Center 1164</p></footer>
<div id="cookie-consent" class="cookie"><p>เว็บไซต์นี้มีการใช้คุกกี้ เพื่อเพิ่มประสิทธิภาพการใช้งาน</p><button>ยอมรับทั้งหมด</button> <button>ตั้งค่า</button></div>
</body>
</html>"""


# ------------------------------------------------------------------ IBM WebSphere Portal


def wps_url(article: DemoArticle) -> str:
    return f"https://www.sso.go.th/wpr/main/news/detail_{article.number}/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfI"


def _wps_date(moment: datetime) -> str:
    # a WCM [Element format="DATE_SHORT"] under th_TH_TH: d/M/yy, two-digit BE year
    return f"{moment.day}/{moment.month}/{(moment.year + 543) % 100:02d}"


def wps_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """IBM WebSphere Portal 8.5 with a WCM Web Content Viewer portlet: <title> the portal
    PAGE "ข่าวประชาสัมพันธ์ - สำนักงานประกันสังคม"; portlet wrappers and skin chrome; a
    "ข่าวล่าสุด" portlet with "5/3/67" dates BEFORE the article portlet; the headline an
    ``h2`` in ``.wcm-title``, the date "วันที่เผยแพร่ 5/3/67 10:22" (DATE_SHORT, two-digit
    BE year); a site clock of today in the banner."""
    d = day_of(article)
    latest = "".join(
        f'<li><a href="{wps_url(r)}">{esc(r.title)}</a><div class="wcm-date">{_wps_date(day_of(r))}</div></li>'
        for r in related
    )
    clock = f"{TODAY.day} {THAI_MONTHS[TODAY.month - 1]} {TODAY.year + 543}"
    return f"""<!DOCTYPE html>
<html lang="th" class="lotusui30dojo">
<head>
<meta charset="UTF-8">
<title>ข่าวประชาสัมพันธ์ - สำนักงานประกันสังคม</title>
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!x5e/mashup/ra:collection?themeID=ZJ_SSO">
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="{wps_url(article)}">
</head>
<body class="lotusui30_body locale_th">
<div class="wpthemeFrame">
<header role="banner"><div class="wpthemeHeader"><div class="wpthemeInner"><div class="wpthemeBanner"><a class="wpthemeBrand" href="/wpr/main">สำนักงานประกันสังคม</a><span class="clock">วันนี้ {clock}</span></div>
<nav class="wpthemePrimaryNav"><ul><li><a href="#">หน้าหลัก</a></li><li class="wpthemeSelected"><a href="#">ข่าวสาร</a></li><li><a href="#">สิทธิประโยชน์</a></li><li><a href="#">e-Service</a></li></ul></nav></div></div></header>
<div class="wpthemeMainContent"><div class="wpthemeInner">
<div class="wpthemeBreadcrumb"><a href="#">หน้าหลัก</a> &gt; <a href="#">ข่าวสาร</a> &gt; <span>ข่าวประชาสัมพันธ์</span></div>
<div class="wpthemeLayoutContainers wpthemeLayoutContainersHidden">
<div class="component-container wpthemeCol wpthemeLeft wpthemeCol4of12" name="ibmMainContainer">
<section class="ibmPortalControl wpthemeControl a11yRegionTarget" id="portletLatest"><div class="wpthemeControlHeader"><h2><span class="asa.portlet.title">ข่าวล่าสุด</span></h2></div>
<div class="wpthemeControlBody"><ul class="wcm-list">{latest}</ul></div></section>
</div>
<div class="component-container wpthemeCol wpthemeRight wpthemeCol8of12" name="ibmMainContainer2">
<section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegionTarget" id="portletDetail"><div class="wpthemeControlHeader"><h2><span class="asa.portlet.title">Web Content Viewer</span></h2></div>
<div class="wpthemeControlBody">
<div class="wcm-detail">
<div class="wcm-title"><h2>{esc(article.title)}</h2></div>
<div class="wcm-meta">วันที่เผยแพร่ {_wps_date(d)} {d:%H:%M}</div>
<div class="wcm-body">
{paragraphs(article)}
</div>
<div class="wcm-footer">ผู้เข้าชม {counter(article)} | <a href="#">พิมพ์</a></div>
</div>
</div></section>
</div>
</div>
</div></div>
<footer class="wpthemeFooter"><p>สำนักงานประกันสังคม 88/28 หมู่ 4 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000 สายด่วน 1506</p></footer>
</div>
</body>
</html>"""


# ------------------------------------------------------------------ Gatsby


def gatsby_url(article: DemoArticle) -> str:
    return f"https://www.depa.or.th/th/news/pr-{article.number}/"


def _gatsby_date(moment: datetime) -> str:
    # GraphQL date(formatString: "D MMMM YYYY", locale: "th"): moment keeps the CE year
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year}"


def gatsby_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Gatsby 5 static build with react-helmet: <title> "headline | site", og: right,
    JSON-LD with the right date; the page inside ``#___gatsby``/``#gatsby-focus-wrapper``;
    the headline ``h1``, the date "5 มีนาคม 2024" (moment's th locale: CE year) with
    "อ่าน 3 นาที"; "ข่าวล่าสุด" cards with "5 มีนาคม 2024" dates after; a cookie banner."""
    d = day_of(article)
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": article.title,
          "datePublished": d.isoformat(), "url": gatsby_url(article)}  # fmt: skip
    cards = "".join(
        f'<article class="post-card"><a href="{gatsby_url(r)}"><h3 class="post-card-title">{esc(r.title)}</h3></a><small>{_gatsby_date(day_of(r))}</small></article>'
        for r in related
    )
    minutes = max(1, sum(len(line) for line in body_lines(article)) // 900)
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Gatsby 5.12.4">
<title data-react-helmet="true">{esc(article.title)} | สำนักงานส่งเสริมเศรษฐกิจดิจิทัล</title>
<meta data-react-helmet="true" property="og:title" content="{esc(article.title)}">
<meta data-react-helmet="true" property="og:type" content="article">
<meta data-react-helmet="true" name="description" content="{esc(_lead(article))}">
<script type="application/ld+json" data-react-helmet="true">{script_json(ld)}</script>
<link as="script" rel="preload" href="/webpack-runtime-7d3c.js">
</head>
<body>
<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="Header-module--header--2cX1a"><a class="Header-module--logo--3hZ0s" href="/th/">depa</a>
<nav><a href="/th/about/">เกี่ยวกับเรา</a><a aria-current="page" href="/th/news/">ข่าวสาร</a><a href="/th/services/">บริการ</a><a href="/en/">EN</a></nav></header>
<main class="Layout-module--main--1v9sA">
<article class="blog-post" itemscope="" itemType="http://schema.org/Article">
<header><h1 itemProp="headline">{esc(article.title)}</h1>
<p class="post-meta">{_gatsby_date(d)} · อ่าน {minutes} นาที</p></header>
<section itemProp="articleBody">
{paragraphs(article)}
</section>
<hr>
</article>
<nav class="blog-post-nav"><ul><li><a rel="prev" href="{gatsby_url(related[0])}">← {esc(related[0].title)}</a></li></ul></nav>
<section class="latest"><h2>ข่าวล่าสุด</h2>{cards}</section>
</main>
<footer class="Footer-module--footer--1Jz3F">สำนักงานส่งเสริมเศรษฐกิจดิจิทัล 80 ถนนลาดพร้าว ซอยลาดพร้าว 4 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900 โทร. 0 2026 2333 · © 2024, Built with Gatsby</footer>
<div class="CookieConsent" style="position:fixed;bottom:0"><div>เว็บไซต์นี้ใช้คุกกี้</div><button id="rcc-confirm-button">ยอมรับ</button></div>
</div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/th/news/pr-{article.number}/";/*]]>*/</script>
</body>
</html>"""


# ------------------------------------------------------------------ Angular Universal


def angular_url(article: DemoArticle) -> str:
    return f"https://www.onde.go.th/news/{article.number}"


def _ng_medium(moment: datetime) -> str:
    # DatePipe 'medium' with the "th" locale: "d MMM y HH:mm:ss", CE year
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year} {moment:%H:%M:%S}"


def _ng_short(moment: datetime) -> str:
    # DatePipe 'mediumDate' with "th": "d MMM y"
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year}"


def angular_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Angular 16 Universal (server-rendered): <title> the SITE only (the Title service was
    never called), no og:; ``_ngcontent`` attributes everywhere; a mat-toolbar, a
    "ข่าวแนะนำ" carousel of other articles with "5 มี.ค. 2024" dates BEFORE the article;
    the headline ``h1.news-title``, the date "5 มี.ค. 2024 10:22:00" (DatePipe 'medium',
    CE year) in a mat-chip; the transfer state JSON (serverApp-state) repeats the article
    with an ISO date; a snack-bar cookie notice."""
    d = day_of(article)
    carousel = "".join(
        f'<div _ngcontent-sc41="" class="slide"><a _ngcontent-sc41="" href="/news/{r.number}"><span _ngcontent-sc41="" class="slide-title">{esc(r.title)}</span></a><span _ngcontent-sc41="" class="slide-date">{_ng_short(day_of(r))}</span></div>'
        for r in related[:2]
    )
    more = "".join(
        f'<mat-list-item _ngcontent-sc43=""><a _ngcontent-sc43="" href="/news/{r.number}">{esc(r.title)}</a><span _ngcontent-sc43="" class="date">{_ng_short(day_of(r))}</span></mat-list-item>'
        for r in related[2:]
    )
    state = {"news-detail": {"id": article.number, "title": article.title,
                             "publishDate": d.isoformat(), "viewCount": counter(article)}}  # fmt: skip
    paras = paragraphs(article, "p", ' _ngcontent-sc42=""')
    return f"""<!DOCTYPE html><html lang="th"><head>
<meta charset="utf-8">
<title>สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ</title>
<base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="styles.8c1f3e.css">
<style ng-app-id="serverApp">.news-title[_ngcontent-sc42]{{font-size:1.6rem}}</style>
</head>
<body class="mat-typography">
<app-root _nghost-sc40="" ng-version="16.2.12" ng-server-context="ssr">
<mat-toolbar _ngcontent-sc40="" color="primary" class="mat-toolbar mat-primary"><a _ngcontent-sc40="" href="/" class="brand">สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ</a>
<a _ngcontent-sc40="" mat-button="" href="/news">ข่าวสาร</a><a _ngcontent-sc40="" mat-button="" href="/about">เกี่ยวกับ</a><a _ngcontent-sc40="" mat-button="" href="/contact">ติดต่อ</a></mat-toolbar>
<router-outlet _ngcontent-sc40=""></router-outlet>
<app-news-detail _nghost-sc42="">
<app-carousel _ngcontent-sc42="" _nghost-sc41=""><div _ngcontent-sc41="" class="carousel"><h3 _ngcontent-sc41="">ข่าวแนะนำ</h3>{carousel}</div></app-carousel>
<div _ngcontent-sc42="" class="news-container">
<h1 _ngcontent-sc42="" class="news-title">{esc(article.title)}</h1>
<mat-chip-set _ngcontent-sc42=""><mat-chip _ngcontent-sc42="" class="date-chip">{_ng_medium(d)}</mat-chip><mat-chip _ngcontent-sc42="">ผู้เข้าชม {counter(article)}</mat-chip></mat-chip-set>
<div _ngcontent-sc42="" class="news-content">
{paras}
</div>
</div>
<app-related _ngcontent-sc42="" _nghost-sc43=""><h3 _ngcontent-sc43="">ข่าวที่เกี่ยวข้อง</h3><mat-list _ngcontent-sc43="">{more}</mat-list></app-related>
</app-news-detail>
<app-footer _ngcontent-sc40=""><footer _ngcontent-sc40="">สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ 120 หมู่ 3 ศูนย์ราชการเฉลิมพระเกียรติ อาคารรัฐประศาสนภักดี ชั้น 9 ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210 โทร. 0 2142 1033</footer></app-footer>
<div _ngcontent-sc40="" class="cdk-overlay-container"><div _ngcontent-sc40="" class="mat-snack-bar-container">เว็บไซต์นี้ใช้คุกกี้ <button _ngcontent-sc40="">ตกลง</button></div></div>
</app-root>
<script id="serverApp-state" type="application/json">{script_json(state)}</script>
<script src="runtime.5f1a.js" type="module"></script><script src="main.93b2.js" type="module"></script>
</body></html>"""


# ------------------------------------------------------------------ Express + EJS


def ejs_url(article: DemoArticle) -> str:
    return f"https://www.pathumthani.go.th/news/{article.number}"


def _ejs_date(moment: datetime) -> str:
    # dayjs(n.createdAt).locale('th').format('DD MMM BBBB HH:mm') with the buddhistEra plugin
    return f"{moment:%d} {ABBR[moment.month - 1]} {moment.year + 543} {moment:%H:%M}"


def ejs_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Express 4 + EJS, a provincial office's in-house site: <title> "headline |
    site", og:title right, no JSON-LD; a Bootstrap navbar, a flash-message alert and the
    "ข่าวล่าสุด" list group; the headline ``h3.card-title`` in a card, the body in
    ``card-text``; the date "โพสต์เมื่อ 05 มี.ค. 2567 10:22" (dayjs' Buddhist era) only in
    the card FOOTER after the body, next to "แก้ไขล่าสุด" with a later date."""
    d = day_of(article)
    updated = d + timedelta(days=1 + article.number % 6, hours=1)
    latest = "".join(
        f'<a href="/news/{r.number}" class="list-group-item list-group-item-action"><div class="fw-bold">{esc(r.title)}</div><small class="text-muted">{_ejs_date(day_of(r))}</small></a>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} | สำนักงานจังหวัดปทุมธานี</title>
<meta property="og:title" content="{esc(article.title)}">
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">สำนักงานจังหวัดปทุมธานี</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link active" href="/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/complaint">ร้องเรียน</a></li><li class="nav-item"><a class="nav-link" href="/login">เข้าสู่ระบบ</a></li></ul></div></nav>
<div class="container mt-4">
<div class="alert alert-info" role="alert">ประกาศ: ระบบจะปิดปรับปรุงทุกวันอาทิตย์ เวลา 22.00 - 24.00 น.</div>
<div class="row">
<div class="col-md-8">
<div class="card mb-4">
<img class="card-img-top" src="/uploads/news/{article.number}.jpg" alt="">
<div class="card-body">
<h3 class="card-title">{esc(article.title)}</h3>
<span class="badge bg-secondary">{esc(article.category)}</span>
<div class="card-text">
{paragraphs(article)}
</div>
</div>
<div class="card-footer text-muted">โพสต์เมื่อ {_ejs_date(d)} · แก้ไขล่าสุด {_ejs_date(updated)} · เข้าชม {counter(article)} ครั้ง</div>
</div>
</div>
<div class="col-md-4"><div class="card"><div class="card-header">ข่าวล่าสุด</div><div class="list-group list-group-flush">{latest}</div></div></div>
</div>
</div>
<footer class="bg-dark text-white py-3 mt-4"><div class="container">สำนักงานจังหวัดปทุมธานี ศาลากลางจังหวัดปทุมธานี ถนนปทุมธานี-สามโคก ตำบลบางปรอก อำเภอเมือง จังหวัดปทุมธานี 12000 โทร. 0 2581 6040</div></footer>
<script src="/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


# ------------------------------------------------------------------ Flask + Jinja


def flask_url(article: DemoArticle) -> str:
    return f"https://www.spm-nakhonsawan.go.th/news/view/{article.number}"


def _flask_date(moment: datetime) -> str:
    # {{ news.created_at.strftime('%d/%m/%Y %H:%M') }}: CE year, day first
    return f"{moment:%d/%m/%Y %H:%M}"


def flask_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Flask + Jinja2 with Bootstrap-Flask, a secondary education area office: <title> the
    base template's default "หน้าแรก - site" (the block was never overridden), no og:;
    a "ข่าวล่าสุด" sidebar BEFORE the content in the markup with "05/03/2024" dates; the
    headline an ``h4`` under the section ``h1`` "ข่าวประชาสัมพันธ์"; "ปรับปรุงล่าสุด
    08/03/2024 14:05" printed ABOVE "โพสต์เมื่อ 05/03/2024 10:22" (strftime, CE year)."""
    d = day_of(article)
    updated = d + timedelta(days=2 + article.number % 7, hours=4)
    side = "".join(
        f'<li class="list-group-item"><a href="/news/view/{r.number}">{esc(r.title)}</a><br><small>{day_of(r):%d/%m/%Y}</small></li>'
        for r in related
    )
    return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>หน้าแรก - สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครสวรรค์</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
</head>
<body>
<nav class="navbar navbar-expand-md navbar-light bg-light"><a class="navbar-brand" href="/">สพม.นครสวรรค์</a>
<div class="navbar-nav"><a class="nav-item nav-link" href="/">หน้าแรก</a><a class="nav-item nav-link active" href="/news/">ข่าวประชาสัมพันธ์</a><a class="nav-item nav-link" href="/docs/">หนังสือราชการ</a><a class="nav-item nav-link" href="/auth/login">เข้าสู่ระบบ</a></div></nav>
<div class="container">
<div class="row">
<aside class="col-md-3 order-md-2"><h5>ข่าวล่าสุด</h5><ul class="list-group">{side}</ul></aside>
<main class="col-md-9 order-md-1">
<h1 class="section-title">ข่าวประชาสัมพันธ์</h1>
<div class="news-view">
<h4>{esc(article.title)}</h4>
<p class="text-muted small">ปรับปรุงล่าสุด {_flask_date(updated)}</p>
<p class="text-muted small">โพสต์เมื่อ {_flask_date(d)} โดย กลุ่มอำนวยการ</p>
<hr>
<div class="news-content">
{paragraphs(article)}
</div>
<p><a class="btn btn-outline-secondary btn-sm" href="/news/">« กลับ</a></p>
</div>
</main>
</div>
</div>
<footer class="footer bg-light"><div class="container"><span class="text-muted">สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครสวรรค์ 1016 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมือง จังหวัดนครสวรรค์ 60000 โทร. 0 5622 1574</span></div></footer>
</body>
</html>"""


# ------------------------------------------------------------------ Adobe Muse


def muse_url(article: DemoArticle) -> str:
    return f"https://www.tambon-bangkrathum.go.th/news-{article.number}.html"


def _muse_date(moment: datetime) -> str:
    # typed into a text frame by hand: abbreviated month, two-digit BE year
    return f"{moment.day} {ABBR[moment.month - 1]} {(moment.year + 543) % 100:02d}"


def muse_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Adobe Muse CC export, a municipality: <title> the page name "ข่าว 12"; no heading
    tags at all, every text frame an absolutely placed ``div#uNNN`` of ``p`` lines; the
    headline a ``p`` in a bigger text frame; a frame "ข่าวอื่นๆ" with typed "5 มี.ค. 67"
    dates placed BEFORE the article in the markup; the article's typed date "5 มี.ค. 67"
    in its own small frame under the headline."""
    d = day_of(article)
    uid = 200 + article.number % 700
    others = "".join(
        f'<p id="u{uid + 40 + i}-{i}"><a class="nonblock" href="news-{r.number}.html">{esc(r.title)}</a></p><p id="u{uid + 50 + i}-{i}">{_muse_date(day_of(r))}</p>'
        for i, r in enumerate(related)
    )
    paras = "\n".join(
        f'<p id="u{uid + 10}-{i}">{esc(line)}</p>' for i, line in enumerate(body_lines(article))
    )
    return f"""<!DOCTYPE html>
<html class="nojs html css_verticalspacer" lang="th-TH">
<head>
<meta http-equiv="Content-type" content="text/html;charset=UTF-8">
<meta name="generator" content="2018.1.1.386">
<script type="text/javascript">
var __adobewebfontsappname__ = "muse";
</script>
<title>ข่าว {article.number % 40 + 1}</title>
<link rel="stylesheet" type="text/css" href="css/site_global.css?crc=443350757">
<link rel="stylesheet" type="text/css" href="css/news-{article.number}.css?crc=4218901">
</head>
<body>
<div class="clearfix" id="page">
<div class="clip_frame grpelem" id="u101"><img class="block" id="u101_img" src="images/logo.png?crc=3881" alt="" width="120" height="120"></div>
<div class="clearfix grpelem" id="u102-4"><p>เทศบาลตำบลบางกระทุ่ม</p></div>
<div class="clearfix grpelem" id="u103"><a class="nonblock nontext" href="index.html">หน้าหลัก</a> <a class="nonblock nontext" href="about.html">เกี่ยวกับเรา</a> <a class="nonblock nontext" href="news.html">ข่าวสาร</a> <a class="nonblock nontext" href="contact.html">ติดต่อ</a></div>
<div class="clearfix grpelem" id="u{uid + 30}-6"><p id="u{uid + 30}-1">ข่าวอื่นๆ</p>{others}</div>
<div class="clearfix grpelem" id="u{uid}-4"><p>{esc(article.title)}</p></div>
<div class="clearfix grpelem" id="u{uid + 5}-4"><p>{_muse_date(d)}</p></div>
<div class="clearfix grpelem" id="u{uid + 10}-24">
{paras}
</div>
<div class="clearfix grpelem" id="u{uid + 60}-4"><p>เทศบาลตำบลบางกระทุ่ม 88 หมู่ 1 ตำบลบางกระทุ่ม อำเภอบางกระทุ่ม จังหวัดพิษณุโลก 65110</p><p>โทร. 0-5539-1123</p></div>
<div class="verticalspacer" data-offset-top="1480" data-content-above-spacer="1480" data-content-below-spacer="60"></div>
</div>
<script src="scripts/museutils.js?crc=3781" type="text/javascript"></script>
</body>
</html>"""


def muse_hints(article: DemoArticle) -> Hints:
    """Crawled from the hand-made news.html list: its link text and the typed date."""
    return Hints(title=article.title, list_date=_muse_date(day_of(article)))
