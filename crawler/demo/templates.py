"""HTML/JSON renderings of demo articles, one function per made-up site template.

The layouts imitate what real Thai government sites wrap around an article (menus,
breadcrumbs, share buttons, related-news boxes, footers, comments) so extraction is tested
against the same noise.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta, timezone

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


def thaigov_listing_page(articles: list[DemoArticle], prefix: str, page: int, pages: int) -> str:
    items = "\n".join(
        f'<div class="news-item"><a class="news-title" href="{prefix}news/contents/details/{a.number}">'
        f'{esc(a.title)}</a> <span class="news-date">{esc(short_thai_date(a))}</span></div>'
        for a in articles
    )
    nav = (
        f'<a class="next" href="{prefix}news/contents/list?page={page + 1}">ถัดไป</a>'
        if page < pages
        else ""
    )
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
    utc = UTC
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
        f'<guid isPermaLink="false">{root}?p={a.number}</guid>'
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


# --------------------------------------------------------------------------- portal pages
def google_viewer(url: str) -> str:
    from urllib.parse import quote

    return f"https://docs.google.com/viewer?url={quote(url, safe='')}&embedded=true"


def portal_article_page(
    article: DemoArticle, root: str, link: str, site_name: str, related_link: str,
    related: list[DemoArticle],
) -> str:  # fmt: skip
    """A ministry portal page (moe.go.th / prd.go.th / pr.moph.go.th style): metadata in
    Open Graph and <meta>, no declared layout; some posts embed a PDF in a Google viewer."""
    published = published_datetime(article)
    attachment = ""
    if article.number % 4 == 0:
        pdf = f"{root}uploads/{article.number}.pdf"
        attachment = (
            f'<iframe src="{esc(google_viewer(pdf))}" width="100%" height="600"></iframe>'
            f'<p class="file"><a href="{pdf}">เอกสารแนบ ({article.number}.pdf)</a></p>'
        )
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{esc(article.title)} | {esc(site_name)}</title>
<link rel="canonical" href="{link}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:image" content="{root}uploads/{article.number}.jpg">
<meta property="article:published_time" content="{published.isoformat()}">
<meta name="description" content="{esc(article.body[:150])}">
</head><body>
<header><div class="logo">{esc(site_name)}</div>{SITE_MENU}</header>
<div class="breadcrumb">หน้าหลัก &gt; ข่าวประชาสัมพันธ์ &gt; {esc(article.category)}</div>
<main><article class="news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-meta">โพสต์เมื่อ {esc(short_thai_date(article))} | อ่าน {article.number % 997} ครั้ง</div>
<div class="news-content">
{paragraphs_html(article.body)}
{attachment}
</div>
<div class="share"><a href="#">แชร์</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
{related_box(related, related_link)}
</main>
<footer>{esc(site_name)} | โทร. 0 2123 4567 | สงวนลิขสิทธิ์</footer>
</body></html>"""


def rfc822(moment: datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def feed_rss(entries: list[tuple[DemoArticle, str]], root: str, title: str) -> str:
    """RSS 2.0 with summaries only (full text is on the article page)."""
    items = "\n".join(
        f"<item><title>{esc(a.title)}</title><link>{esc(link)}</link>"
        f'<guid isPermaLink="true">{esc(link)}</guid>'
        f"<pubDate>{rfc822(published_datetime(a))}</pubDate>"
        f"<category><![CDATA[{a.category}]]></category>"
        f"<description><![CDATA[{a.body[:200]}]]></description></item>"
        for a, link in entries
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{esc(title)}</title><link>{root}</link>
<description>{esc(title)}</description><language>th</language>
{items}
</channel></rss>"""


def feed_atom(
    entries: list[tuple[DemoArticle, str, datetime | None]], root: str, title: str
) -> str:
    """Atom: <updated> moves when an entry is edited."""
    items = "\n".join(
        f'<entry><title>{esc(a.title)}</title><link href="{esc(link)}"/>'
        f"<id>{esc(link)}</id><published>{published_datetime(a).isoformat()}</published>"
        f"<updated>{(modified or published_datetime(a)).isoformat()}</updated>"
        f'<category term="{esc(a.category)}"/>'
        f"<summary>{esc(a.body[:200])}</summary></entry>"
        for a, link, modified in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{esc(title)}</title>
<id>{root}</id><updated>2024-01-01T00:00:00+07:00</updated><link href="{root}"/>
{items}
</feed>"""


def feed_json(
    entries: list[tuple[DemoArticle, str, datetime | None]], root: str, title: str
) -> str:
    """JSON Feed 1.1 (the shape of prd.go.th's JSON news feed)."""
    items = [
        {
            "id": link,
            "url": link,
            "title": a.title,
            "summary": a.body[:200],
            "date_published": published_datetime(a).isoformat(),
            "date_modified": (modified or published_datetime(a)).isoformat(),
            "tags": [a.category],
        }
        for a, link, modified in entries
    ]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": title,
            "home_page_url": root, "items": items}  # fmt: skip
    return json.dumps(feed, ensure_ascii=False, indent=1)


def sitemap_urlset(entries: list[tuple[str, str | None]]) -> str:
    return _sitemap_xml("urlset", "url", entries)


def sitemap_index(entries: list[tuple[str, str | None]]) -> str:
    return _sitemap_xml("sitemapindex", "sitemap", entries)


def _sitemap_xml(root: str, tag: str, entries: list[tuple[str, str | None]]) -> str:
    """A sitemap (urlset of pages, or index of sitemaps): <loc> and optional <lastmod>."""
    body = "\n".join(
        f"<{tag}><loc>{esc(loc)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
        + f"</{tag}>"
        for loc, lastmod in entries
    )  # fmt: skip
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{body}
</{root}>"""


# --------------------------------------------------------------------------- old PHP sites
OLDPHP_HEAD = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    "<title>{title}</title></head>"
    '<body bgcolor="#FFFFFF"><table width="780" border="0" align="center"><tr><td>'
    '<img src="images/banner.jpg" width="780"><br>'
    '<font face="MS Sans Serif" size="2"><a href="index.php">หน้าแรก</a> | '
    '<a href="news.php">ข่าวประชาสัมพันธ์</a> | <a href="contact.php">ติดต่อเรา</a></font>'
)
OLDPHP_FOOT = (
    '<hr><font size="1">สำนักงานเขตพื้นที่การศึกษา โทร. 0-4281-1234 '
    "Best view 800x600 IE 6.0</font></td></tr></table></body></html>"
)


def oldphp_listing_page(
    rows: list[tuple[int, str, str]], prefix: str, page: int, pages: int, charset: str
) -> str:
    """A table of news (link, Thai short date) and a ``ถัดไป >>`` link; rows = (id, title, date)."""
    body = "".join(
        f'<tr><td width="80%"><img src="images/dot.gif"> '
        f'<a href="{prefix}view.php?p={number}" class="topic">{esc(title)}</a></td>'
        f'<td class="date">{esc(date)}</td></tr>'
        for number, title, date in rows
    )
    nav = f'<a href="{prefix}news.php?page={page + 1}">ถัดไป &gt;&gt;</a>' if page < pages else ""
    return (
        OLDPHP_HEAD.format(charset=charset, title="ข่าวประชาสัมพันธ์")
        + f'<table class="news" width="100%">{body}</table><p align="right">{nav}</p>'
        + OLDPHP_FOOT
    )


def oldphp_article_page(article: DemoArticle, charset: str) -> str:
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in article.body.split("\n") if line.strip())
    return (
        OLDPHP_HEAD.format(charset=charset, title=esc(article.title))
        + f'<table width="100%"><tr><td class="topic"><b><font size="3">{esc(article.title)}'
        f'</font></b></td></tr><tr><td class="date">วันที่ {esc(article.date_th)}</td></tr>'
        f'<tr><td class="detail">{paragraphs}</td></tr></table>' + OLDPHP_FOOT
    )


def oldphp_not_found_page(charset: str) -> str:
    """Old PHP news systems answer a removed id with 200 and this."""
    return (
        OLDPHP_HEAD.format(charset=charset, title="")
        + '<table width="100%"><tr><td class="topic"><b><font size="3"></font></b></td></tr>'
        '<tr><td class="detail"><center><font color="red">ไม่พบข่าว</font></center></td></tr>'
        "</table>" + OLDPHP_FOOT
    )
