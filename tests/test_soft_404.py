"""Soft-404 recognition (pure function): placeholders never become articles, short real
posts still do."""

from __future__ import annotations

from crawler.spiders.base import soft_404_reason

REAL_BODY = "วันนี้ (30 สิงหาคม 2559) เวลา 09.00 น. ณ ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธานการประชุม" * 3


def test_thaigov_placeholder_page_is_a_soft_404() -> None:
    assert soft_404_reason("รัฐบาลไทย-", "", ["วันพฤหัสบดีที่ 1 มกราคม 2513"])
    assert soft_404_reason("รัฐบาลไทย -", REAL_BODY[:20], [])


def test_old_php_not_found_page_is_a_soft_404() -> None:
    assert soft_404_reason("", "ไม่พบข่าว", [])
    assert soft_404_reason("ข่าวประชาสัมพันธ์", "ไม่พบข่าว", [])


def test_epoch_date_with_little_text_is_a_soft_404() -> None:
    assert soft_404_reason("ข่าว", "ข้อความสั้นที่ไม่ใช่ข่าวจริงแต่ยาวกว่าสี่สิบตัวอักษรแน่นอนครับ", ["1 ม.ค. 2513"])


def test_real_articles_are_not_soft_404() -> None:
    assert soft_404_reason("นายกรัฐมนตรีประชุม ครม.", REAL_BODY, ["30 สิงหาคม 2559"]) is None
    # an infographic post: one short line under the picture is still a real post
    assert soft_404_reason("เปิดเทอมนี้โรงเรียนมีการเตรียมพร้อมอย่างไรดี ??",
                           "สวมหน้ากากอนามัย รักษาความสะอาดสม่ำเสมอ", []) is None  # fmt: skip
