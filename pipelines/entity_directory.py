"""The entity directory's rules, as pure functions: which tagged names are one real entity.

A tagged entity (``entities``) is a label and a canonical name as the tagger wrote it; a
real entity (``entity_directory``) is one person, agency or place, whatever it was called:

- a person's full name and the name with a title (นาย, ดร., พล.อ. …) are already one
  canonical name (``pipelines.ner.lexicon.strip_honorifics``); a first name or a surname
  alone (อนุทิน, ชาญวีรกูล) stands for the full name mentioned in the same article
  (:func:`merge_in_article`), or, in an article without it, for the one full name starting
  with it that holds at least 80 % of the articles naming such full names
  (:func:`dominant`): two people called สมชาย keep a bare สมชาย apart;
- an agency's abbreviations (สพฐ., ป.ป.ช., ปปช) and its full name are one agency (the
  tagger expands known abbreviations; :func:`lexicon_entries` lists them all);
- provinces and districts carry their official codes (กรมการปกครอง: 2 digits for a
  province, 4 for a district), from ``pipelines/data/lex_districts.csv``.

Spelling variants of full names stay apart: a typo is not evidence of the same person.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pipelines.identity import entity_id
from pipelines.ner import lexicon

DOMINANT_SHARE = (4, 5)  # a full name stands for its first name alone at >= 4/5 of articles
FIELD_ORDER = {"title": 0, "body": 1}
PLACE_PREFIXES = ("จังหวัด", "จ.", "อำเภอ", "อ.", "เขต")

# variant kinds (entity_names.kind)
FULL, WITH_TITLE, ABBREVIATION, ENGLISH = "full", "with-title", "abbreviation", "english"
FIRST_NAME, SURNAME, AS_TAGGED = "first-name", "surname", "as-tagged"


def directory_id(label: str, name: str) -> str:
    """Id of a real entity: the same hash as ``pipelines.identity.entity_id`` of its name, so
    a full name's tagged entity and its real entity share one id."""
    return entity_id(label, name)


def words(name: str) -> list[str]:
    return name.split()


@dataclass(frozen=True)
class Mention:
    """One tagged mention of an article, in the order the reader meets it."""

    label: str
    canonical: str
    field: str = "body"
    start: int = 0

    @property
    def order(self) -> tuple[int, int]:
        return FIELD_ORDER.get(self.field, 2), self.start


def is_partial_name(label: str, canonical: str) -> bool:
    """A person named by one word (a first name or a surname alone)."""
    return label == "PERSON" and len(words(canonical)) == 1


def merge_in_article(mentions: Sequence[Mention]) -> list[str | None]:
    """For each mention, the full name it stands for in this article, else None.

    A one-word person name stands for the full name of this article whose first word or last
    word it is. With several such full names (two สมชาย), the one mentioned last before it
    wins; if none was mentioned before it, the name is left alone (ambiguous)."""
    fulls = [m for m in mentions if m.label == "PERSON" and len(words(m.canonical)) >= 2]
    out: list[str | None] = []
    for mention in mentions:
        if not is_partial_name(mention.label, mention.canonical):
            out.append(None)
            continue
        name = mention.canonical
        matching = [
            f for f in fulls if words(f.canonical)[0] == name or words(f.canonical)[-1] == name
        ]
        names = {f.canonical for f in matching}
        if len(names) == 1:
            out.append(names.pop())
            continue
        before = [f for f in matching if f.order < mention.order]
        out.append(max(before, key=lambda f: f.order).canonical if before else None)
    return out


def dominant(articles_by_full_name: dict[str, int]) -> str | None:
    """The full name a first name alone stands for across articles: the one holding at least
    80 % of the articles of all full names starting with it, else None."""
    total = sum(articles_by_full_name.values())
    if total <= 0:
        return None
    name, best = max(sorted(articles_by_full_name.items()), key=lambda kv: kv[1])
    share, whole = DOMINANT_SHARE
    return name if best * whole >= total * share else None


# --------------------------------------------------------------------------- variants
# A pure function of its strings (the lexicon and the shipped agencies are fixed), called for
# every mention of every stored article (~40 an article, most seen before): the latest
# results are kept (31,254 calls a crawl of 806 articles, 8,883 computed; issue 17). ~1.5 MB.
@lru_cache(maxsize=8192)
def variant_kind(label: str, surface: str, name: str) -> str:
    """How ``surface`` names the real entity ``name``: full, with-title, abbreviation,
    first-name, surname, english or as-tagged."""
    text = " ".join(surface.split())
    if text == name:
        return FULL
    if label == "PERSON":
        bare = lexicon.strip_honorifics(text)
        if bare == name:
            return WITH_TITLE
        parts = words(name)
        if len(parts) >= 2 and bare == parts[0]:
            return FIRST_NAME
        if len(parts) >= 2 and bare == parts[-1]:
            return SURNAME
        return AS_TAGGED
    if label == "ORGANIZATION":
        return agency_variants().get((text, name)) or agency_variants().get(
            (text.replace(" ", ""), name), AS_TAGGED
        )
    if label == "LOCATION":
        for prefix in PLACE_PREFIXES:
            if text.startswith(prefix) and text[len(prefix) :].strip() == name:
                return WITH_TITLE
    return AS_TAGGED


@cache
def agency_variants() -> dict[tuple[str, str], str]:
    """(written form, full name) -> kind, for every agency of the shipped table."""
    out: dict[tuple[str, str], str] = {}
    for entry in lexicon_entries():
        if entry.kind == "agency":
            for name, kind in entry.names:
                out.setdefault((name, entry.name), kind)
    return out


# --------------------------------------------------------------------------- shipped table
@dataclass(frozen=True)
class DirectoryEntry:
    """A real entity known before any article names it (agencies, provinces, districts)."""

    label: str
    name: str
    kind: str
    code: str | None = None
    abbreviation: str | None = None
    english: str | None = None
    parent: str | None = None  # the parent's name (same label)
    names: tuple[tuple[str, str], ...] = field(default=())  # (written form, variant kind)

    @property
    def id(self) -> str:
        return directory_id(self.label, self.name)


def _strip_place_prefix(name: str) -> str:
    for prefix in ("เขต", "อำเภอ"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _csv(name: str) -> list[dict[str, str]]:
    with (lexicon.DATA_DIR / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _agency_entries() -> list[DirectoryEntry]:
    out = []
    for agency in lexicon.agencies():
        names: dict[str, str] = {agency.name: FULL}
        for abbr in agency.abbr:
            for form in sorted(lexicon.dot_variants(abbr)):
                names.setdefault(form, ABBREVIATION)
        if agency.en:
            names.setdefault(agency.en, ENGLISH)
        if agency.en_abbr:
            names.setdefault(agency.en_abbr, ABBREVIATION)
        out.append(DirectoryEntry(
            "ORGANIZATION", agency.name, "agency", None,
            agency.abbr[0] if agency.abbr else (agency.en_abbr or None), agency.en or None,
            agency.parent, tuple(names.items()),
        ))  # fmt: skip
    return out


def _place_entries() -> list[DirectoryEntry]:
    districts = _csv("lex_districts.csv")
    # the official province code is the first two digits of its districts' codes
    province_code = {row["province_id"]: row["id"][:2] for row in districts}
    out = []
    provinces = {}
    for row in _csv("lex_provinces.csv"):
        name = row["name_th"].strip()
        provinces[row["id"]] = name
        names = {name: FULL, f"จังหวัด{name}": WITH_TITLE, f"จ.{name}": WITH_TITLE}
        if name == "กรุงเทพมหานคร":
            names.update({"กรุงเทพฯ": ABBREVIATION, "กทม.": ABBREVIATION, "กทม": ABBREVIATION})
        names[row["name_en"].strip()] = ENGLISH
        out.append(DirectoryEntry("LOCATION", name, "province", province_code.get(row["id"]),
                                  None, row["name_en"].strip(), None, tuple(names.items())))  # fmt: skip
    seen: dict[str, int] = {}
    for row in districts:
        short = _strip_place_prefix(row["name_th"].strip())
        seen[short] = seen.get(short, 0) + 1
    for row in districts:
        full = row["name_th"].strip()
        short = _strip_place_prefix(full)
        if seen[short] > 1 or short in provinces.values() or len(short) < 2:
            continue  # a name two districts share (or a province's) is no one place
        names = {short: FULL, full: WITH_TITLE, row["name_en"].strip(): ENGLISH}
        if not full.startswith("เขต"):
            names.update({f"อำเภอ{short}": WITH_TITLE, f"อ.{short}": WITH_TITLE})
        out.append(DirectoryEntry("LOCATION", short, "district", row["id"], None,
                                  row["name_en"].strip(), provinces.get(row["province_id"]),
                                  tuple(names.items())))  # fmt: skip
    return out


@cache
def lexicon_entries() -> tuple[DirectoryEntry, ...]:
    """Agencies (pipelines/data/agencies.yaml), provinces and districts with their codes."""
    return tuple(_agency_entries() + _place_entries())


@cache
def lexicon_aliases() -> dict[tuple[str, str], str]:
    """(label, a variant of a shipped entity's name) -> that name, for variants that name one
    entity only (กทม. -> กรุงเทพมหานคร, Bangkok -> กรุงเทพมหานคร, จ.เชียงใหม่ -> เชียงใหม่)."""
    seen: dict[tuple[str, str], set[str]] = {}
    for entry in lexicon_entries():
        for name, _ in entry.names:
            seen.setdefault((entry.label, name), set()).add(entry.name)
    return {key: next(iter(names)) for key, names in seen.items()
            if len(names) == 1 and key[1] not in names}  # fmt: skip


def alias_of(label: str, canonical: str) -> str | None:
    """The shipped entity a tagged name stands for when it is one of its other names."""
    return lexicon_aliases().get((label, canonical))


@cache
def lexicon_kinds() -> dict[tuple[str, str], str]:
    return {(e.label, e.name): e.kind for e in lexicon_entries()}


def kind_of(label: str, name: str) -> str:
    """What a real entity is: person, agency, province, district, position, organization,
    place, or the label in lower case."""
    known = lexicon_kinds().get((label, name))
    if known:
        return known
    return {"PERSON": "person", "POSITION": "position", "ORGANIZATION": "organization",
            "LOCATION": "place"}.get(label, label.lower())  # fmt: skip


def first_names(names: Iterable[str]) -> set[str]:
    """First words of full person names (whose bare form may need re-resolving)."""
    return {words(n)[0] for n in names if len(words(n)) >= 2}
