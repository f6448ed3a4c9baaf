"""Issue 14: image-only releases are stored (title, date, pictures), a hacked site's spam
pages are not (counted per source as error kind ``spam``)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.exceptions import DropItem

from bench.zoo import FAMILIES, related_for
from crawler.demo.corpus import bundled_articles
from crawler.error_kinds import NOT_ARTICLES
from crawler.extensions import summarise_stats
from crawler.extract import extract_article
from crawler.spiders.base import soft_404_reason
from pipelines.items import ArticleItem
from pipelines.spam import spam_reason
from pipelines.stages.clean import CleanPipeline
from pipelines.storage import Store

INFOGRAPHIC = """<html><head><title>อินโฟกราฟิก มาตรการลดค่าครองชีพ | กรมประชาสัมพันธ์</title>
<meta property="og:site_name" content="กรมประชาสัมพันธ์"></head><body>
<div class="logo"><img src="/img/logo.png" alt="กรมประชาสัมพันธ์"></div>
<ul class="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าว</a></li></ul>
<div class="content"><h1 class="title">อินโฟกราฟิก มาตรการลดค่าครองชีพ</h1>
<div class="date">วันที่ 3 พฤษภาคม 2566</div>
<p><img src="/uploads/info-1.jpg" width="800"></p><p><img src="/uploads/info-2.jpg"></p>
<div class="share"><img src="/img/facebook.png"> <a href="#">แชร์</a></div></div>
<div class="related"><h3>ข่าวที่เกี่ยวข้อง</h3><a href="/n/2"><img src="/thumb/2.jpg">ข่าวอื่น</a> 2 พ.ค. 2566</div>
<footer>กรมประชาสัมพันธ์ 9 ถนนพระราม 6 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400 โทร 0 2618 2323</footer>
</body></html>"""


class Stats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count


class FakeSpider:
    def __init__(self) -> None:
        self.errors: Counter[str] = Counter()

    def record_error(self, kind: str, url: str, message: str, fatal: bool = False) -> None:
        self.errors[kind] += 1


# ------------------------------------------------------------------ image-only releases


def test_an_infographic_is_extracted_with_its_title_date_and_pictures() -> None:
    extracted = extract_article(INFOGRAPHIC, "https://www.prd.go.th/n/1")
    assert extracted.title == "อินโฟกราฟิก มาตรการลดค่าครองชีพ"
    assert extracted.form == "images"
    assert extracted.images == ["https://www.prd.go.th/uploads/info-1.jpg",
                                "https://www.prd.go.th/uploads/info-2.jpg"]  # fmt: skip
    assert ("dateline", "วันที่ 3 พฤษภาคม 2566") in [
        (c.origin, c.value) for c in extracted.date_candidates
    ]
    # not a soft 404: a titled page of pictures is an article
    assert soft_404_reason(extracted.title, extracted.body, [], len(extracted.images)) is None
    assert soft_404_reason(extracted.title, extracted.body, []) == "empty article body"


def test_a_text_article_stays_a_text_article() -> None:
    article = bundled_articles()[5]
    family = FAMILIES["banner-breadcrumb"]  # gallery pictures under a long text
    html = family.render(article, related_for(list(bundled_articles()[:10]), 5))
    assert extract_article(html, family.url(article)).form == "text"


def test_an_image_only_item_passes_the_clean_stage_and_is_stored(tmp_path: Path) -> None:
    item = ArticleItem(url="https://www.prd.go.th/n/1", source_id="prd",
                       title="อินโฟกราฟิก มาตรการลดค่าครองชีพ", body="",
                       fetched_at="2026-03-01T05:00:00+00:00", form="images",
                       images=["https://www.prd.go.th/uploads/info-1.jpg", "javascript:alert(1)"])  # fmt: skip
    stats = Stats()
    CleanPipeline(stats).process_item(item)
    assert item.images == ["https://www.prd.go.th/uploads/info-1.jpg"]
    assert stats.values["khao/form/images"] == 1
    store = Store(tmp_path / "khao.db")
    store.sync_sources(
        [{"id": "prd", "name": "prd", "kind": "listing", "url": "https://www.prd.go.th/"}]
    )
    assert store.save_article(item) == "new"
    store.close()
    with sqlite3.connect(tmp_path / "khao.db") as conn:
        form, images = conn.execute("SELECT form, images FROM articles").fetchone()
    assert form == "images" and json.loads(images) == item.images
    # a text item without text is still dropped as empty
    empty = ArticleItem(url="https://www.prd.go.th/n/2", source_id="prd", title="ข่าว", body="")
    with pytest.raises(DropItem):
        CleanPipeline(Stats()).process_item(empty)


# ------------------------------------------------------------------ spam


SPAM_PAGES = [
    ("สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ",
     "สมัครสมาชิกใหม่รับโบนัส 100% เครดิตฟรี ทดลองเล่นสล็อต pg slot ทางเข้า ufabet เว็บตรงไม่ผ่านเอเย่นต์"),
    ("บาคาร่าออนไลน์ เว็บพนันออนไลน์อันดับ 1",
     "แทงบอลออนไลน์ คาสิโน บาคาร่า ฝาก-ถอน auto 24 ชม. แอดไลน์ @ufa888"),
    ("Slot Gacor Maxwin Hari Ini", "situs slot online gacor bonus new member 100 togel judi online"),
    ("กู้เงินด่วน ไม่เช็คบูโร อนุมัติไว", "เงินด่วนทันใจ ติดแบล็คลิสต์ก็กู้ได้ แอพกู้เงิน โอนเข้าบัญชีทันที"),
    ("Best payday loans online", "instant loans no credit check, payday loans approved in minutes, casino online bonus"),
]  # fmt: skip
REAL_PAGES = [
    ("ตำรวจบุกจับเว็บพนันออนไลน์ บาคาร่า สล็อต",
     "เจ้าหน้าที่ตำรวจจับกุมผู้ต้องหา 5 ราย ตรวจยึดอุปกรณ์ ดำเนินคดีตาม พ.ร.บ.การพนัน "
     "โดยผู้ต้องหาเปิดเว็บไซต์สล็อตและบาคาร่า ฝากถอนผ่านบัญชีม้า"),
    ("ธนาคารออมสินเปิดสินเชื่อฉุกเฉินให้ประชาชน", "ประชาชนที่ได้รับผลกระทบสามารถกู้เงินได้รายละ 10,000 บาท"),
    ("กรมสุขภาพจิตเตือนภัยการพนันออนไลน์ในเด็กและเยาวชน",
     "การพนันออนไลน์ เช่น สล็อต บาคาร่า แทงบอล ทำให้เยาวชนติดหนี้ ผู้ปกครองควรระวังและขอความร่วมมือสถานศึกษา"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body"), SPAM_PAGES)
def test_gambling_and_loan_spam_is_recognised(title: str, body: str) -> None:
    assert spam_reason(title, body)


@pytest.mark.parametrize(("title", "body"), REAL_PAGES)
def test_releases_about_gambling_or_loans_are_not_spam(title: str, body: str) -> None:
    assert spam_reason(title, body) is None


def test_no_bundled_real_article_is_spam() -> None:
    assert [a.key for a in bundled_articles() if spam_reason(a.title, a.body)] == []


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=2000))
def test_spam_reason_never_raises(title: str, body: str) -> None:
    assert spam_reason(title, body) is None or isinstance(spam_reason(title, body), str)


def test_spam_is_kept_out_of_articles_and_counted_as_spam_per_source() -> None:
    title, body = SPAM_PAGES[0]
    item = ArticleItem(url="https://www.school.go.th/slot", source_id="school", title=title,
                       body=body)  # fmt: skip
    stats, spider = Stats(), FakeSpider()
    with pytest.raises(DropItem):
        CleanPipeline(stats).process_item(item, spider)
    assert spider.errors == Counter({"spam": 1})
    assert "spam" in NOT_ARTICLES  # a hacked page is not a lost article
    summary = summarise_stats(dict(stats.values), spider)
    assert summary["errors"]["spam"] == 1 and summary["articles_failed"] == 0
