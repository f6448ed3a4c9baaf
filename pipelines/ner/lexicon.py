"""Word lists used by the features and the khao-scheme normaliser (all cached)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: Honorifics and ranks written before a person's name (longest first when matching).
HONORIFICS: tuple[str, ...] = (
    "นาย", "นาง", "นางสาว", "น.ส.", "นส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "คุณ",
    "คุณหญิง", "ท่านผู้หญิง", "ดร.", "ดร", "นพ.", "น.พ.", "พญ.", "พ.ญ.", "ทพ.", "ทพญ.",
    "ภก.", "ภญ.", "สพ.ญ.", "ศ.", "รศ.", "ผศ.", "ศาสตราจารย์", "รองศาสตราจารย์",
    "ผู้ช่วยศาสตราจารย์", "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.",
    "ร.ต.", "จ.ส.อ.", "ส.อ.", "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.",
    "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.",
    "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.",
    "ม.ร.ว.", "ม.ล.", "ม.จ.", "หม่อมราชวงศ์", "หม่อมหลวง", "หม่อมเจ้า", "ว่าที่ร้อยตรี",
    "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี",
    "ร้อยเอก", "ร้อยโท", "ร้อยตรี", "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก",
    "พันตำรวจโท", "พันตำรวจตรี", "พลเรือเอก", "พลเรือโท", "พลเรือตรี", "พลอากาศเอก",
    "พลอากาศโท", "พลอากาศตรี", "จ่าสิบเอก", "ดาบตำรวจ", "Mr.", "Mrs.", "Ms.", "Dr.",
)  # fmt: skip

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
    "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
    "พ.ย.", "ธ.ค.",
)  # fmt: skip

#: Words that start organisation / location / facility names (feature only).
ORG_HEADS = frozenset(
    [
        "กระทรวง",
        "กรม",
        "กอง",
        "สำนัก",
        "สำนักงาน",
        "บริษัท",
        "บมจ.",
        "ธนาคาร",
        "มหาวิทยาลัย",
        "สถาบัน",
        "สมาคม",
        "มูลนิธิ",
        "พรรค",
        "คณะ",
        "ศาล",
        "สภา",
        "การไฟฟ้า",
        "การประปา",
        "องค์การ",
        "สหกรณ์",
        "ศูนย์",
        "ชมรม",
        "ตำรวจ",
        "กองทัพ",
    ]
)
LOC_HEADS = frozenset(
    [
        "จังหวัด",
        "จ.",
        "อำเภอ",
        "อ.",
        "ตำบล",
        "ต.",
        "เขต",
        "แขวง",
        "ประเทศ",
        "เมือง",
        "หมู่บ้าน",
        "ถนน",
        "ถ.",
        "ซอย",
    ]
)
FAC_HEADS = frozenset(
    ["โรงเรียน", "โรงพยาบาล", "รพ.", "ร.พ.", "วัด", "โรงแรม", "สนามบิน", "ท่าอากาศยาน", "สะพาน",
     "อาคาร", "ตึก", "ถ้ำ", "ห้องประชุม", "หอประชุม", "ห้อง", "ทำเนียบ", "ศูนย์ประชุม", "ตลาด",
     "สวน", "ร้าน", "ด่าน", "ท่าเรือ", "ท่าเทียบเรือ", "สถานี", "สนาม", "สนามกีฬา", "อุทยาน",
     "พิพิธภัณฑ์", "ห้าง", "ห้างสรรพสินค้า", "เขื่อน", "ค่าย", "มัสยิด", "โบสถ์", "อนุสาวรีย์",
     "ศาลา", "ศาลากลาง", "เรือนจำ", "ทัณฑสถาน", "อุโมงค์", "หอ", "โรงงาน", "ศูนย์การค้า",
     "ท่าน้ำ", "ลาน", "หมู่บ้าน", "คอนโด", "โรงละคร", "สถานีตำรวจ", "สภ.", "สน.", "โรงพัก"]
)  # fmt: skip
#: Words that start law names (``พ.ร.บ.…``, ``รัฐธรรมนูญ…``, ``มาตรา 44``).
LAW_HEADS = frozenset(
    ["พ.ร.บ.", "พรบ.", "พระราชบัญญัติ", "พ.ร.ก.", "พระราชกำหนด", "พ.ร.ฎ.", "พระราชกฤษฎีกา",
     "พ.ร.ป.", "รัฐธรรมนูญ", "ประมวลกฎหมาย", "กฎกระทรวง", "กฎหมาย", "กฎมณเฑียรบาล", "มาตรา",
     "ม.", "ร่าง", "ประกาศ", "ระเบียบ", "คำสั่ง", "ข้อบังคับ", "ประมวล", "กฎ", "ฉบับ", "ว่าด้วย"]
)  # fmt: skip


def dot_variants(abbr: str) -> set[str]:
    """``ป.ป.ช.`` -> {``ป.ป.ช.``, ``ปปช.``, ``ปปช``}; ``สพฐ.`` -> {``สพฐ.``, ``สพฐ``}."""
    out = {abbr}
    if "." in abbr and " " not in abbr:
        bare = abbr.replace(".", "")
        if len(bare) >= 2:
            out |= {bare + ".", bare}
    return out


@dataclass
class Agency:
    name: str
    abbr: list[str] = field(default_factory=list)
    en: str = ""
    en_abbr: str = ""
    parent: str | None = None


@dataclass
class Position:
    title: str
    abbr: list[str] = field(default_factory=list)
    en: str = ""
    object: str = "none"


def _load_yaml(name: str) -> Any:
    # libyaml's loader when built in: same result, ~10x faster than the pure-Python one
    import yaml  # here: the tagger's own tables do not need it (~20 ms to import)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA_DIR / name).read_text(encoding="utf-8"), Loader=loader)


def _read_lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8-sig")
    return [w.strip() for w in text.splitlines() if w.strip()]


@cache
def agencies() -> list[Agency]:
    raw = _load_yaml("agencies.yaml")
    return [
        Agency(
            name=a["name"],
            abbr=list(a.get("abbr") or []),
            en=a.get("en", ""),
            en_abbr=a.get("en_abbr", ""),
            parent=a.get("parent"),
        )
        for a in raw
    ]


@cache
def positions() -> list[Position]:
    raw = _load_yaml("positions.yaml")
    return [
        Position(
            title=p["title"],
            abbr=list(p.get("abbr") or []),
            en=p.get("en", ""),
            object=p.get("object", "none"),
        )
        for p in raw
    ]


@cache
def agency_index() -> dict[str, str]:
    """Surface form (full name, abbreviations and their dot variants) -> full name."""
    index: dict[str, str] = {}
    for a in agencies():
        index[a.name] = a.name
        if a.en_abbr:
            index.setdefault(a.en_abbr, a.name)
        for ab in a.abbr:
            for v in dot_variants(ab):
                index.setdefault(v, a.name)
    return index


@cache
def provinces() -> frozenset[str]:
    names: set[str] = set()
    with (DATA_DIR / "lex_provinces.csv").open(encoding="utf-8") as fh:
        names |= {row["name_th"].strip() for row in csv.DictReader(fh)}
    with (DATA_DIR / "lex_provinces_pythainlp.csv").open(encoding="utf-8") as fh:
        names |= {row[0].strip() for row in csv.reader(fh) if row}
    names |= {"กรุงเทพฯ", "กทม.", "กทม"}
    return frozenset(n for n in names if n)


@cache
def districts() -> frozenset[str]:
    names: set[str] = set()
    with (DATA_DIR / "lex_districts.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            n = row["name_th"].strip()
            for pre in ("เขต", "อำเภอ"):
                if n.startswith(pre):
                    n = n[len(pre) :]
            if len(n) > 1:
                names.add(n)
    return frozenset(names)


@cache
def given_names() -> frozenset[str]:
    return frozenset(
        w
        for w in _read_lines("lex_person_names_male_th.txt")
        + _read_lines("lex_person_names_female_th.txt")
        if len(w) > 1
    )


@cache
def family_names() -> frozenset[str]:
    return frozenset(w for w in _read_lines("lex_family_names_th.txt") if len(w) > 1)


@cache
def position_forms() -> frozenset[str]:
    forms: set[str] = set()
    for p in positions():
        forms.add(p.title)
        for ab in p.abbr:
            forms |= dot_variants(ab)
    return frozenset(forms)


def build_gazetteer() -> dict[str, tuple[str, ...]]:
    """Surface string -> gazetteer classes, for multi-token dictionary matching (slow:
    ~0.2 s; the tagger reads it precompiled, ``pipelines.ner.tables``)."""
    classes: dict[str, set[str]] = {}

    def add(words: frozenset[str] | set[str], cls: str) -> None:
        for w in words:
            classes.setdefault(w, set()).add(cls)

    add(given_names(), "GIVEN")
    add(family_names(), "FAMILY")
    add(provinces(), "PROV")
    add(districts(), "DIST")
    idx = agency_index()
    add({k for k, v in idx.items() if k != v}, "AGABBR")
    add({v for v in idx.values()}, "AGFULL")
    add(set(HONORIFICS), "HON")
    add(set(THAI_MONTHS), "MONTH")
    add(set(position_forms()), "POS")
    return {k: tuple(sorted(v)) for k, v in classes.items()}


@cache
def _honorifics_by_first() -> dict[str, list[str]]:
    """:data:`HONORIFICS` by first character, longest first: a name tries a few, not all."""
    out: dict[str, list[str]] = {}
    for h in sorted(HONORIFICS, key=len, reverse=True):
        out.setdefault(h[:1], []).append(h)
    return out


def strip_honorifics(name: str) -> str:
    """Canonical person name: leading honorifics/ranks removed, whitespace collapsed."""
    by_first = _honorifics_by_first()
    s = " ".join(name.split())
    changed = True
    while changed:
        changed = False
        for h in by_first.get(s[:1], ()):
            if s.startswith(h) and len(s) > len(h):
                rest = s[len(h) :].lstrip()
                # "นาย" must not eat the start of a name such as "นายก..." — require
                # that what is left still looks like a name (at least two characters).
                if len(rest) >= 2:
                    s = rest
                    changed = True
                    break
    return s
