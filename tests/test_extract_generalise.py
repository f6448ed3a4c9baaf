"""Issue 14, second and third tuning rounds: the generic extractor on page shapes no family names.

Small hand-written pages, one rule each (crawler/extract.py, pipelines/thai_dates.py):
another article's linked headline and its date row, a ``<time>`` of another article,
the headline only in ``<title>``, a label before the headline, a published + modified
byline, the day of a permalink path, a page date line above a text that opens with its own.
"""

from __future__ import annotations

from datetime import date, datetime

from crawler.extract import extract_article
from pipelines.items import DateCandidate
from pipelines.thai_dates import BANGKOK, choose_published, find_date

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BANGKOK)
TEXT = (
    "<p>ผู้ว่าราชการจังหวัดเป็นประธานในพิธีเปิดโครงการอบรมเชิงปฏิบัติการ ณ ห้องประชุมศาลากลางจังหวัด"
    " มีหัวหน้าส่วนราชการเข้าร่วมกว่า 200 คน</p>"
    "<p>การอบรมครั้งนี้มีวัตถุประสงค์เพื่อพัฒนาศักยภาพของบุคลากรในการให้บริการประชาชน"
    " และการใช้เทคโนโลยีดิจิทัลในงานราชการ</p>"
)
HEADLINE = "จังหวัดจัดอบรมเชิงปฏิบัติการพัฒนาศักยภาพบุคลากรภาครัฐ"
OTHER = "กรมการปกครองประชุมชี้แจงแนวทางการเลือกตั้งท้องถิ่นประจำปี"


def published(html: str, url: str = "https://x.go.th/news/1") -> tuple[str, date | None, str]:
    extracted = extract_article(html, url)
    candidates = [*extracted.date_candidates, DateCandidate("url", url)]
    value, _origin = choose_published(candidates, NOW)
    return extracted.title, value.date() if value else None, extracted.body


def test_no_h1_several_headings_and_a_linked_headline_of_another_article() -> None:
    html = f"""<html><head><title>ข่าว - กรมอนามัย</title></head><body>
    <h1 class="site"><img src="logo.png" alt="กรมอนามัย"> กรมอนามัย</h1>
    <div class="box"><h3><a href="/news/2">{OTHER}</a></h3><div>17/10/2559</div></div>
    <h3 class="news-head"><span>{HEADLINE}</span></h3><div class="meta">05/03/2567 อ่าน 120 ครั้ง</div>
    <div class="content">{TEXT}</div></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_a_time_element_of_another_article_is_not_the_date() -> None:
    html = f"""<html><head><title>{HEADLINE} | สำนักงาน</title></head><body>
    <aside><div class="row"><a href="/node/2">{OTHER}</a>
    <time datetime="2016-12-07T10:00:00+07:00">07/12/2016</time></div></aside>
    <h1>{HEADLINE}</h1><div class="meta">โดย admin, อ, 05/03/2024 - 10:22</div>
    <div class="body">{TEXT}</div></body></html>"""
    assert published(html)[1] == date(2024, 3, 5)


def test_headline_only_in_the_title_and_the_listing_link_text() -> None:
    html = f"""<html><head><title>{HEADLINE}</title></head><body>
    <div class="header"><span class="name">สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน</span></div>
    <h2>ข่าวประชาสัมพันธ์</h2><div class="news-content">{TEXT}</div>
    <p class="news-date">ลงวันที่ 5มีค.67 เวลา 10.22 น.</p>
    <footer>สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน โทร 054-224-414</footer></body></html>"""
    assert extract_article(html, "https://x.go.th/view.php?nid=1").title == HEADLINE
    hinted = extract_article(
        html, "https://x.go.th/view.php?nid=1", hint_title=HEADLINE[:30] + "..."
    )
    assert hinted.title == HEADLINE
    assert "ลงวันที่" not in hinted.body  # the CMS's "posted on" line under the text


def test_a_label_before_the_headline_is_not_part_of_it() -> None:
    html = f"""<html><head><title>ข่าว :: {HEADLINE} :: อบจ.ร้อยเอ็ด</title></head><body>
    <table><tr><td class="txt_head"><b>เรื่อง : {HEADLINE}</b></td></tr>
    <tr><td>ข่าวที่ 45/2567 วันที่ลงข่าว : 2567-03-05 10:22:00</td></tr>
    <tr><td>{TEXT}</td></tr></table></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_the_published_part_of_a_byline_that_also_says_modified() -> None:
    html = f"""<html><head><title>{HEADLINE} — กรมทรัพยากรธรณี</title></head><body>
    <h1>{HEADLINE}</h1>
    <div class="byline">โดย webmaster — เผยแพร่ 05/03/2567 10:22 — แก้ไขล่าสุด 12/03/2567 09:01</div>
    <div id="text">{TEXT}</div></body></html>"""
    assert published(html)[1] == date(2024, 3, 5)


def test_the_permalink_day_beats_a_day_the_text_names() -> None:
    html = f"""<html><head><title>{HEADLINE} | จังหวัดน่าน</title></head><body>
    <h1 class="entry-title">{HEADLINE}</h1><div class="entry-content"><p>วันพุธที่ 4 มีนาคม 2567</p>
    {TEXT}</div></body></html>"""
    title, day, body = published(html, "https://www.nan.go.th/2024/03/05/news-1/")
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert body.split("\n")[0] == "วันพุธที่ 4 มีนาคม 2567"  # the text's own line stays text
    # a line that says it is the publication date still beats the permalink
    posted = DateCandidate("dateline", "เผยแพร่: 4 มีนาคม 2567")
    url = DateCandidate("url", "https://www.nan.go.th/2024/03/05/news-1/")
    assert choose_published([posted, url], NOW)[0].date() == date(2024, 3, 4)


def test_the_page_date_line_above_a_text_that_opens_with_its_own() -> None:
    html = f"""<html><head><title>สำนักงานประชาสัมพันธ์จังหวัดภูเก็ต</title>
    <meta property="og:title" content="{HEADLINE} | สำนักงานประชาสัมพันธ์จังหวัดภูเก็ต"></head><body>
    <div class="pic"><img src="1.jpg" alt="{HEADLINE}" width="800"></div>
    <div class="news-date">วันพฤหัสบดี ที่ ๕ มีนาคม ๒๕๖๗</div>
    <div class="news-text"><div>{HEADLINE}</div><div>วันพุธที่ 4 มีนาคม 2567</div>{TEXT}</div>
    </body></html>"""
    title, day, body = published(html, "https://www.phuket.go.th/webpr/index.php?id=1")
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert "วันพุธที่ 4 มีนาคม 2567" in body.split("\n")


def test_a_box_of_attachments_and_a_table_of_fields_are_not_text() -> None:
    html = f"""<html><head><title>จังหวัดสระบุรี - {HEADLINE}</title></head><body>
    <td class="content"><div class="topic">{HEADLINE}</div>
    <table class="info"><tr><td>วันที่ประกาศ :</td><td>๕ มีนาคม ๒๕๖๗</td></tr>
    <tr><td>หน่วยงาน :</td><td>กลุ่มงานบริหารทั่วไป</td></tr></table>
    <div class="detail">{TEXT}</div>
    <div class="attach"><b>เอกสารแนบ</b><table><tr><td><a href="a.pdf">ประกาศ_1.pdf</a></td>
    <td>245 KB</td><td>57 ครั้ง</td></tr></table></div></td></body></html>"""
    title, day, body = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert "หน่วยงาน" not in body and "KB" not in body


def test_a_labelled_date_line_under_a_text_that_opens_with_its_own() -> None:
    html = f"""<html><head><title>เทศบาลเมือง | {HEADLINE}</title></head><body>
    <h1>เทศบาลเมืองแม่ฮ่องสอน</h1><h2>{HEADLINE}</h2>
    <div class="txt"><p>วันพุธที่ 4 มีนาคม 2567</p>{TEXT}</div>
    <div class="dt">วันที่ 05/03/67</div>
    <ul class="list"><li><a href="/n/2">{OTHER}</a> (07/12/59)</li></ul></body></html>"""
    title, day, body = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert body.split("\n")[0] == "วันพุธที่ 4 มีนาคม 2567"


def test_a_short_text_that_ends_with_its_headline_does_not_make_it_the_site_name() -> None:
    html = f"""<html><head><title>{HEADLINE} - สพป.ขอนแก่น เขต 1</title></head><body>
    <div class="slider"><div class="item"><h4>{OTHER}</h4><span>7 ธ.ค. 2559</span>
    <a href="/n/2">อ่านต่อ</a></div></div>
    <div class="cat">ข่าวประชาสัมพันธ์ | 5 มี.ค. 2567</div><h1>{HEADLINE}</h1>
    <div class="entry"><p>{HEADLINE}</p>
    <p>เมื่อวันที่ 4 มีนาคม 2567 สำนักงานเขตพื้นที่การศึกษาจัดประชุมผู้บริหาร</p></div></body></html>"""
    assert published(html)[0] == HEADLINE


def test_a_box_of_other_articles_above_a_short_text_is_not_its_text() -> None:
    items = "".join(
        f'<div class="item"><h4>{OTHER} ครั้งที่ {n} ณ ห้องประชุมศาลากลางจังหวัด</h4>'
        f'<span>{n} ธ.ค. 2559</span><a href="/n/{n}">อ่านต่อ</a></div>'
        for n in range(1, 5)
    )
    html = f"""<html><head><title>{HEADLINE} - สพป.ขอนแก่น เขต 1</title></head><body>
    <div class="slider">{items}</div><h1>{HEADLINE}</h1><div class="date">5 มี.ค. 2567</div>
    <div class="entry"><p>สำนักงานเขตพื้นที่การศึกษาจัดอบรมบุคลากร ณ ห้องประชุม</p></div></body></html>"""
    title, day, body = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert body == "สำนักงานเขตพื้นที่การศึกษาจัดอบรมบุคลากร ณ ห้องประชุม"


def test_a_section_label_in_a_headline_styled_cell_is_not_the_headline() -> None:
    """Found after the blind half's one measurement (jsp-struts-frames: every title was
    the section name): a bar reading "ข่าวประชาสัมพันธ์" with a "head" class, which the
    ``<title>`` ("site :: ข่าวประชาสัมพันธ์") also holds, is the section, never the article."""
    html = f"""<html><head><title>กรมศุลกากร :: ข่าวประชาสัมพันธ์</title></head><body>
    <table><tr><td class="txt_head">ข่าวประชาสัมพันธ์</td></tr>
    <tr><td class="news_topic">{HEADLINE}</td></tr>
    <tr><td class="txt_date">ประจำวันที่ 05 มี.ค. 2024 | จำนวนผู้อ่าน 120</td></tr>
    <tr><td>{TEXT}</td></tr></table></body></html>"""
    title, day, _ = published(html, "https://x.go.th/newsDetail.do?newsId=1")
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_a_headline_in_the_declared_main_region_beats_the_site_name_in_the_header() -> None:
    """Found after the blind half's one measurement (moodle-site-news: a short headline lost
    to the school's name in the page header's <h1>, both held by the <title>): the page says
    where its own content is (role="main"), and the headline is there."""
    short = 'ศธ.พร้อมขับเคลื่อน "ไทยนิยม ยั่งยืน"'
    html = f"""<html><head><title>โรงเรียนตัวอย่าง จังหวัดพิษณุโลก: ข่าวประจำเว็บไซต์: {short}</title>
    </head><body><header id="page-header"><ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>
    <li><a href="/forum">ข่าวประจำเว็บไซต์</a></li></ol>
    <h1 class="h2">โรงเรียนตัวอย่าง จังหวัดพิษณุโลก</h1></header>
    <section id="region-main"><div role="main"><h2>ข่าวประจำเว็บไซต์</h2>
    <h3 class="discussionname">{short}</h3><div>จำนวนการตอบ: 0</div><div>ผู้ตอบ: 0</div>
    <div>ผู้ติดตาม: 3</div>
    <div class="author">โดย ผู้ดูแลระบบ - อังคาร, 05 มีนาคม 2024, 10:22AM</div>
    <div class="content">{TEXT}</div></div></section></body></html>"""
    assert extract_article(html, "https://school.ac.th/mod/forum/discuss.php?d=1").title == short


# ------------------------------------------------------------------ third tuning round
# One page per rule found on bench/zoo_tuning3.py's first look; every one fails on the
# extractor before that round (commit 2d32aac).


def _links(n: int = 3, date_row: bool = True) -> str:
    return "".join(
        f'<li><a href="/news/{k}">{OTHER} ครั้งที่ {k}</a>'
        + (f" <span>{k:02d} ตุลาคม 2016</span>" if date_row else "")
        + "</li>"
        for k in range(2, 2 + n)
    )


def test_the_heading_of_a_list_of_links_is_a_box_label_whatever_it_says() -> None:
    # "รายการที่เกี่ยวข้อง" / "ข่าวย้อนหลัง": labels no list knows; what follows them says it
    for label in ("รายการที่เกี่ยวข้อง (โดย แท็ก)", "ข่าวย้อนหลัง", "เรื่องเด่นประจำสัปดาห์"):
        html = f"""<html><head><title>สำนักงานจังหวัดชุมพร</title></head><body>
        <div class="box"><h3>{label}</h3><ul>{_links()}</ul></div>
        <div class="item"><span class="date">วันอังคาร, 05 มีนาคม 2024 10:22</span>
        <h2 class="itemTitle">{HEADLINE}</h2><div class="text">{TEXT}</div></div></body></html>"""
        title, day, _ = published(html)
        assert (title, day) == (HEADLINE, date(2024, 3, 5)), label


def test_a_comment_count_heading_is_a_box_label() -> None:
    html = f"""<html><head><title>สำนักงานจังหวัดชุมพร</title></head><body>
    <div class="item"><h2>{HEADLINE}</h2><div class="text">{TEXT}</div></div>
    <div class="cmts"><h3><span>2</span> ความคิดเห็น</h3>
    <div><span>06 มีนาคม 2024 10:00</span> ขอบคุณครับ</div></div></body></html>"""
    assert published(html)[0] == HEADLINE


def test_a_slide_of_a_carousel_is_another_articles_headline() -> None:
    slides = "".join(
        f'<div class="slide"><img src="/s{k}.jpg" alt=""><div class="caption"><h2>{OTHER} ครั้งที่ {k}</h2>'
        f'<div>{k} ต.ค. 2559</div><a href="/news/{k}" class="button">อ่านต่อ</a></div></div>'
        for k in range(2, 5)
    )
    html = f"""<html><head><title>กรมส่งเสริมการปกครองท้องถิ่น</title></head><body>
    <div class="carousel">{slides}</div><main><div class="page-header"><h2>{HEADLINE}</h2></div>
    <time datetime="2024-03-05T10:22:00+07:00">เผยแพร่เมื่อ</time><div>{TEXT}</div></main>
    </body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_a_headline_given_as_a_records_field() -> None:
    html = f"""<html><head><title>รายละเอียดข่าว</title></head><body><h1>รายละเอียดข่าว</h1>
    <table class="detail-view"><tr><th>หัวข้อ</th><td>{HEADLINE}</td></tr>
    <tr><th>วันที่ประกาศ</th><td>2567-03-05</td></tr><tr><th>รายละเอียด</th><td>{TEXT}</td></tr>
    </table></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_a_header_block_of_headline_date_and_category_is_not_the_headline() -> None:
    html = f"""<html><head><title>ข่าวสาร | TCEB</title></head><body><h1>ข่าวสาร</h1>
    <div class="article-header"><div class="article-header__title"><strong>{HEADLINE}</strong></div>
    <div class="meta"><time datetime="2024-03-05">05.03.67</time> <span>ข่าวประชาสัมพันธ์</span></div></div>
    <div class="body">{TEXT}</div></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_an_event_date_line_next_to_the_headline_is_not_the_published_date() -> None:
    html = f"""<html><head><title>{HEADLINE} | สวทช.</title></head><body><h1>{HEADLINE}</h1>
    <p>วันที่จัดกิจกรรม: 12 มีนาคม 2024</p><p>เผยแพร่เมื่อ 5 มีนาคม 2024</p>
    <div class="body">{TEXT}</div></body></html>"""
    assert published(html)[1] == date(2024, 3, 5)


def test_a_byline_under_the_text_with_an_ordinal_day() -> None:
    lines = "".join(
        f"<p>ย่อหน้าที่ {k} ของข่าว ผู้ว่าราชการจังหวัดมอบนโยบายแก่หัวหน้าส่วนราชการ</p>" for k in range(9)
    )
    html = f"""<html><head><title>{HEADLINE} &#8211; สำนักงาน ก.พ.ร.</title></head><body>
    <h1>ข่าวประชาสัมพันธ์</h1><h2 class="entry-title">{HEADLINE}</h2>
    <div class="post-content"><p>วันพุธที่ 4 มีนาคม 2567</p>{TEXT}{lines}</div>
    <div class="meta-info">โดย admin | มีนาคม 5th, 2024 | ข่าวประชาสัมพันธ์ |</div></body></html>"""
    title, day, _ = published(html, "https://www.opdc.go.th/news-1/")
    assert (title, day) == (HEADLINE, date(2024, 3, 5))


def test_the_headline_in_a_header_ticker_does_not_make_it_the_site_name() -> None:
    # the ticker lists the latest news, this article among them (a link to its other URL)
    html = f"""<html><head><title>{HEADLINE} &#8211; จังหวัดกาญจนบุรี</title>
    <meta property="og:title" content="จังหวัดกาญจนบุรี"></head><body>
    <div id="top" class="html_topbar_left"><marquee><a href="/archives/7">{HEADLINE}</a> |
    <a href="/archives/6">{OTHER}</a></marquee></div>
    <div class="logo"><a href="/"><img src="/logo.png" alt="จังหวัดกาญจนบุรี"></a></div>
    <main><h6><a href="/cat/news">ข่าวประชาสัมพันธ์</a></h6><h1 class="entry-title">{HEADLINE}</h1>
    <div class="entry-content"><p><strong>{HEADLINE}</strong></p>{TEXT}</div></main>
    <footer>Copyright 2024 จังหวัดกาญจนบุรี</footer></body></html>"""
    assert published(html, "https://www.kanchanaburi.go.th/archives/9")[0] == HEADLINE


# adversarial pages (issue 14, third round): what else could make the site name, a section
# or a neighbour win; short headlines (the corpus has none of 12 characters or fewer)
SITE = "สำนักงานประชาสัมพันธ์จังหวัดนครสวรรค์"
SHORT = "ข่าวดี"


def test_a_date_line_under_the_article_heading_is_not_the_site_headings() -> None:
    # <title> "short - site", the site's <h1> above the short <h2> and its date line
    html = f"""<html><head><title>{SHORT} - {SITE}</title></head><body><h1>{SITE}</h1>
    <div class="post"><h2 class="post-title">{SHORT}</h2><span>05/03/2567</span>
    <div class="txt"><p>{SHORT}</p>{TEXT}</div></div></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (SHORT, date(2024, 3, 5))


def test_the_json_ld_headline_shown_on_the_page_beats_a_site_named_og_title() -> None:
    html = f"""<html><head><title>{SITE}</title><meta property="og:title" content="{SITE}">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{SHORT}",
    "datePublished": "2024-03-05"}}</script></head><body>
    <h1>{SITE}</h1><p>{SHORT}</p>{TEXT}</body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (SHORT, date(2024, 3, 5))


def test_a_section_name_in_the_h1_and_the_title_is_not_the_headline() -> None:
    html = f"""<html><head><title>ภาพกิจกรรม - {SITE}</title></head><body>
    <h1>ภาพกิจกรรม</h1><h4>{OTHER}</h4><div>5/3/2567</div>{TEXT}</body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (OTHER, date(2024, 3, 5))


def test_a_single_teaser_with_read_more_above_a_short_headline() -> None:
    html = f"""<html><head><title>{SITE}</title><meta property="og:title" content="{SITE}"></head>
    <body><h1>{SITE}</h1><div class="rel"><h3>{OTHER}</h3><div>4 มี.ค. 2567</div>
    <a href="/news/2">อ่านต่อ</a></div><div class="topic">{SHORT}</div>
    <div class="date">วันที่ 5 มีนาคม 2567</div>{TEXT}<div>{SITE} โทร 056-000-000</div></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (SHORT, date(2024, 3, 5))


def test_a_site_updated_line_is_never_the_published_date() -> None:
    # "อัปเดตล่าสุด" (last updated) stamps the crawl's days, not the article's
    html = f"""<html><head><title>{OTHER} | {SITE}</title></head><body><h1>{OTHER}</h1>
    <div class="meta">โพสต์เมื่อ 3 วันที่แล้ว</div>{TEXT}<div>อัปเดตล่าสุด 28 ก.พ. 2569</div>
    </body></html>"""
    assert published(html)[1] != date(2026, 2, 28)


def test_the_site_headers_clock_is_not_the_date_line() -> None:
    # the header prints today's date (the crawl's day) just above every page's headline;
    # the article's own, labelled, date line stands under its text
    html = f"""<html><head><title>{OTHER}</title></head><body>
    <div class="top">วันอาทิตย์ที่ 1 มีนาคม 2569</div><h1>{OTHER}</h1>{TEXT}
    <p>ข่าว ณ วันที่ 5 มี.ค. 2567</p></body></html>"""
    assert published(html)[1] == date(2024, 3, 5)


def test_an_oracle_style_dashed_date() -> None:
    # DD-MON-RR, the default date of JSP/Oracle systems, in English or Thai month names
    for line in ("วันที่ 05-MAR-24", "วันที่ 05-มี.ค.-67"):
        html = f"""<html><head><title>{OTHER}</title></head><body><h1>{OTHER}</h1>
        <div>{line}</div>{TEXT}</body></html>"""
        assert published(html)[1] == date(2024, 3, 5), line


def test_a_hidden_site_heading_does_not_take_the_date_of_the_headline_under_it() -> None:
    # the site's <h1> (screen-reader only) and <title>; og:title names the short headline
    html = f"""<html><head><title>{SITE}</title><meta property="og:title" content="{SHORT}">
    </head><body><h1 class="sr-only">{SITE}</h1><div class="news"><div class="news-head">
    {SHORT}</div><div>5 มี.ค. 2567</div>{TEXT}</div></body></html>"""
    title, day, _ = published(html)
    assert (title, day) == (SHORT, date(2024, 3, 5))


def test_a_posted_line_with_the_updated_date_glued_to_it() -> None:
    # WordPress prints <time published><time updated> with no space; "โพส" spelt short; the
    # text opens with a day of its own, which stays text
    html = f"""<html><head><title>{HEADLINE} &#8211; จังหวัดกาญจนบุรี</title></head><body>
    <h1 class="entry-title">{HEADLINE}</h1><div class="entry-meta">โพสเมื่อ <a href="/a/9">
    <time class="published">05/03/2024</time><time class="updated">07/04/2025</time></a></div>
    <div class="entry-content"><p>วันพุธที่ 4 มีนาคม 2567</p>{TEXT}</div></body></html>"""
    title, day, body = published(html, "https://www.kanchanaburi.go.th/archives/9")
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert body.split("\n")[0] == "วันพุธที่ 4 มีนาคม 2567"


def test_text_after_an_html_comment_is_read() -> None:
    # React's server output splits a text with empty comments: "โพสต์เมื่อ <!-- -->5 มี.ค."
    # (found after blind2's one measurement: nextjs-headless 0.439 -> 1.000)
    html = f"""<html><head><title>{SITE}</title></head><body><main><h1>{HEADLINE}</h1>
    <div class="meta"><span>โพสต์เมื่อ <!-- -->5 มี.ค. 2567</span><span>อ่าน <!-- -->120</span></div>
    <article><p>วันนี้ (1 กุมภาพันธ์ 2567) {TEXT[3:]}</article></main></body></html>"""
    assert published(html)[1] == date(2024, 3, 5)


def test_json_ld_named_for_another_page_gives_no_date() -> None:
    # its headline is the section's (a CMS describing the item's draft): its date is not the
    # article's; the labelled date line is (found after blind2's one measurement: sitecore)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"ข่าวสาร",'
          '"datePublished":"2024-03-04T08:22:00+07:00"}')  # fmt: skip
    html = f"""<html><head><title>ข่าวสาร | {SITE}</title>
    <script type="application/ld+json">{ld}</script></head><body><h1>{HEADLINE}</h1>
    <div class="field-date">วันที่ 05 มีนาคม 2567</div>{TEXT}</body></html>"""
    assert published(html)[1] == date(2024, 3, 5)
    # named for this article (or cut short), it is still believed before the date line
    for name in (HEADLINE, HEADLINE[:25] + "…", f"{HEADLINE} | {SITE}"):
        named = html.replace('"ข่าวสาร"', f'"{name}"')
        assert published(named)[1] == date(2024, 3, 4), name


def test_an_xhtml_page_with_an_xml_declaration_is_read_as_html() -> None:
    # old Mambo/Joomla 1.0/Dreamweaver pages open with <?xml ...?>: parsel then parses XML
    # (namespaced elements, unresolved &nbsp;), and extraction crashed on such a page
    # (found by blind3's first run, which stopped on it before any figure)
    html = f"""<?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th"><head><title>{SITE}</title></head>
    <body><table><tr><td class="contentheading">{HEADLINE}</td></tr>
    <tr><td class="createdate">วันที่&nbsp;05 มีนาคม 2567</td></tr>
    <tr><td>{TEXT}</td></tr></table></body></html>"""
    title, day, body = published(html)
    assert (title, day) == (HEADLINE, date(2024, 3, 5))
    assert "ผู้ว่าราชการจังหวัดเป็นประธาน" in body


def test_a_headline_after_its_sections_name_is_read_without_it() -> None:
    # XOOPS prints "<topic>: <headline>" in one span (found after blind3's one measurement)
    html = f"""<html><head><title>{SITE}</title></head><body><div class="item">
    <span class="itemTitle"><a href="/modules/news/index.php?storytopic=1">ข่าวประชาสัมพันธ์</a>:
    <a href="/modules/news/article.php?storyid=1">{HEADLINE}</a></span>
    <div class="itemInfo">วันที่ 5 มี.ค. 2567</div><div class="itemText">{TEXT}</div></div></body></html>"""
    url = "https://x.go.th/modules/news/article.php?storyid=1"
    assert published(html, url)[:2] == (HEADLINE, date(2024, 3, 5))


def test_a_date_line_naming_its_author_by_a_link_is_the_articles() -> None:
    # "ประกาศเมื่อ ... โดย <a>author</a>": the author's link is no other article's headline,
    # so the line stays (found after blind3's one measurement: e107)
    html = f"""<html><head><title>{SITE}</title></head><body>
    <div class="caption">ข่าวประชาสัมพันธ์</div><div class="newsinfo"><b>{HEADLINE}</b></div>
    <div class="smalltext">ประกาศเมื่อ ๕ มีนาคม ๒๕๖๗ - ๑๐:๒๒ โดย <a href="/user.php?id.2">
    ประชาสัมพันธ์จังหวัดตัวอย่าง</a></div><div class="body"><p>วันนี้ (1 มีนาคม 2567) ณ ศาลากลาง
    จังหวัด ผู้ว่าราชการจังหวัดเป็นประธานในพิธีเปิดโครงการอบรมเชิงปฏิบัติการ มีหัวหน้าส่วนราชการเข้าร่วม
    กว่า 200 คน เพื่อพัฒนาศักยภาพของบุคลากรในการให้บริการประชาชนและการใช้เทคโนโลยีดิจิทัล</p></div>
    </body></html>"""
    assert published(html)[1] == date(2024, 3, 5)


def test_phps_month_day_year_with_a_thai_locale() -> None:
    # PHP-Fusion's "%B %d %Y": the month first, no comma (found after blind3's measurement)
    assert find_date("โพสต์โดย admin มีนาคม 05 2024 10:22:00") == datetime(
        2024, 3, 5, 10, 22, tzinfo=BANGKOK
    )
    assert find_date("ต.ค. 17 2559") == datetime(2016, 10, 17, tzinfo=BANGKOK)
    assert find_date("ตุลาคม 17 แห่ง") is None  # a count, not a date


def ld_page(date_published: str, date_line: str, aside: str = "") -> str:
    ld = (
        '{"@context": "https://schema.org", "@type": "BlogPosting", '
        f'"headline": "{HEADLINE}", "datePublished": "{date_published}"}}'
    )
    return f"""<html><head><title>{HEADLINE}</title>
    <script type="application/ld+json">{ld}</script></head><body>
    <nav><a href="/">หน้าแรก</a> <a href="/news">ข่าวประชาสัมพันธ์</a></nav>
    <h1>{HEADLINE}</h1><div class="post-date">{date_line}</div>
    <div class="post-body">{TEXT}</div>{aside}</body></html>"""


def test_a_json_ld_import_day_shown_nowhere_loses_to_the_date_line_by_the_headline() -> None:
    # the blog's import day in every post's JSON-LD; the reader sees the release's day
    html = ld_page("2021-06-01T00:00:00Z", "5 มีนาคม 2567 เวลา 10.22 น.")
    assert published(html, "https://x.go.th/blog/post-1")[1] == date(2024, 3, 5)


def test_json_ld_whose_day_the_page_shows_beats_an_event_date_line() -> None:
    # the date line is the event's day; the page states the metadata's day lower down
    html = ld_page(
        "2024-03-20T14:40:00+07:00",
        "วันอังคารที่ 5 มีนาคม 2567",
        '<div class="info">เผยแพร่ 20 มี.ค. 2567</div>',
    )
    assert published(html, "https://x.go.th/blog/post-1")[1] == date(2024, 3, 20)


def test_json_ld_within_a_day_of_the_date_line_is_the_same_publication() -> None:
    # a UTC instant: the Bangkok day after, as the date line says
    html = ld_page("2024-03-04T20:30:00Z", "5 มีนาคม 2567")
    assert published(html, "https://x.go.th/blog/post-1")[1] == date(2024, 3, 5)
