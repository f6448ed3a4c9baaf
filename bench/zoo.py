"""A zoo of Thai government page families for the extraction benchmark and tests.

Every family renders any real article of the bundled thaigov corpus
(crawler/demo/corpus.py) the way one kind of real Thai government system does, with the
noise those systems put around it: menus, visit counters, side boxes of other articles
WITH THEIR DATES, share bars, footers with addresses and phone numbers.

Families are split in two halves:

- ``unseen``: written before the extractor was touched for issue 14 and never used to tune
  it (their scores are only read at the end);
- ``tuned``: the families the extractor was developed against;
- ``holdout``: written after the unseen half had been measured (and the extractor fixed
  for what it showed), measured once at the end and never used for tuning;
- ``fresh`` (bench/zoo_fresh.py): written after the holdout had been fixed for too, without
  reading the extractor; its first measurement is the blind one (bench/RESULTS.md);
- ``blind`` (bench/zoo_blind.py): written after every half above had been used for tuning,
  without reading the extractor and without ever running extraction on its pages; kept
  out of the tests and of bench/cross_family.py until its one measurement.
- ``blind2`` (bench/zoo_blind2.py): a second blind half, written after the blind half had
  been measured and tuned for, under the same rules (never read the extractor, never run
  extraction on its pages); likewise kept out until its one measurement.
- ``blind3`` (bench/zoo_blind3.py): a third blind half (XOOPS, Mambo, PHP-Fusion, e107,
  SilverStripe, Contao, 1C-Bitrix, Webflow, Tilda, HubSpot, Grav, October CMS), written
  under the same rules (never read the extractor, never run extraction on its pages);
  likewise kept out until its one measurement.
- ``blind4`` (bench/zoo_blind4.py): a fourth blind half (ExpressionEngine, Textpattern,
  Bolt, Pimcore, Magnolia, OpenCms, dotCMS, AEM, Jimdo, Duda, Jekyll minima, Notion via
  Super.so), written under the same rules (never read the extractor, never run extraction
  on its pages); likewise kept out until its one measurement.
- ``blind5`` (bench/zoo_blind5.py): a fifth blind half (django CMS, ProcessWire, Kirby,
  Statamic, Movable Type, Serendipity, PHP-Nuke, Backdrop CMS, Mura CMS, NukeViet,
  Optimizely/Episerver, Sulu), written under the same rules (never read the extractor,
  never run extraction on its pages); likewise kept out until its one measurement.
- ``blind6`` (bench/zoo_blind6.py): a sixth blind half (MAXSITE, Lotus Domino, ColdFusion,
  classic ASP, FrontPage, Oracle WebCenter Sites, WebSphere Portal, Gatsby, Angular
  Universal, Express + EJS, Flask + Jinja, Adobe Muse), written under the same rules (never
  read the extractor, never run extraction on its pages); likewise kept out until its one
  measurement.

The second and third tuning rounds' families (bench/zoo_tuning2.py, bench/zoo_tuning3.py) are
``tuned``: their first look is in bench/RESULTS.md, and the extractor was then fixed for them.

A family gives the page URL, the HTML and, for sites crawled from a listing or a feed, the
hints the listing gave (its link text and the date printed next to it): that is what
a spider knows before it reads the page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from crawler.demo import templates
from crawler.demo.corpus import DemoArticle

THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]  # fmt: skip
ABBR = templates.THAI_MONTHS_ABBR
WEEKDAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def day_of(article: DemoArticle) -> datetime:
    return templates.published_datetime(article)


def be(article: DemoArticle) -> int:
    return day_of(article).year + 543


@dataclass(frozen=True)
class Hints:
    title: str = ""
    list_date: str | None = None


@dataclass(frozen=True)
class Family:
    name: str
    half: str  # "tuned" or "unseen"
    system: str  # what real system it imitates
    url: Callable[[DemoArticle], str]
    render: Callable[[DemoArticle, list[DemoArticle]], str]
    hints: Callable[[DemoArticle], Hints] = lambda article: Hints()


def body_lines(article: DemoArticle) -> list[str]:
    return [line for line in article.body.split("\n") if line.strip()]


def counter(article: DemoArticle) -> str:
    return f"{(article.number * 37) % 90000 + 1000:,}"


# shared by the blind halves: what many systems print the same way
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
EN_ABBR = [m[:3] for m in EN_MONTHS]


def script_json(value: object) -> str:
    """JSON for a <script> block, with no '</' that could close it."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def paragraphs(article: DemoArticle, tag: str = "p", attrs: str = "") -> str:
    """The article's body lines, one element each."""
    return "\n".join(f"<{tag}{attrs}>{esc(line)}</{tag}>" for line in body_lines(article))


def abbr_be(moment: datetime) -> str:
    """ "5 มี.ค. 2567": day, abbreviated Thai month, BE year."""
    return f"{moment.day} {ABBR[moment.month - 1]} {moment.year + 543}"


# =================================================================== UNSEEN families
# Written first; the extractor was not tuned against them.


def joomla15_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 1.5 on a provincial office: <title> is only the site name, the headline is a
    td.contentheading, the date line a td.createdate in Thai month names with the
    Christian year (Joomla's Thai locale), modules of latest news with their dates."""
    d = day_of(article)
    created = (
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {THAI_MONTHS[d.month - 1]} {d.year} เวลา {d:%H:%M} น."
    )
    latest = "".join(
        f'<tr><td><a class="latestnews" href="index.php?option=com_content&amp;task=view&amp;id={r.number}">'
        f'{esc(r.title)}</a><br><span class="small">{day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {day_of(r).year}</span></td></tr>'
        for r in related
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>\n" for line in body_lines(article))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>สำนักงานจังหวัดลำปาง</title>
<link href="/templates/rhuk_milkyway/css/template.css" rel="stylesheet" type="text/css" /></head>
<body id="page_bg">
<div id="header"><h1 class="sitename">สำนักงานจังหวัดลำปาง</h1><div class="slogan">Lampang Provincial Office</div></div>
<div id="tabarea"><ul class="mainlevel"><li><a href="/">หน้าแรก</a></li><li><a href="/index.php?option=com_content&amp;view=section&amp;id=1">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php?option=com_contact">ติดต่อเรา</a></li><li><a href="/webboard">เว็บบอร์ด</a></li></ul></div>
<table class="blog" width="100%"><tr>
<td id="leftcolumn" valign="top">
<div class="moduletable"><h3>เมนูหลัก</h3><ul class="menu"><li><a href="/about">ข้อมูลจังหวัด</a></li><li><a href="/plan">แผนพัฒนาจังหวัด</a></li><li><a href="/org">ทำเนียบผู้บริหาร</a></li></ul></div>
<div class="moduletable"><h3>ข่าวล่าสุด</h3><table>{latest}</table></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3>วันนี้ 312<br>เมื่อวาน 1,204<br>ทั้งหมด {counter(article)}</div>
</td>
<td valign="top" width="70%">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(article.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={article.number}&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={article.number}&amp;print=1" title="พิมพ์"><img src="/images/M_images/printButton.png" alt="พิมพ์" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">เขียนโดย ประชาสัมพันธ์จังหวัด</span></td></tr>
<tr><td valign="top" colspan="2" class="createdate">{created}</td></tr>
<tr><td valign="top" colspan="2">
{paragraphs}</td></tr>
<tr><td colspan="2" align="left" class="modifydate">ปรับปรุงล่าสุด ( {d.day + 0} {THAI_MONTHS[(d.month) % 12]} {d.year + (1 if d.month == 12 else 0)} )</td></tr></table>
<span class="article_separator">&nbsp;</span>
<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="/index.php?id={article.number - 1}">&lt; ก่อนหน้า</a></th><th class="pagenav_next"><a href="/index.php?id={article.number + 1}">ถัดไป &gt;</a></th></tr></table>
</td></tr></table>
<div id="footer">สำนักงานจังหวัดลำปาง ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมือง จังหวัดลำปาง 52000<br />โทรศัพท์ 0-5426-5050 โทรสาร 0-5426-5051 &copy; 2008 Powered by Joomla!</div>
</body></html>"""


def aspnet_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """ASP.NET WebForms: the whole page inside <form>, __VIEWSTATE, spans with ctl00_ ids;
    the date glued like ``29พย.61 เวลา 13.30 น.``; <title> the department name."""
    d = day_of(article)
    abbr = ABBR[d.month - 1].replace(".", "")
    dateline = f"{d.day}{abbr}.{be(article) % 100:02d} เวลา {d:%H.%M} น."
    detail = "<br /><br />".join(esc(line) for line in body_lines(article))
    others = "".join(
        f'<tr><td><a id="ctl00_gvNews_ctl0{i}_hlTitle" href="NewsDetail.aspx?id={r.number}">{esc(r.title)}</a></td>'
        f"<td>{day_of(r):%d/%m}/{day_of(r).year + 543}</td></tr>"
        for i, r in enumerate(related, 2)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><title>
	กรมส่งเสริมการเกษตร
</title><link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="NewsDetail.aspx?id={article.number}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3{article.number}Q==" /></div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKO0ZXcDw==" /></div>
<div id="ctl00_pnlHeader" class="header"><img src="images/header.jpg" alt="กรมส่งเสริมการเกษตร Department of Agricultural Extension" /></div>
<div id="ctl00_pnlMenu"><a href="Default.aspx">หน้าหลัก</a> <a href="About.aspx">เกี่ยวกับกรม</a> <a href="News.aspx">ข่าวสาร</a> <a href="Procure.aspx">จัดซื้อจัดจ้าง</a> <a href="Contact.aspx">ติดต่อ</a></div>
<table width="100%"><tr><td valign="top" width="75%">
<div id="ctl00_ContentPlaceHolder1_pnlNews">
<span id="ctl00_ContentPlaceHolder1_lblHead" class="lblHead">ข่าวประชาสัมพันธ์</span><br />
<span id="ctl00_ContentPlaceHolder1_lblTitle" style="font-weight:bold;font-size:14pt;">{esc(article.title)}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblDate" style="color:Gray;">{dateline}</span>
<span id="ctl00_ContentPlaceHolder1_lblView">เปิดอ่าน {counter(article)} ครั้ง</span><br /><br />
<span id="ctl00_ContentPlaceHolder1_lblDetail">{detail}</span><br /><br />
<a id="ctl00_ContentPlaceHolder1_hlBack" href="javascript:history.back()">&lt;&lt; ย้อนกลับ</a>
</div></td>
<td valign="top"><div id="ctl00_pnlOther"><b>ข่าวอื่นๆ</b><table id="ctl00_gvNews">{others}</table></div>
<div id="ctl00_pnlCounter">จำนวนผู้เข้าชม {counter(article)}</div></td></tr></table>
<div id="ctl00_pnlFooter">กรมส่งเสริมการเกษตร 2143/1 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ 10900 โทร. 0-2579-3800</div>
<script type="text/javascript">//<![CDATA[
WebForm_AutoFocus('ctl00_ContentPlaceHolder1_hlBack');//]]></script>
</form></body></html>"""


def banner_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Custom PHP where the headline is only in the breadcrumb and in an image's alt text
    (the headline is drawn on a banner); <title> is the site name; the date line
    ``ประกาศ ณ วันที่ 5 มีนาคม พ.ศ.2568`` with the era glued to the year."""
    d = day_of(article)
    dateline = f"ประกาศ ณ วันที่ {d.day} {THAI_MONTHS[d.month - 1]} พ.ศ.{be(article)}"
    paragraphs = "".join(f'<p class="MsoNormal">{esc(line)}</p>' for line in body_lines(article))
    procure = "".join(
        f'<li><a href="procure.php?id={r.number + 11}">ประกาศประกวดราคาจ้างเหมาบริการ ครั้งที่ {i}/{be(r)}</a>'
        f" <i>{day_of(r).day}/{day_of(r).month}/{be(r)}</i></li>"
        for i, r in enumerate(related, 1)
    )
    return f"""<html><head><meta charset="tis-620"><title>องค์การบริหารส่วนจังหวัดเชียงใหม่</title></head>
<body>
<div class="top"><img src="img/logo.png" alt="องค์การบริหารส่วนจังหวัดเชียงใหม่"> <span class="tel">Call Center 053-123456</span></div>
<div class="menubar"><a href="index.php">หน้าหลัก</a> <a href="history.php">ประวัติ</a> <a href="ita.php">ITA</a> <a href="news.php">ข่าวกิจกรรม</a></div>
<div class="path">หน้าหลัก / ข่าวกิจกรรม / {esc(article.title)}</div>
<div class="newsbox">
<img class="newsbanner" src="upload/banner_{article.number}.jpg" alt="{esc(article.title)}" width="760">
<div class="datepost">{dateline}</div>
<div class="newsdetail">{paragraphs}</div>
<div class="gallery"><img src="upload/{article.number}_1.jpg"><img src="upload/{article.number}_2.jpg"></div>
<div class="viewcount">จำนวนผู้อ่าน : {counter(article)}</div>
</div>
<div class="right"><div class="rhead">ประกาศจัดซื้อจัดจ้าง</div><ul>{procure}</ul>
<div class="rhead">ลิงก์หน่วยงาน</div><a href="http://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="foot">องค์การบริหารส่วนจังหวัดเชียงใหม่ 1 ถนนโชตนา ตำบลช้างเผือก อำเภอเมือง จังหวัดเชียงใหม่ 50300 โทร 053-112-073 แฟกซ์ 053-112-074</div>
</body></html>"""


def wp_subfolder_url(article: DemoArticle) -> str:
    d = day_of(article)
    return f"https://www.nakhonpathom.go.th/pr/{d:%Y/%m/%d}/news-{article.number}/"


def wp_subfolder_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress in a sub-folder (/pr/) with a mobile-first theme: no published_time
    metadata, a year-less date line ``เผยแพร่: 12 มกราคม`` (the year is in the URL),
    related posts with full dates, a sticky share bar."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>\n" for line in body_lines(article))
    rel = "".join(
        f'<div class="rp-item"><a href="{wp_subfolder_url(r)}"><img src="/pr/wp-content/uploads/{r.number}-150x150.jpg" alt="{esc(r.title)}"></a>'
        f'<div class="rp-title"><a href="{wp_subfolder_url(r)}">{esc(r.title)}</a></div>'
        f'<div class="rp-date">{day_of(r).day} {ABBR[day_of(r).month - 1]} {day_of(r).year + 543}</div></div>'
        for r in related
    )
    return f"""<!doctype html>
<html lang="th"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} &#8211; ประชาสัมพันธ์จังหวัดนครปฐม</title>
<link rel="https://api.w.org/" href="https://www.nakhonpathom.go.th/pr/wp-json/">
<meta property="og:locale" content="th_TH"><meta property="og:type" content="article">
<meta property="og:title" content="{esc(article.title)} &#8211; ประชาสัมพันธ์จังหวัดนครปฐม">
<meta property="og:site_name" content="ประชาสัมพันธ์จังหวัดนครปฐม">
</head><body class="post-template-default single single-post mobile">
<div class="mobile-header"><button class="hamburger" aria-label="เมนู">☰</button><span class="m-logo">ประชาสัมพันธ์จังหวัดนครปฐม</span></div>
<div class="offcanvas-menu"><ul><li><a href="/pr/">หน้าแรก</a></li><li><a href="/pr/category/news/">ข่าว</a></li><li><a href="/pr/category/gallery/">ภาพกิจกรรม</a></li></ul></div>
<div class="site-content"><div class="single-wrap">
<h2 class="single-post-title">{esc(article.title)}</h2>
<div class="single-post-meta"><span class="posted-on">เผยแพร่: {d.day} {THAI_MONTHS[d.month - 1]}</span> <span class="post-views">👁 {counter(article)}</span></div>
<div class="single-post-content">
{paragraphs}</div>
<div class="sticky-share"><a href="#">แชร์ Facebook</a> <a href="#">แชร์ LINE</a> <a href="#">Copy link</a></div>
<div class="related-posts"><h4>โพสต์ที่คุณอาจสนใจ</h4>{rel}</div>
</div></div>
<div class="site-footer">สำนักงานประชาสัมพันธ์จังหวัดนครปฐม ศาลากลางจังหวัดนครปฐม ถนนราชวิถี โทร. 034-340-013 © {d.year + 2} All Rights Reserved.</div>
</body></html>"""


def sidebox_portal_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A provincial portal with many side boxes (calendar, poll, weather, procurement news
    with dates, counters); <title> "ข่าวประชาสัมพันธ์ :: site" without the headline; the
    headline in div.news-title; the date line ``วันที่ ๓ ก.พ. ๒๕๖๖`` in Thai digits."""
    d = day_of(article)
    dateline = thai_digits(f"วันที่ {d.day} {ABBR[d.month - 1]} {be(article)}")
    paragraphs = "".join(f"<div>{esc(line)}</div>\n" for line in body_lines(article))

    def box(head, inner):
        return f'<div class="box-side"><div class="box-side-head">{head}</div>{inner}</div>'

    procure = "".join(
        f'<div class="row-item"><a href="/procure/{r.number}">{esc(r.title[:60])}</a> <span class="d">[{day_of(r):%d/%m}/{be(r)}]</span></div>'
        for r in related
    )
    calendar = f"<div>{THAI_MONTHS[(d.month) % 12]} {be(article)}</div><div>ประชุมคณะกรมการจังหวัด {d.day + 1 if d.day < 28 else 1} {THAI_MONTHS[(d.month) % 12]}</div>"
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>ข่าวประชาสัมพันธ์ :: จังหวัดอุบลราชธานี</title></head><body>
<div id="banner"><img src="/img/banner.jpg" alt="จังหวัดอุบลราชธานี"></div>
<div id="topnav"><a href="/">หน้าหลัก</a><a href="/news">ข่าวประชาสัมพันธ์</a><a href="/procure">จัดซื้อจัดจ้าง</a><a href="/egov">e-Service</a><a href="/contact">ติดต่อ</a></div>
<div class="row">
<div class="col-left">
{box("ปฏิทินกิจกรรม", calendar)}
{box("แบบสำรวจความพึงพอใจ", '<label><input type="radio"> ดีมาก</label><label><input type="radio"> ดี</label><button>โหวต</button>')}
{box("สภาพอากาศ", "อุบลราชธานี 31°C มีเมฆบางส่วน")}
</div>
<div class="col-center">
<div class="news-view">
<div class="news-title">{esc(article.title)}</div>
<div class="news-date">{dateline}</div>
<div class="news-body">
{paragraphs}</div>
<div class="news-foot">ภาพ/ข่าว : สำนักงานประชาสัมพันธ์จังหวัด | อ่าน {counter(article)} ครั้ง</div>
</div></div>
<div class="col-right">
{box("ข่าวจัดซื้อจัดจ้าง", procure)}
{box("สถิติผู้เข้าชม", f"ออนไลน์ 12<br>วันนี้ 845<br>ทั้งหมด {counter(article)}")}
</div></div>
<div id="footer">ศาลากลางจังหวัดอุบลราชธานี ถนนแจ้งสนิท ตำบลแจระแม อำเภอเมืองอุบลราชธานี 34000 โทรศัพท์ 045-344-581</div>
</body></html>"""


def drupal_url(article: DemoArticle) -> str:
    return f"https://www.moac.go.th/news-preview-{article.number}"


def drupal_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Drupal 7: h1.page-header, a field-name-field-date with a mistyped month name for
    some articles (the weekday stays right), a view of related content with dates,
    <title> "headline | site"; the listing it is linked from prints the date too."""
    d = day_of(article)
    month = THAI_MONTHS[d.month - 1]
    if article.number % 9 == 0:  # typing errors seen on real pages
        month = {7: "กรกฏาคม", 11: "พฤษจิกายน", 2: "กุมภาพันธุ์"}.get(d.month, month)
    dateline = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {month} {be(article)}"
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    view = "".join(
        f'<div class="views-row"><span class="views-field-title"><a href="{drupal_url(r)}">{esc(r.title)}</a></span>'
        f'<span class="views-field-created">{day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {be(r)}</span></div>'
        for r in related
    )
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{esc(article.title)} | กระทรวงเกษตรและสหกรณ์</title></head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node-{article.number} node-type-news">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<header id="navbar" role="banner" class="navbar"><a class="logo navbar-btn" href="/"><img src="/sites/all/themes/moac/logo.png" alt="หน้าแรก" /></a>
<ul class="menu nav navbar-nav"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับกระทรวง</a></li><li><a href="/news">ข่าว</a></li></ul></header>
<div class="main-container container"><div class="row">
<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-first well"><section id="block-views-news-block" class="block block-views"><h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2>{view}</section></div></aside>
<section class="col-sm-9"><a id="main-content"></a>
<h1 class="page-header">{esc(article.title)}</h1>
<div class="region region-content"><section id="block-system-main" class="block block-system">
<div id="node-{article.number}" class="node node-news clearfix">
<div class="field field-name-field-date field-type-text"><div class="field-items"><div class="field-item even">{dateline}</div></div></div>
<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">{paragraphs}</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">แท็ก:&nbsp;</div><div class="field-items"><a href="/tags/1">{esc(article.category)}</a></div></div>
<ul class="links inline"><li class="statistics_counter first last"><span>อ่าน {counter(article)} ครั้ง</span></li></ul>
</div></section></div></section></div></div>
<footer class="footer container">กระทรวงเกษตรและสหกรณ์ 3 ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200 โทร. 0-2281-5955</footer>
</body></html>"""


def drupal_hints(article: DemoArticle) -> Hints:
    d = day_of(article)
    return Hints(
        title=article.title, list_date=f"{d.day} {ABBR[d.month - 1]} {be(article) % 100:02d}"
    )


# =================================================================== TUNED families


def thaigov_url(article: DemoArticle) -> str:
    return f"https://www.thaigov.go.th/news/contents/details/{article.number}"


def wordpress_url(article: DemoArticle) -> str:
    return templates.wp_post_link(article, "https://www.obec.go.th/")


def wordpress_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    return templates.wp_article_page(article, "https://www.obec.go.th/", related)


def joomla3_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """Joomla 3 (protostar-like): <title> "headline - site", dl.article-info with
    "เผยแพร่เมื่อ: วันพุธ, 04 กันยายน 2562 10:30", mod_articles_latest with dates."""
    d = day_of(article)
    published = (
        f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {THAI_MONTHS[d.month - 1]} {be(article)} {d:%H:%M}"
    )
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    latest = "".join(
        f'<li><a href="/index.php/news/{r.number}">{esc(r.title)}</a> <span class="mod-date">{day_of(r):%d-%m}-{be(r)}</span></li>'
        for r in related
    )
    return f"""<!DOCTYPE html><html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(article.title)} - สำนักงานสาธารณสุขจังหวัดขอนแก่น</title></head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="/">สำนักงานสาธารณสุขจังหวัดขอนแก่น</a><div class="header-search"><input type="text" placeholder="ค้นหา..."></div></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/">หน้าแรก</a></li><li><a href="/index.php/news">ข่าวสาร</a></li><li><a href="/index.php/ita">ITA</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9">
<ul class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/index.php/news">ข่าวสาร</a></li><li class="active">{esc(article.title)}</li></ul>
<div class="item-page"><div class="page-header"><h2 itemprop="headline">{esc(article.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby">เขียนโดย กลุ่มงานสื่อสาร</dd><dd class="category-name">หมวด: <a href="/index.php/news">{esc(article.category)}</a></dd>
<dd class="published">เผยแพร่เมื่อ: {published}</dd><dd class="hits">ฮิต: {counter(article)}</dd></dl>
<div itemprop="articleBody">{paragraphs}</div>
<ul class="pager pagenav"><li class="previous"><a href="/index.php/news/{article.number - 1}">&lt; ก่อนหน้า</a></li><li class="next"><a href="/index.php/news/{article.number + 1}">ถัดไป &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>ข่าวล่าสุด</h3><ul class="latestnews">{latest}</ul></div>
<div class="moduletable"><h3>ผู้เข้าชม</h3>วันนี้ 120 เดือนนี้ 4,210</div></div></div></div></div>
<footer class="footer"><div class="container">สำนักงานสาธารณสุขจังหวัดขอนแก่น 6 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000 โทร. 043-221-185 &copy; {d.year}</div></footer>
</body></html>"""


def mobile_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A mobile news layout: the headline in an image alt and a div.headline, <title> the
    site name only, date "พ.ศ.2566" glued, a bottom tab bar and a "more news" strip."""
    d = day_of(article)
    dateline = f"โพสต์เมื่อ {d.day} {ABBR[d.month - 1]} พ.ศ.{be(article)} | {d:%H:%M} น."
    paragraphs = "".join(f'<p class="m-p">{esc(line)}</p>' for line in body_lines(article))
    more = "".join(
        f'<a class="card" href="/m/news/{r.number}"><img src="/thumb/{r.number}.jpg" alt="{esc(r.title)}"><div class="c-title">{esc(r.title)}</div>'
        f'<div class="c-date">{day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r) % 100}</div></a>'
        for r in related
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>กรมประชาสัมพันธ์</title><meta property="og:site_name" content="กรมประชาสัมพันธ์"></head>
<body class="m">
<div class="appbar"><a class="back" href="/m/">‹</a><span>กรมประชาสัมพันธ์</span><a class="menu-btn" href="#menu">≡</a></div>
<div class="m-cover"><img src="/cover/{article.number}.jpg" alt="{esc(article.title)}"></div>
<div class="m-article"><div class="headline">{esc(article.title)}</div>
<div class="m-date">{dateline}</div>
<div class="m-content">{paragraphs}</div></div>
<div class="m-share"><a href="#">แชร์</a><a href="#">LINE</a><a href="#">Facebook</a></div>
<div class="m-more"><div class="m-more-h">ข่าวอื่นที่น่าสนใจ</div>{more}</div>
<div class="tabbar"><a href="/m/">หน้าแรก</a><a href="/m/news">ข่าว</a><a href="/m/live">ถ่ายทอดสด</a><a href="/m/me">ฉัน</a></div>
<div class="m-foot">กรมประชาสัมพันธ์ 9 ถนนพระราม 6 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400 โทร 0 2618 2323</div>
</body></html>"""


# =================================================================== HOLDOUT families
# Written after the unseen half had been looked at (and fixed for): measured once, at the
# end, never used to change the extractor.


def govweb_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A DGA-style government web template: <title> the site name twice, the headline in
    div.detail-title h3, a numeric BE date-time with an icon, justified paragraphs full
    of &nbsp;, an AddThis bar, "popular news" with numeric dates, a hit counter."""
    d = day_of(article)
    paragraphs = "".join(
        f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}&nbsp;</p>'
        for line in body_lines(article)
    )
    popular = "".join(
        f'<li class="list-group-item"><a href="/news/detail/{r.number}">{esc(r.title)}</a>'
        f'<div class="text-muted small"><i class="fa fa-clock-o"></i> {day_of(r):%d/%m}/{be(r)}</div></li>'
        for r in related
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>สำนักงานปลัดกระทรวงการอุดมศึกษาฯ | สำนักงานปลัดกระทรวงการอุดมศึกษาฯ</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css"></head><body>
<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/logo.png" alt="สำนักงานปลัดกระทรวงการอุดมศึกษาฯ"></a>
<ul class="nav navbar-nav"><li><a href="/">หน้าหลัก</a></li><li><a href="/news">ข่าวสาร</a></li><li><a href="/ita">ITA</a></li></ul></div></nav>
<div class="container"><div class="row">
<div class="col-md-9"><div class="panel panel-default"><div class="panel-body">
<div class="detail-title"><h3>{esc(article.title)}</h3></div>
<div class="detail-date"><i class="fa fa-calendar"></i> {d:%d/%m}/{be(article)} {d:%H:%M}:00 &nbsp; <i class="fa fa-eye"></i> เข้าชม : {counter(article)}</div>
<hr><div class="detail-content">{paragraphs}</div>
<div class="addthis_inline_share_toolbox"><a href="#">Share</a> <a href="#">Tweet</a></div>
</div></div></div>
<div class="col-md-3"><div class="panel panel-primary"><div class="panel-heading">ข่าวยอดนิยม</div><ul class="list-group">{popular}</ul></div></div>
</div></div>
<div class="footer-bottom">สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม 328 ถนนศรีอยุธยา แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2610 5200</div>
</body></html>"""


def oldfont_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A 2000s page built with <font> and <center>: an empty <title>, the headline a bold
    centred paragraph, the date line BELOW the text ("ข่าวประจำวันที่ 12 ม.ค. 2567"),
    "other news" with dates in brackets."""
    d = day_of(article)
    text = "<br>\n".join(esc(line) for line in body_lines(article))
    others = "".join(
        f'<li><a href="news{r.number}.htm">{esc(r.title)}</a> ({day_of(r).day} {ABBR[day_of(r).month - 1]} {be(r)})</li>'
        for r in related
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874"><title></title></head>
<body bgcolor="#FFFFCC" text="#000000" link="#0000FF">
<center><img src="head.gif" width="750" height="120" alt="ศูนย์ประชาสัมพันธ์เขต 3"></center>
<center><font size="2"><a href="index.htm">หน้าแรก</a> :: <a href="news.htm">ข่าวประชาสัมพันธ์</a> :: <a href="webboard.htm">เว็บบอร์ด</a></font></center>
<hr width="750">
<p align="center"><b><font size="4" color="#990000">{esc(article.title)}</font></b></p>
<p><font size="3">{text}</font></p>
<p align="right"><font size="2" color="#666666">ข่าวประจำวันที่ {d.day} {ABBR[d.month - 1]} {be(article)}</font></p>
<hr width="750"><font size="2"><b>ข่าวอื่น ๆ</b><ul>{others}</ul></font>
<center><font size="1">ศูนย์ประชาสัมพันธ์เขต 3 จังหวัดเชียงใหม่ โทร. 053-222-333 ปรับปรุงเว็บไซต์ล่าสุด 1 ม.ค. 2550<br>
<img src="counter.gif" alt="counter"> ผู้เข้าชม 123456</font></center>
</body></html>"""


def elementor_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """WordPress + Elementor: the headline an h2.elementor-heading-title next to another
    heading with the site name, the date only in the post-info widget (no metadata, no
    date in the ?p= URL), a posts widget with dates."""
    d = day_of(article)
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body_lines(article))
    posts = "".join(
        f'<article class="elementor-post"><h3 class="elementor-post__title"><a href="/?p={r.number}">{esc(r.title)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{day_of(r).day} {THAI_MONTHS[day_of(r).month - 1]} {be(r)}</span></div></article>'
        for r in related
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8">
<title>{esc(article.title)} &#8211; กองประชาสัมพันธ์ เทศบาลนครขอนแก่น</title>
<meta name="generator" content="Elementor 3.18.3"></head>
<body class="post-template post-template-elementor_header_footer single single-post elementor-default">
<div data-elementor-type="header" class="elementor elementor-location-header">
<div class="elementor-widget-theme-site-logo"><img src="/wp-content/uploads/logo.png" alt=""></div>
<h2 class="elementor-heading-title elementor-size-default">กองประชาสัมพันธ์ เทศบาลนครขอนแก่น</h2>
<nav class="elementor-nav-menu--main"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/category/news/">ข่าว</a></li></ul></nav></div>
<div data-elementor-type="single-post" class="elementor elementor-location-single">
<div class="elementor-widget-theme-post-title"><h2 class="elementor-heading-title elementor-size-default">{esc(article.title)}</h2></div>
<div class="elementor-widget-post-info"><ul class="elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{d.day} {THAI_MONTHS[d.month - 1]} {be(article)}</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-author">admin</span></li></ul></div>
<div class="elementor-widget-theme-post-content">{paragraphs}</div>
<div class="elementor-widget-share-buttons"><a href="#">Facebook</a><a href="#">Line</a></div>
<div class="elementor-widget-posts"><h2 class="elementor-heading-title">ข่าวล่าสุด</h2>{posts}</div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">เทศบาลนครขอนแก่น 1 ถนนประชาสโมสร ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000 โทร. 043-221-186</div>
</body></html>"""


def shortdate_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    """A listing-fed site whose page states only a year-less day ("(12 ม.ค.)") in the lead
    of the text; the listing gives the full date; a "ข่าวย้อนหลัง" box of other dates."""
    d = day_of(article)
    lines = body_lines(article)
    lead = f"({d.day} {ABBR[d.month - 1]}) " + (lines[0] if lines else "")
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in [lead, *lines[1:]])
    back = "".join(
        f'<tr><td><a href="/view.php?n={r.number}">{esc(r.title)}</a></td><td>{day_of(r).day}/{day_of(r).month}/{be(r) % 100}</td></tr>'
        for r in related
    )
    return f"""<html><head><meta charset="utf-8"><title>{esc(article.title)}</title></head><body>
<div id="head">สำนักงานประชาสัมพันธ์จังหวัดสงขลา</div>
<div id="menu"><a href="/">หน้าแรก</a> <a href="/list.php">ข่าวทั้งหมด</a></div>
<div id="news"><div class="h">{esc(article.title)}</div>{paragraphs}</div>
<table id="back"><caption>ข่าวย้อนหลัง</caption>{back}</table>
<div id="foot">สำนักงานประชาสัมพันธ์จังหวัดสงขลา ศาลากลางจังหวัดสงขลา โทร 074-311-020</div>
</body></html>"""


def shortdate_hints(article: DemoArticle) -> Hints:
    d = day_of(article)
    return Hints(title=article.title, list_date=f"{d.day}/{d.month}/{be(article)}")


def _zoo() -> list[Family]:
    from bench import zoo_blind as blind
    from bench import zoo_blind2 as blind2
    from bench import zoo_blind3 as blind3
    from bench import zoo_blind4 as blind4
    from bench import zoo_blind5 as blind5
    from bench import zoo_blind6 as blind6
    from bench import zoo_fresh as fresh
    from bench import zoo_tuning2 as t2
    from bench import zoo_tuning3 as t3
    from bench.page_templates import portal_page, table_ministry_page

    return [
        # unseen
        Family("joomla15-sitename-title", "unseen", "Joomla 1.5, <title> = site name",
               lambda a: f"http://www.lampang.go.th/index.php?option=com_content&task=view&id={a.number}&Itemid=1",
               joomla15_page),
        Family("aspnet-webforms", "unseen", "ASP.NET WebForms, glued 2-digit BE date",
               lambda a: f"https://www.doae.go.th/NewsDetail.aspx?id={a.number}", aspnet_page),
        Family("banner-breadcrumb", "unseen", "custom PHP, headline only in breadcrumb + img alt",
               lambda a: f"http://www.chiangmaipao.go.th/news_detail.php?id={a.number}", banner_page),
        Family("wp-subfolder-mobile", "unseen", "WordPress in /pr/, year-less date line",
               wp_subfolder_url, wp_subfolder_page),
        Family("portal-sideboxes", "unseen", "provincial portal with many side boxes",
               lambda a: f"https://www.ubonratchathani.go.th/news/view/{a.number}", sidebox_portal_page),
        Family("drupal7", "unseen", "Drupal 7, misspelt months, listing hints",
               drupal_url, drupal_page, drupal_hints),
        # tuned
        Family("thaigov", "tuned", "thaigov.go.th", thaigov_url,
               lambda a, r: templates.thaigov_article_page(a, "/", r)),
        Family("wordpress", "tuned", "WordPress theme with metadata", wordpress_url, wordpress_page),
        Family("table-ministry", "tuned", "old PHP table layout",
               lambda a: f"http://www.moi.go.th/news.php?id={a.number}", table_ministry_page),
        Family("news-portal", "tuned", "news portal with og:title",
               lambda a: f"https://www.thainews.example/news/{a.number}", portal_page),
        Family("joomla3", "tuned", "Joomla 3 article-info",
               lambda a: f"https://www.kkpho.go.th/index.php/news/{a.number}", joomla3_page),
        Family("mobile-app", "tuned", "mobile layout, <title> = site name, img alt",
               lambda a: f"https://m.prd.go.th/m/news/{a.number}", mobile_page),
        # holdout
        Family("govweb-dga", "holdout", "DGA-style government template, numeric BE date-time",
               lambda a: f"https://www.ops.mhesi.go.th/news/detail/{a.number}", govweb_page),
        Family("old-font-dateline-below", "holdout", "2000s <font> page, empty <title>, date below",
               lambda a: f"http://www.prd3.go.th/news{a.number}.htm", oldfont_page),
        Family("wp-elementor", "holdout", "WordPress + Elementor, date only in a widget",
               lambda a: f"https://pr.kkmuni.go.th/?p={a.number}", elementor_page),
        Family("yearless-lead-listing", "holdout", "year-less day in the lead, listing date",
               lambda a: f"https://www.songkhla.go.th/view.php?n={a.number}", shortdate_page,
               shortdate_hints),
        # fresh (bench/zoo_fresh.py): written blind, after every other half had been tuned on
        Family("joomla25-marquee-calendar", "fresh", "Joomla 2.5 area office, marquee, calendar, CE year",
               fresh.joomla25_url, fresh.joomla25_page),
        Family("php-pid-bootstrap", "fresh", "custom PHP ?pid= on Bootstrap, glued date in <small>",
               fresh.pid_url, fresh.pid_page),
        Family("blogger-district", "fresh", "Blogger/Blogspot school-district blog",
               fresh.blogger_url, fresh.blogger_page),
        Family("google-sites", "fresh", "Google Sites, headline a styled <p>, Thai digits",
               fresh.gsites_url, fresh.gsites_page),
        Family("h4-in-table-sitename", "fresh", "PHP tables, <title> = site, <h4> headline",
               fresh.h4table_url, fresh.h4table_page),
        Family("wp-amp", "fresh", "WordPress AMP reader view, JSON-LD",
               fresh.amp_url, fresh.amp_page),
        Family("wp-astra-ce-year", "fresh", "WordPress Astra+Elementor, Thai month + CE year",
               fresh.astra_url, fresh.astra_page),
        # tuned, second round (bench/zoo_tuning2.py): first look recorded in bench/RESULTS.md
        Family("liferay-asset-publisher", "tuned", "Liferay 6.2, <title> = page + site, h3 headline",
               t2.liferay_url, t2.liferay_page),
        Family("dnn-easydnnnews", "tuned", "DotNetNuke EasyDNNnews, logo h1, '>' in <title>",
               t2.dnn_url, t2.dnn_page),
        Family("joomla4-cassiopeia", "tuned", "Joomla 4, <title> 'site - headline', CE year",
               t2.joomla4_url, t2.joomla4_page),
        Family("drupal10-olivero", "tuned", "Drupal 10 Olivero, d/m/Y CE meta line, side view first",
               t2.drupal10_url, t2.drupal10_page),
        Family("wp-newspaper", "tuned", "WordPress Newspaper theme, ticker, JSON-LD on some",
               t2.newspaper_url, t2.newspaper_page),
        Family("wp-divi-url-date", "tuned", "WordPress Divi, the date only in the URL",
               t2.divi_url, t2.divi_page),
        Family("laravel-bs5-cards", "tuned", "Laravel Bootstrap 5, carousel of h5 headlines above",
               t2.laravel_url, t2.laravel_page),
        Family("plone5", "tuned", "Plone 5, em dash <title>, published + modified byline",
               t2.plone_url, t2.plone_page),
        Family("php-announcement-pdf", "tuned", "custom PHP announcement, div.topic, attachments",
               t2.notice_url, t2.notice_page),
        Family("codeigniter-title-only", "tuned", "CodeIgniter view.php?nid=, headline only in <title>",
               t2.ci_url, t2.ci_page, t2.ci_hints),
        Family("php-mysql-be-datetime", "tuned", "PHP+MySQL, 'เรื่อง :' headline, BE ISO datetime",
               t2.mysql_url, t2.mysql_page),
        Family("og-title-only-weekday", "tuned", "headline only in og:title + img alt, weekday date",
               t2.ogonly_url, t2.ogonly_page),
        Family("site-builder-font-size", "tuned", "Wix-like builder, headline styled by font size",
               t2.builder_url, t2.builder_page),
        # tuned, third round (bench/zoo_tuning3.py): first look recorded in bench/RESULTS.md
        Family("joomla-k2", "tuned", "Joomla 3 + K2, <title> = section - site, og:title = site",
               t3.k2_url, t3.k2_page),
        Family("joomla-gantry", "tuned", "Joomla + Gantry 5, slider above, date only in <time datetime>",
               t3.gantry_url, t3.gantry_page),
        Family("wp-avada", "tuned", "WordPress Avada, category h1, h2 headline, hidden modified",
               t3.avada_url, t3.avada_page),
        Family("wp-flatsome", "tuned", "WordPress Flatsome, og:title = site, ticker, cookie bar",
               t3.flatsome_url, t3.flatsome_page),
        Family("drupal8-bootstrap", "tuned", "Drupal 8 Bootstrap, sidebar view first, comments",
               t3.drupal8_url, t3.drupal8_page),
        Family("umbraco", "tuned", "Umbraco, site name h1, div headline, dotted d.m.Y",
               t3.umbraco_url, t3.umbraco_page),
        Family("wagtail-event-date", "tuned", "Wagtail, an event date line above the published one",
               t3.wagtail_url, t3.wagtail_page),
        Family("craft-cms", "tuned", "Craft CMS, section h1, <strong> headline, dd.mm.yy BE",
               t3.craft_url, t3.craft_page),
        Family("kentico", "tuned", "Kentico, <title> = site, span headline, th-TH d/M/yyyy",
               t3.kentico_url, t3.kentico_page),
        Family("squarespace", "tuned", "Squarespace, d/m/yy CE in <time>, UTC JSON-LD on some",
               t3.squarespace_url, t3.squarespace_page),
        Family("yii2-detailview", "tuned", "Yii2 DetailView, headline in a <td>, BE ISO date",
               t3.yii_url, t3.yii_page),
        Family("dreamweaver-font", "tuned", "Dreamweaver tables + <font>, Untitled Document, Thai digits",
               t3.dreamweaver_url, t3.dreamweaver_page),
        Family("rails-relative-time", "tuned", "Rails, relative <time>, glued BE date, carousel above",
               t3.rails_url, t3.rails_page),
        # blind (bench/zoo_blind.py): written without the extractor, never run through it
        Family("liferay-asset-publisher-blind", "blind", "Liferay 7 ministry portal, numeric BE date",
               blind.liferay_url, blind.liferay_page),
        Family("dnn-easydnnnews-blind", "blind", "DotNetNuke + EasyDNNnews, <title> = page name",
               blind.dnn_url, blind.dnn_page),
        Family("joomla4-cassiopeia-blind", "blind", "Joomla 4 Cassiopeia, category h1 above h2 headline",
               blind.joomla4_url, blind.joomla4_page),
        Family("drupal10-olivero-blind", "blind", "Drupal 10 Olivero, Thai month abbr + CE year",
               blind.drupal10_url, blind.drupal10_page),
        Family("wp-newspaper-tagdiv-blind", "blind", "WordPress Newspaper (tagDiv) + Yoast, glued BE date",
               blind.newspaper_url, blind.newspaper_page),
        Family("moodle-site-news-blind", "blind", "Moodle 4 site announcements, CE year, 12-hour clock",
               blind.moodle_url, blind.moodle_page),
        Family("laravel-bs5-cards-blind", "blind", "Laravel + Bootstrap 5 cards, 2-digit BE year",
               blind.laravel_url, blind.laravel_page),
        Family("plone-news-item-blind", "blind", "Plone 5 news item, ISO published + modified",
               blind.plone_url, blind.plone_page),
        Family("lao-announcement-files-blind", "blind", "local government announcement + attachments, Thai digits",
               blind.lao_url, blind.lao_page, blind.lao_hints),
        Family("facebook-post-embed-blind", "blind", "a Facebook post embedded, text in the fallback blockquote",
               blind.fbembed_url, blind.fbembed_page),
        Family("jsp-struts-frames-blind", "blind", "JSP/Struts tables in frame layout, th locale CE year",
               blind.jsp_url, blind.jsp_page),
        Family("wix-blog-blind", "blind", "Wix blog post, JSON-LD, th-TH BE date",
               blind.wix_url, blind.wix_page),
        # blind2 (bench/zoo_blind2.py): written without the extractor, never run through it
        Family("odoo-website-blog-blind2", "blind2", "Odoo 16 website blog, Thai month abbr + CE year",
               blind2.odoo_url, blind2.odoo_page),
        Family("concrete5-page-list-blind2", "blind2", "Concrete CMS 8, 'site :: page' title, weekday BE date",
               blind2.concrete_url, blind2.concrete_page),
        Family("typo3-tx-news-blind2", "blind2", "TYPO3 + tx_news, section h1 over h3 headline, 'พ.ศ.' date",
               blind2.typo3_url, blind2.typo3_page),
        Family("sharepoint2013-publishing-blind2", "blind2", "SharePoint 2013, <title> = file name, d/M/BE date",
               blind2.sharepoint_url, blind2.sharepoint_page),
        Family("ghost-casper-blind2", "blind2", "Ghost 5 Casper, JSON-LD in UTC, Thai month + CE year",
               blind2.ghost_url, blind2.ghost_page),
        Family("hugo-taxonomy-blind2", "blind2", "Hugo, taxonomy/archive lists first, ISO only in attributes",
               blind2.hugo_url, blind2.hugo_page),
        Family("modx-revolution-blind2", "blind2", "MODX Revolution, og:title = site, Thai-digit date",
               blind2.modx_url, blind2.modx_page),
        Family("nextjs-headless-blind2", "blind2", "Next.js + Strapi, __NEXT_DATA__, og:title = site",
               blind2.next_url, blind2.next_page),
        Family("nuxt2-vuetify-blind2", "blind2", "Nuxt 2 SSR, window.__NUXT__, <title> 'site - section'",
               blind2.nuxt_url, blind2.nuxt_page),
        Family("phpbb-announcement-board-blind2", "blind2", "phpBB 3.3 board, first post + replies, month-first CE date",
               blind2.phpbb_url, blind2.phpbb_page, blind2.phpbb_hints),
        Family("sitecore-sxa-blind2", "blind2", "Sitecore SXA, JSON-LD date = item creation (wrong)",
               blind2.sitecore_url, blind2.sitecore_page),
        Family("weebly-blog-blind2", "blind2", "Weebly blog post, d/m/CE date-text, typed sidebar dates",
               blind2.weebly_url, blind2.weebly_page),
        # blind3 (bench/zoo_blind3.py): written without the extractor, never run through it
        Family("xoops-news-blind3", "blind3", "XOOPS 2.5 news module, 'site - topic - headline', Y/n/j CE date",
               blind3.xoops_url, blind3.xoops_page, blind3.xoops_hints),
        Family("mambo-content-blind3", "blind3", "Mambo 4.5 tables, <title> = site, strftime weekday + CE year",
               blind3.mambo_url, blind3.mambo_page),
        Family("php-fusion-news-blind3", "blind3", "PHP-Fusion 7, month-first longdate with CE year",
               blind3.fusion_url, blind3.fusion_page),
        Family("e107-news-blind3", "blind3", "e107 v1, caption = section, headline in <b>, Thai-digit BE date",
               blind3.e107_url, blind3.e107_page),
        Family("silverstripe-newspage-blind3", "blind3", "SilverStripe 4, og:title = site, d/m/BE numeric date",
               blind3.silverstripe_url, blind3.silverstripe_page),
        Family("contao-newsreader-blind3", "blind3", "Contao 4 newsreader, German d.m.Y H:i, newslist above",
               blind3.contao_url, blind3.contao_page),
        Family("bitrix-news-detail-blind3", "blind3", "1C-Bitrix news.detail, <title> = section, date before h3",
               blind3.bitrix_url, blind3.bitrix_page),
        Family("webflow-cms-blind3", "blind3", "Webflow CMS item, English 'Mar 5, 2024' date",
               blind3.webflow_url, blind3.webflow_page),
        Family("tilda-blocks-blind3", "blind3", "Tilda blocks, headline a div, typed weekday BE date + time",
               blind3.tilda_url, blind3.tilda_page),
        Family("hubspot-blog-blind3", "blind3", "HubSpot blog, short th date d/M/yy, UTC datetime attribute",
               blind3.hubspot_url, blind3.hubspot_page),
        Family("grav-quark-blind3", "blind3", "Grav Quark, h2 link headline, English ordinal '5th Mar 2024'",
               blind3.grav_url, blind3.grav_page),
        Family("october-rainlab-blog-blind3", "blind3", "October CMS RainLab.Blog, <title> = site, visible Y-m-d H:i",
               blind3.october_url, blind3.october_page),
        # blind4 (bench/zoo_blind4.py): written without the extractor, never run through it
        Family("expressionengine-channel-blind4", "blind4", "ExpressionEngine 6, <title> = site | section, labelled BE date after body",
               blind4.ee_url, blind4.ee_page),
        Family("textpattern-article-blind4", "blind4", "Textpattern 4.8, strftime th '05 มี.ค. 24' two-digit CE year",
               blind4.txp_url, blind4.txp_page),
        Family("bolt-record-blind4", "blind4", "Bolt 5, latest list first, Thai month + CE year byline",
               blind4.bolt_url, blind4.bolt_page),
        Family("pimcore-news-blind4", "blind4", "Pimcore 10, d-m-BE date, JSON-LD date = creation (wrong)",
               blind4.pimcore_url, blind4.pimcore_page),
        Family("magnolia-press-blind4", "blind4", "Magnolia 6, <title>/og:title = section, weekday BE date",
               blind4.magnolia_url, blind4.magnolia_page),
        Family("opencms-mercury-blind4", "blind4", "OpenCms Mercury, Thai-digit abbr BE date before h1",
               blind4.opencms_url, blind4.opencms_page),
        Family("dotcms-blog-blind4", "blind4", "dotCMS blog, sidebar first, 'dd MMM yyyy | HH:mm' CE",
               blind4.dotcms_url, blind4.dotcms_page),
        Family("aem-core-components-blind4", "blind4", "AEM core components, date in a cmp-text, d/m/BE + เวลา",
               blind4.aem_url, blind4.aem_page),
        Family("jimdo-blog-blind4", "blind4", "Jimdo Creator blog, og:title = site, j/n/Y CE date",
               blind4.jimdo_url, blind4.jimdo_page),
        Family("duda-blog-blind4", "blind4", "Duda blog, headline a paragraph widget, JSON-LD date wrong",
               blind4.duda_url, blind4.duda_page),
        Family("jekyll-minima-blind4", "blind4", "Jekyll minima on GitHub Pages, '5 Mar 2024', ISO in attributes",
               blind4.jekyll_url, blind4.jekyll_page),
        Family("notion-super-blind4", "blind4", "Notion via Super.so, <title> = site, 'March 5, 2024' property",
               blind4.notion_url, blind4.notion_page, blind4.notion_hints),
        # blind5 (bench/zoo_blind5.py): written without the extractor, never run through it
        Family("django-cms-newsblog-blind5", "blind5", "django CMS newsblog, <title> = section, h1 = page, h2 headline, 'j F Y, G:i' CE",
               blind5.djangocms_url, blind5.djangocms_page, blind5.djangocms_hints),
        Family("processwire-news-blind5", "blind5", "ProcessWire 3, sidebar first, 'j M y' two-digit BE year + เวลา",
               blind5.processwire_url, blind5.processwire_page),
        Family("kirby-note-blind5", "blind5", "Kirby starterkit note, og:title = site, Thai-digit BE 'โพสต์เมื่อ'",
               blind5.kirby_url, blind5.kirby_page),
        Family("statamic-peak-blind5", "blind5", "Statamic 4 Peak, Carbon th weekday + abbr month, CE year",
               blind5.statamic_url, blind5.statamic_page),
        Family("movabletype-classic-blind5", "blind5", "Movable Type 4 classic, English date-header h2 above h3 headline",
               blind5.mt_url, blind5.mt_page),
        Family("serendipity-default-blind5", "blind5", "Serendipity 2, Thai weekday date h3 above h4 headline, CE year",
               blind5.s9y_url, blind5.s9y_page),
        Family("php-nuke-news-blind5", "blind5", "PHP-Nuke 7 tables, <title> = site, font.title headline, BE '@' date",
               blind5.nuke_url, blind5.nuke_page),
        Family("backdrop-basis-blind5", "blind5", "Backdrop CMS, latest block above, 'Tue, 03/05/2024' month-first",
               blind5.backdrop_url, blind5.backdrop_page),
        Family("mura-page-blind5", "blind5", "Mura CMS 7, og:title = site, Java th full BE date, later last-update",
               blind5.mura_url, blind5.mura_page),
        Family("nukeviet-news-blind5", "blind5", "NukeViet 4 news, Vietnamese weekday + d/m/Y CE, JSON-LD right",
               blind5.nukeviet_url, blind5.nukeviet_page),
        Family("optimizely-alloy-blind5", "blind5", "Optimizely/Episerver 12, <title> = type, .NET th-TH 'g' date after body, JSON-LD wrong",
               blind5.episerver_url, blind5.episerver_page),
        Family("sulu-article-blind5", "blind5", "Sulu 2, ICU th full 'ค.ศ.' date above h1, site clock of today",
               blind5.sulu_url, blind5.sulu_page),
        # blind6 (bench/zoo_blind6.py): written without the extractor, never run through it
        Family("maxsite-news-blind6", "blind6", "MAXSITE 1.10 tables, <title> = site, '5 มี.ค. 67' two-digit BE, site clock",
               blind6.maxsite_url, blind6.maxsite_page),
        Family("lotus-domino-nsf-blind6", "blind6", "Lotus Domino .nsf, <title> = form name, view first, dd/mm/BE + seconds",
               blind6.domino_url, blind6.domino_page),
        Family("coldfusion-cfm-blind6", "blind6", "ColdFusion detail.cfm, English 'dd mmm yyyy h:mm tt' CE",
               blind6.cfm_url, blind6.cfm_page),
        Family("classic-asp-blind6", "blind6", "classic ASP windows-874, d/M/BE date above td.topic headline",
               blind6.asp_url, blind6.asp_page),
        Family("frontpage-font-blind6", "blind6", "FrontPage tables + <font>, Thai-digit BE date, webbot timestamp",
               blind6.frontpage_url, blind6.frontpage_page),
        Family("webcenter-sites-blind6", "blind6", "Oracle WebCenter Sites, JSON-LD right, 'dd MMM BE HH:mm'",
               blind6.wcs_url, blind6.wcs_page),
        Family("websphere-portal-blind6", "blind6", "WebSphere Portal WCM, <title> = portal page, 'd/M/yy' BE, latest portlet first",
               blind6.wps_url, blind6.wps_page),
        Family("gatsby-blog-blind6", "blind6", "Gatsby 5, helmet + JSON-LD right, moment th 'D MMMM YYYY' CE",
               blind6.gatsby_url, blind6.gatsby_page),
        Family("angular-universal-blind6", "blind6", "Angular Universal, <title> = site, carousel first, DatePipe medium CE",
               blind6.angular_url, blind6.angular_page),
        Family("express-ejs-blind6", "blind6", "Express + EJS, date only in the card footer after body, dayjs BE + later edit",
               blind6.ejs_url, blind6.ejs_page),
        Family("flask-jinja-blind6", "blind6", "Flask + Jinja, <title> = 'หน้าแรก - site', h1 section, updated above posted d/m/CE",
               blind6.flask_url, blind6.flask_page),
        Family("adobe-muse-blind6", "blind6", "Adobe Muse, no headings, typed '5 มี.ค. 67', other news frame first",
               blind6.muse_url, blind6.muse_page, blind6.muse_hints),
    ]  # fmt: skip


ZOO: list[Family] = _zoo()
# the halves written without the extractor, in the order they were appended: each is
# measured once, and no test or other benchmark runs extraction over them
BLIND_HALVES = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6")
FAMILIES = {family.name: family for family in ZOO}


def related_for(articles: list[DemoArticle], index: int) -> list[DemoArticle]:
    return [articles[(index + k) % len(articles)] for k in (1, 2, 3, 4)]
