"""HTML/JSON renderings of demo articles, one function per made-up site template.

The layouts imitate what real Thai government sites wrap around an article (menus,
breadcrumbs, share buttons, related-news boxes, footers, comments) so extraction is tested
against the same noise.
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone

from crawler.demo.corpus import DemoArticle

BANGKOK = timezone(timedelta(hours=7))
THAI_MONTHS_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]  # fmt: skip


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs_html(body: str) -> str:
    return "\n".join(f"<p>{esc(line)}</p>" for line in body.split("\n") if line.strip())


def published_datetime(article: DemoArticle) -> datetime:
    """A stable publication time on the article's date (minutes from its number)."""
    day = datetime.fromisoformat(article.date).replace(tzinfo=BANGKOK)
    return day + timedelta(hours=8, minutes=article.number % 600)


def short_thai_date(article: DemoArticle) -> str:
    day = datetime.fromisoformat(article.date)
    return f"{day.day} {THAI_MONTHS_ABBR[day.month - 1]} {day.year + 543}"


def related_box(related: list[DemoArticle], link: str) -> str:
    items = "".join(
        f'<li><a href="{link.format(number=r.number)}">{esc(r.title)}</a>'
        f" <small>{esc(short_thai_date(r))}</small></li>"
        for r in related
    )
    return f'<aside class="related"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{items}</ul></aside>'


SITE_MENU = (
    '<nav class="menu"><a href="/">หน้าหลัก</a> | <a href="#">เกี่ยวกับหน่วยงาน</a> |'
    ' <a href="#">ข่าวประชาสัมพันธ์</a> | <a href="#">ติดต่อเรา</a></nav>'
)


def thaigov_article_page(article: DemoArticle, prefix: str, related: list[DemoArticle]) -> str:
    """A page shaped like thaigov.go.th/news/contents/details/<id> (no Open Graph title)."""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{esc(article.page_title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head><body>
<header><div class="logo">รัฐบาลไทย</div>{SITE_MENU}</header>
<div class="breadcrumb">หน้าหลัก &gt; ข่าวทำเนียบรัฐบาล &gt; {esc(article.category)}</div>
<div class="container"><div class="content">
<h1 class="Circular headtitle">{esc(article.title)}</h1>
<div class="Circular date">{esc(article.date_th)}</div>
<div class="share"><a href="#">แชร์</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">พิมพ์</a></div>
<div class="border-normal-content detail">
{paragraphs_html(article.body)}
</div>
<div class="source">ที่มา : http://www.thaigov.go.th/news/contents/details/{article.number}</div>
</div>
{related_box(related, prefix + "news/contents/details/{number}")}
</div>
<footer><p>สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300</p>
<p>© 2563 รัฐบาลไทย สงวนลิขสิทธิ์</p></footer>
</body></html>"""


def thaigov_listing_page(
    articles: list[DemoArticle], prefix: str, page: int, pages: int
) -> str:
    items = "\n".join(
        f'<div class="news-item"><a class="news-title" href="{prefix}news/contents/details/{a.number}">'
        f'{esc(a.title)}</a> <span class="news-date">{esc(short_thai_date(a))}</span></div>'
        for a in articles
    )
    nav = f'<a class="next" href="{prefix}news/contents/list?page={page + 1}">ถัดไป</a>' if page < pages else ""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>รัฐบาลไทย-ข่าวทำเนียบรัฐบาล</title></head>
<body><header>{SITE_MENU}</header><h1>ข่าวทำเนียบรัฐบาล</h1>
<div class="news-list">{items}</div>
<div class="pagination">หน้า {page} จาก {pages} {nav}</div>
<footer>สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี</footer></body></html>"""


def wp_post_slug(article: DemoArticle) -> str:
    return f"news-{article.number}"


def wp_post_link(article: DemoArticle, root: str) -> str:
    day = datetime.fromisoformat(article.date)
    return f"{root}{day:%Y/%m/%d}/{wp_post_slug(article)}/"


def wp_content_html(article: DemoArticle, root: str) -> str:
    """WordPress `content.rendered`: paragraphs, and for some posts an attached PDF."""
    content = paragraphs_html(article.body)
    if article.number % 4 == 0:
        pdf = f"{root}wp-content/uploads/{article.number}.pdf"
        content += (
            f'\n<div class="pdfemb-viewer" data-pdf-src="{pdf}"></div>'
            f'\n<p><a href="{pdf}">ดาวน์โหลดเอกสาร</a></p>'
        )
    return content


def wp_post_json(
    article: DemoArticle, root: str, modified: datetime | None, categories: dict[str, int]
) -> dict:
    published = published_datetime(article)
    modified = modified or published
    utc = timezone.utc
    return {
        "id": article.number,
        "date": published.replace(tzinfo=None).isoformat(),
        "date_gmt": published.astimezone(utc).replace(tzinfo=None).isoformat(),
        "modified": modified.astimezone(BANGKOK).replace(tzinfo=None).isoformat(),
        "modified_gmt": modified.astimezone(utc).replace(tzinfo=None).isoformat(),
        "slug": wp_post_slug(article),
        "status": "publish",
        "type": "post",
        "link": wp_post_link(article, root),
        "guid": {"rendered": f"{root}?p={article.number}"},
        "title": {"rendered": esc(article.title)},
        "content": {"rendered": wp_content_html(article, root), "protected": False},
        "excerpt": {"rendered": f"<p>{esc(article.body[:120])}</p>"},
        "categories": [categories[article.category]],
        "tags": [],
        "featured_media": 0,
        "jetpack_featured_media_url": f"{root}wp-content/uploads/{article.number}.jpg",
        "_embedded": {
            "wp:term": [[{"id": categories[article.category], "name": article.category,
                          "taxonomy": "category"}], []],
        },
    }  # fmt: skip


def wp_article_page(article: DemoArticle, root: str, related: list[DemoArticle]) -> str:
    published = published_datetime(article)
    link = wp_post_link(article, root)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": published.isoformat(),
            "image": f"{root}wp-content/uploads/{article.number}.jpg",
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8">
<title>{esc(article.title)} &#8211; สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</title>
<link rel="canonical" href="{link}">
<link rel="shortlink" href="{root}?p={article.number}">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:image" content="{root}wp-content/uploads/{article.number}.jpg">
<meta property="article:published_time" content="{published.isoformat()}">
<script type="application/ld+json">{ld}</script>
</head><body class="single single-post">
<header id="masthead">{SITE_MENU}</header>
<main id="main"><article class="post type-post">
<h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{published.isoformat()}">{esc(short_thai_date(article))}</time></div>
<div class="entry-content">
{wp_content_html(article, root)}
<div class="sharedaddy"><h3>แชร์:</h3><a href="#">Facebook</a> <a href="#">LINE</a></div>
</div></article>
<div id="comments"><h2>ความคิดเห็น</h2><ol><li class="comment">ขอบคุณสำหรับข้อมูลครับ</li></ol></div>
</main>
<aside id="secondary">{related_box(related, root + "?p={number}")}</aside>
<footer id="colophon">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ ถนนราชดำเนินนอก กรุงเทพฯ 10300</footer>
</body></html>"""


def rss_feed(articles: list[DemoArticle], root: str, title: str) -> str:
    items = "\n".join(
        f"<item><title>{esc(a.title)}</title><link>{wp_post_link(a, root)}</link>"
        f"<guid isPermaLink=\"false\">{root}?p={a.number}</guid>"
        f"<pubDate>{published_datetime(a).strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
        f"<category><![CDATA[{a.category}]]></category>"
        f"<description><![CDATA[{a.body[:200]}]]></description></item>"
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{esc(title)}</title><link>{root}</link>
<description>{esc(title)}</description><language>th</language>
{items}
</channel></rss>"""


def thaigov_placeholder_page() -> str:
    """What thaigov.go.th serves for an unknown or removed id: 200, an empty article."""
    return """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>รัฐบาลไทย-</title></head>
<body><div class="content"><h1 class="Circular headtitle"></h1>
<div class="Circular date">วันพฤหัสบดีที่ 1 มกราคม 2513</div>
<div class="border-normal-content detail"></div></div></body></html>"""
