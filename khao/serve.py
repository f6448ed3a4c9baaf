"""Datasette on a khao database, with metadata researchers can read (Thai and English)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

LICENSE = "Thai Copyright Act B.E. 2537 s.7: news and official announcements are not copyrighted"


def build_metadata(db_path: str) -> dict[str, Any]:
    db_name = Path(db_path).stem
    return {
        "title": "khao ข่าว — ข่าวประชาสัมพันธ์หน่วยงานรัฐ / Thai government press releases",
        "description": "Press releases collected by khao from Thai ministries and agencies.",
        "license": "Public domain (Thai Copyright Act s.7)",
        "license_url": "https://www.krisdika.go.th/",
        "source": "Thai government agency websites (see the sources table)",
        "databases": {
            db_name: {
                "tables": {
                    "articles": {
                        "title": "ข่าว / Articles",
                        "description": "One row per press release.",
                        "fts_table": "articles_fts",
                        "fts_pk": "rowid",
                        "sort_desc": "published_at",
                        "facets": ["source_id", "language"],
                        "columns": {
                            "id": "Stable id: hash of the canonical URL",
                            "url": "URL the article was fetched from",
                            "source_id": "Source (see sources)",
                            "title": "หัวข้อข่าว / Headline",
                            "body": "เนื้อหา / Clean text, paragraphs separated by newlines",
                            "published_at": "วันที่เผยแพร่ / Published (ISO 8601, +07:00)",
                            "fetched_at": "When khao fetched it (UTC)",
                            "content_hash": "Hash of the normalised text",
                            "language": "th or en",
                        },
                    },
                    "sources": {"title": "แหล่งข่าว / Sources"},
                    "crawl_runs": {"title": "Crawl runs", "sort_desc": "id"},
                }
            }
        },
    }


def run_datasette(db_path: str, host: str, port: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        metadata = Path(tmp) / "metadata.json"
        metadata.write_text(json.dumps(build_metadata(db_path), ensure_ascii=False), "utf-8")
        command = [sys.executable, "-m", "datasette", "serve", db_path,
                   "--metadata", str(metadata), "--host", host, "--port", str(port)]  # fmt: skip
        try:
            return subprocess.call(command)
        except KeyboardInterrupt:
            return 0
