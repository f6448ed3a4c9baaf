"""Generic extraction on templates khao has no selectors for (and the declared path)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bench.page_templates import portal_page, table_ministry_page
from crawler.demo import templates
from crawler.demo.corpus import bundled_articles
from crawler.extract import affix_of, extract_article
from pipelines.items import ArticleItem
from pipelines.stages.date import item_candidates
from pipelines.thai_dates import BANGKOK, choose_published
from pipelines.thai_text import clean_text, clean_title

ARTICLES = list(bundled_articles())[::97]  # 11 articles spread over the corpus
FETCHED = datetime(2025, 6, 1, tzinfo=BANGKOK)


def render(kind: str, index: int) -> tuple[str, str]:
    article = ARTICLES[index]
    related = [ARTICLES[(index + k) % len(ARTICLES)] for k in (1, 2, 3)]
    if kind == "thaigov":
        return templates.thaigov_article_page(article, "/", related), "https://www.thaigov.go.th/x"
    if kind == "wordpress":
        root = "https://www.obec.go.th/"
        return templates.wp_article_page(article, root, related), templates.wp_post_link(
            article, root
        )
    if kind == "table":
        return table_ministry_page(article, related), "http://www.moi.go.th/news.php?id=1"
    return portal_page(article, related), "https://www.thainews.example/news/1"


@pytest.mark.parametrize("kind", ["thaigov", "wordpress", "table", "portal"])
def test_generic_extraction_gets_title_date_and_body(kind: str) -> None:
    for index, article in enumerate(ARTICLES):
        html, url = render(kind, index)
        extracted = extract_article(html, url, None)
        title = clean_title(extracted.title)
        assert title == clean_title(article.title), (kind, article.key)
        item = ArticleItem(url=url, source_id="t", title=title,
                           body=clean_text(extracted.body, title=title),
                           date_candidates=extracted.date_candidates)  # fmt: skip
        value, origin = choose_published(item_candidates(item), FETCHED)
        assert value is not None and value.date().isoformat() == article.date, (kind, origin)
        truth = clean_text(article.body, title=title)
        assert item.body == truth, (kind, article.key)


def test_sidebar_years_comments_and_share_lines_stay_out() -> None:
    html, url = render("portal", 0)
    extracted = extract_article(html, url, None)
    assert "ความคิดเห็น" not in extracted.body
    assert "เห็นด้วยกับนโยบายนี้" not in extracted.body  # a reader comment
    assert "สรุปผลงานรัฐบาล" not in extracted.body  # sidebar headline with a bare year
    assert "Facebook" not in extracted.body and "ไทยนิวส์ออนไลน์" not in extracted.title
    assert [c.origin for c in extracted.date_candidates] == ["dateline"]


def test_site_name_affixes() -> None:
    assert affix_of("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ครม. อนุมัติ", "ครม. อนุมัติ")
    assert affix_of("ครม. อนุมัติ | ไทยนิวส์", "ครม. อนุมัติ")
    assert not affix_of("ครม. อนุมัติงบ", "อนุมัติ")  # inside a word run, not an affix
    # a hyphen inside the headline: the longest visible headline the <title> confirms wins
    page = ("<html><head><title>ข่าว - ไทย-ลาว ร่วมมือ</title></head><body><h2>ข่าว</h2>"
            "<h1>ไทย-ลาว ร่วมมือ</h1><p>เนื้อหาข่าวความร่วมมือระหว่างไทยและลาวในการพัฒนา</p>"
            "</body></html>")  # fmt: skip
    assert extract_article(page, "https://x/1", None).title == "ไทย-ลาว ร่วมมือ"


def test_declared_selectors_still_win() -> None:
    article = ARTICLES[0]
    html, url = render("thaigov", 0)
    selectors = {"title_selector": "h1.headtitle", "date_selector": ".content .date",
                 "body_selector": ".detail p"}  # fmt: skip
    extracted = extract_article(html, url, selectors)
    assert extracted.title == article.title
    assert extracted.date_candidates[0].value == article.date_th
    assert clean_text(extracted.body, title=article.title) == clean_text(
        article.body, title=article.title
    )


def test_placeholder_page_gives_no_text() -> None:
    extracted = extract_article(templates.thaigov_placeholder_page(), "https://x/1", None)
    assert clean_text(extracted.body) == ""
