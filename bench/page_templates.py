"""Extra page templates for the extraction benchmark: layouts khao has no selectors for.

Both wrap a real article in the noise real Thai ministry and news sites put around it, and
both write the date the way those sites do (BE years, abbreviated months, Thai digits):

- ``table_ministry_page``: an old PHP site laid out with nested tables (no <h1>, no
  <article>, no metadata), a left menu with "popular news" dates, a view counter, print
  links, a "ที่มา" line, NBSPs between words and a TIS-620-era ``<title>`` with the site
  name first.
- ``portal_page``: a news portal with Open Graph titles that carry the site name,
  breadcrumbs, a share bar, a sidebar of headlines with bare years, tags, reader comments
  and a footer with a copyright year; the date line in Thai digits under the headline.
"""

from __future__ import annotations

import html
from datetime import datetime

from crawler.demo.corpus import DemoArticle
from crawler.demo.templates import THAI_MONTHS_ABBR, published_datetime

THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]  # fmt: skip
THAI_WEEKDAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def date_line_variant(article: DemoArticle) -> str:
    """The date as an old ministry site prints it; the form depends on the article."""
    day = datetime.fromisoformat(article.date)
    be = day.year + 543
    forms = [
        f"วันที่ {day.day:02d}/{day.month:02d}/{be}",
        f"({day.day} {THAI_MONTHS_ABBR[day.month - 1]}{be % 100:02d})",
        thai_digits(f"{day.day} {THAI_MONTHS_ABBR[day.month - 1]} {be % 100:02d}"),
        f"ประกาศเมื่อ {day.day} {THAI_MONTHS[day.month - 1]} พ.ศ. {be}",
    ]
    return forms[article.number % len(forms)]


def _nbsp_words(line: str, every: int) -> str:
    """Old editors put &nbsp; where the writer pressed space (twice, often)."""
    parts = line.split(" ")
    out = []
    for index, part in enumerate(parts):
        out.append(esc(part))
        if index < len(parts) - 1:
            out.append("&nbsp; " if index % every == 0 else " ")
    return "".join(out)


def table_ministry_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    paragraphs = "<br><br>\n".join(
        _nbsp_words(line, 3 + article.number % 3) for line in article.body.split("\n") if line
    )
    popular = "".join(
        f'<tr><td class="small"><a href="news.php?id={r.number}">{esc(r.title)}</a>'
        f" <font color=gray>({esc(datetime.fromisoformat(r.date).strftime('%d/%m/'))}"
        f"{datetime.fromisoformat(r.date).year + 543})</font></td></tr>"
        for r in related
    )
    views = 100 + article.number % 5000
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>:: กระทรวงมหาดไทย Ministry of Interior :: {esc(article.title)}</title>
<link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/banner.jpg" width="980" height="150"></td></tr>
<tr><td colspan="2" class="topmenu"><a href="index.php">หน้าแรก</a> | <a href="about.php">เกี่ยวกับกระทรวง</a> |
<a href="news.php">ข่าวประชาสัมพันธ์</a> | <a href="contact.php">ติดต่อเรา</a> | <a href="sitemap.php">แผนผังเว็บไซต์</a></td></tr>
<tr><td width="220" valign="top" class="leftmenu">
<table width="100%"><tr><td class="head">เมนูหลัก</td></tr>
<tr><td><a href="p1.php">ประวัติความเป็นมา</a></td></tr><tr><td><a href="p2.php">วิสัยทัศน์ พันธกิจ</a></td></tr>
<tr><td><a href="p3.php">โครงสร้างหน่วยงาน</a></td></tr><tr><td><a href="p4.php">ผู้บริหาร</a></td></tr>
<tr><td class="head">ข่าวยอดนิยม</td></tr>{popular}
<tr><td class="small">ผู้เข้าชมวันนี้ 1,024 คน</td></tr></table>
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellpadding="4">
<tr><td class="path"><a href="index.php">หน้าแรก</a> &gt; <a href="news.php">ข่าวประชาสัมพันธ์</a> &gt; รายละเอียดข่าว</td></tr>
<tr><td class="topic"><font size="4" color="#003399"><b>{esc(article.title)}</b></font></td></tr>
<tr><td><font color="#999999" size="2">{esc(date_line_variant(article))} &nbsp;|&nbsp; อ่าน {views:,} ครั้ง</font></td></tr>
<tr><td class="text"><font size="3">
{paragraphs}
</font></td></tr>
<tr><td align="right"><a href="print.php?id={article.number}"><img src="images/print.gif" border="0"> พิมพ์</a> |
<a href="send.php?id={article.number}">ส่งต่อให้เพื่อน</a></td></tr>
<tr><td><font size="2">ที่มา : กองสารนิเทศ สำนักงานปลัดกระทรวงมหาดไทย</font></td></tr>
</table></td></tr>
<tr><td colspan="2" class="footer" align="center">กระทรวงมหาดไทย ถนนอัษฎางค์ แขวงวังบูรพาภิรมย์ เขตพระนคร กรุงเทพฯ 10200<br>
โทร. 0 2222 1141 &nbsp; Copyright &copy; 2553 Ministry of Interior. All rights reserved.</td></tr>
</table></body></html>"""


def portal_date_line(article: DemoArticle) -> str:
    published = published_datetime(article)
    be = published.year + 543
    weekday = THAI_WEEKDAYS[published.weekday()]
    if article.number % 2:
        return thai_digits(
            f"วัน{weekday}ที่ {published.day} {THAI_MONTHS[published.month - 1]} พ.ศ. {be}"
            f" เวลา {published:%H.%M} น."
        )
    return f"{published.day} {THAI_MONTHS_ABBR[published.month - 1]} {be} {published:%H:%M} น."


def portal_page(article: DemoArticle, related: list[DemoArticle]) -> str:
    paragraphs = "\n".join(
        f'<div class="txt-p">{esc(line)}</div>' for line in article.body.split("\n") if line
    )
    sidebar = "".join(f'<li><a href="/news/{r.number}">{esc(r.title)}</a></li>' for r in related)
    headlines = "".join(
        f'<div class="hl"><a href="/news/{r.number + 7}">สรุปผลงานรัฐบาล ปี {2559 + i}'
        f" และแผนงาน {2017 + i}</a></div>"
        for i, r in enumerate(related)
    )
    tags = "".join(f'<a class="tag" href="/tag/{i}">{esc(t)}</a> ' for i, t in
                   enumerate([article.category, "รัฐบาล", "ข่าวประชาสัมพันธ์"]))  # fmt: skip
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(article.title)} - ไทยนิวส์ออนไลน์</title>
<meta property="og:site_name" content="ไทยนิวส์ออนไลน์">
<meta property="og:title" content="{esc(article.title)} | ไทยนิวส์ออนไลน์">
<meta property="og:type" content="article">
<meta name="description" content="{esc(article.body[:150])}">
</head><body>
<div id="top"><div class="brand">ไทยนิวส์ออนไลน์ ThaiNews</div>
<div class="nav"><a href="/">หน้าแรก</a><a href="/politics">การเมือง</a><a href="/economy">เศรษฐกิจ</a><a href="/region">ภูมิภาค</a></div></div>
<div class="wrap">
<div class="crumbs"><a href="/">หน้าแรก</a> » <a href="/cat/1">{esc(article.category)}</a> » ข่าว</div>
<div class="main-col">
<div class="nw-hd"><h1>{esc(article.title)}</h1>
<div class="nw-meta"><span class="when">{esc(portal_date_line(article))}</span> <span class="by">โดย กองบรรณาธิการ</span></div></div>
<div class="sharebar">แชร์ <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a> <a href="#">คัดลอกลิงก์</a></div>
<div class="nw-txt">
{paragraphs}
</div>
<div class="tags">แท็ก: {tags}</div>
<div class="readmore"><a href="/news">อ่านข่าวอื่น ๆ</a></div>
<div class="cmts"><div class="cmts-h">ความคิดเห็นของผู้อ่าน</div>
<div class="cmt"><b>คนไทยคนหนึ่ง</b> <span>4 ชั่วโมงที่แล้ว</span><p>เห็นด้วยกับนโยบายนี้ครับ ขอให้ทำจริงและต่อเนื่อง อยากเห็นผลในพื้นที่ต่างจังหวัดด้วย</p></div>
<div class="cmt"><b>ผู้อ่านประจำ</b> <span>เมื่อวานนี้</span><p>ขอบคุณสำหรับข่าวสารที่เป็นประโยชน์ ติดตามอยู่ทุกวันค่ะ</p></div></div>
</div>
<div class="side-col"><div class="box"><div class="box-h">ข่าวล่าสุด</div><ul>{sidebar}</ul></div>
<div class="box"><div class="box-h">ข่าวเด่น</div>{headlines}</div></div>
</div>
<div id="foot">ไทยนิวส์ออนไลน์ 99/9 ถนนวิภาวดีรังสิต กรุงเทพฯ 10900 โทร 0 2000 0000<br>© 2567 ThaiNews Online สงวนลิขสิทธิ์</div>
</body></html>"""
