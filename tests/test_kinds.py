"""Issue 6: every article gets an announcement kind by documented rules kept as data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.kinds import classify, default_rules_path, load_rules, parse_rules

RULES = load_rules()


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("ศธ. ประกาศหลักเกณฑ์การรับนักเรียน ปีการศึกษา 2567", "policy"),
        ("สพฐ. ออกคำสั่งปิดโรงเรียนชั่วคราวในพื้นที่น้ำท่วม", "policy"),
        ("ครม.เห็นชอบมาตรการลดค่าครองชีพ", "policy"),
        ("ระเบียบกระทรวงศึกษาธิการว่าด้วยการแต่งกายของนักเรียน", "policy"),
        ("สพฐ. มอบประกาศเกียรติคุณครูดีเด่น", "award"),  # ประกาศ inside an award phrase
        ("โรงเรียนบ้านหนองบัวรับรางวัลพระราชทาน", "award"),
        ("รมว.ศธ. เป็นประธานพิธีเปิดอาคารเรียน", "ceremony"),
        ("ปลัด ศธ. ลงพื้นที่ตรวจเยี่ยมโรงเรียนในจังหวัดน่าน", "visit"),
        ("สพฐ. จัดประชุมสัมมนาผู้บริหารสถานศึกษา", "event"),
        ("ปลัดมอบหมายให้ผู้อำนวยการติดตามงาน", "other"),  # มอบหมาย is not a ceremony
        ("ข่าวทั่วไป", "other"),
        ("นายกฯ ประกาศนโยบายเเก้หนี้ครู", "policy"),  # เเ typed for แ still reads
    ],
)
def test_examples_get_the_kind_a_reader_expects(title: str, kind: str) -> None:
    assert classify(title, "", RULES) == kind


def test_the_lead_counts_less_than_the_title() -> None:
    body = "ที่ประชุมได้หารือแนวทาง " * 3 + "ก่อนประกาศผล"
    assert classify("ลงพื้นที่ตรวจเยี่ยมศูนย์การเรียน", body, RULES) == "visit"
    assert classify("ข่าวประจำวัน", "วันนี้ ครม. มีมติ ประกาศ มาตรการ ใหม่", RULES) == "policy"


def test_rules_are_data_a_user_can_change(tmp_path: Path) -> None:
    text = default_rules_path().read_text(encoding="utf-8")
    assert "ประกาศ" in text and "คำสั่ง" in text and "มาตรการ" in text
    custom = parse_rules({"kinds": [{"kind": "budget", "keywords": ["งบประมาณ"]}],
                          "default": "misc"})  # fmt: skip
    assert classify("อนุมัติงบประมาณ", "", custom) == "budget"
    assert classify("ประชุม", "", custom) == "misc"


@given(st.text(max_size=200), st.text(max_size=400))
def test_any_text_gets_one_of_the_documented_kinds(title: str, body: str) -> None:
    assert classify(title, body, RULES) in RULES.kinds
