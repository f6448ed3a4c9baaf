"""khao's scheme on top of ThaiNER spans: POSITION, canonical forms, person-position links."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from pipelines.ner import lexicon

Span = tuple[int, int, str]


@dataclass
class Entity:
    """A tagged span; ``text == source[start:end]``."""

    start: int
    end: int
    label: str
    text: str
    canonical: str
    position: str | None = None


def _alternation(forms: set[str] | frozenset[str]) -> str:
    """A regex matching any of ``forms`` (longest first), built as a trie so that
    Python's backtracking engine does not try hundreds of alternatives per offset."""
    trie: dict[str, dict] = {}
    for f in forms:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    end = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy optional: the longer continuation is tried first (leftmost-longest)
    return f"(?:{body})?" if end else body


@cache
def _title_regex() -> re.Pattern[str]:
    # zero-width lookahead: every start offset of a title, overlapping ones included
    return re.compile(f"(?=(?:{_alternation(lexicon.position_forms())}))")


@cache
def _title_lookup() -> dict[str, lexicon.Position]:
    out: dict[str, lexicon.Position] = {}
    for p in lexicon.positions():
        out.setdefault(p.title, p)
        for ab in p.abbr:
            for v in lexicon.dot_variants(ab):
                out.setdefault(v, p)
    return out


@cache
def _titles_by_first() -> dict[str, list[str]]:
    """The title forms by first character, longest first (ties in lookup order): a title
    match tries only those, not all ~100 forms."""
    out: dict[str, list[str]] = {}
    for form in _title_lookup():
        out.setdefault(form[:1], []).append(form)
    return {ch: sorted(forms, key=len, reverse=True) for ch, forms in out.items()}


def _dictionary_words() -> frozenset[str]:
    from pipelines.ner.tables import tables

    return tables()["dictionary"]


@cache
def _agency_regex() -> re.Pattern[str]:
    # Abbreviations written without a dot (สพฐ, ปปช) only count as whole words.
    index = lexicon.agency_index()
    forms = {k for k in index if len(k) >= 2}
    words = _dictionary_words()
    bare = {k for k in forms if "." not in k and k != index[k]}
    # short or ordinary-word bare forms (คน from คน., สว) would fire on common words
    forms -= {k for k in bare if len(k) < 3 or k in words}
    bare = {k for k in bare if k in forms}
    return re.compile(
        rf"(?<![\u0E01-\u0E4E])(?:{_alternation(bare)})(?![\u0E01-\u0E4E.])"
        rf"|{_alternation(forms - bare)}"
    )


@cache
def _province_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:จังหวัด|จ\.\s?)?({_alternation(lexicon.provinces())})")


@cache
def _district_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:อำเภอ|อ\.\s?)?({_alternation(lexicon.districts())})")


def _object(text: str, pos: int, kind: str) -> tuple[int, str] | None:
    """Match the object of a title at ``pos`` (one optional space): ``(end, canonical)``."""
    for start in (pos, pos + 1) if pos < len(text) and text[pos] == " " else (pos,):
        if kind.startswith("agency"):
            m = _agency_regex().match(text, start)
            if m:
                return m.end(), lexicon.agency_index()[m.group()]
        elif kind == "province":
            m = _province_regex().match(text, start)
            if m:
                return m.end(), m.group(1)
        elif kind == "district":
            m = _district_regex().match(text, start)
            if m:
                return m.end(), m.group(1)
    return None


def find_positions(text: str, agencies: list[re.Match[str]] | None = None) -> list[Entity]:
    """POSITION mentions (title + object) by dictionary, leftmost-longest, non-overlapping.

    ``agencies``: the agency regex's matches in ``text`` when the caller has them."""
    lookup = _title_lookup()
    by_first = _titles_by_first()
    if agencies is None:
        agencies = list(_agency_regex().finditer(text))
    agency_spans = [m.span() for m in agencies]
    cands: list[Entity] = []
    for m in _title_regex().finditer(text):
        i = m.start()
        # inside an agency name (e.g. นายกรัฐมนตรี in สำนักนายกรัฐมนตรี): not a title
        if any(s < i < e for s, e in agency_spans):
            continue
        # several titles can start here (รัฐมนตรี / รัฐมนตรีว่าการ): try all prefixes
        for form in [f for f in by_first.get(text[i], ()) if text.startswith(f, i)]:
            p = lookup[form]
            end = i + len(form)
            if p.object == "none":
                cands.append(Entity(i, end, "POSITION", text[i:end], p.title))
                break
            obj = _object(text, end, p.object)
            if obj:
                oend, ocanon = obj
                prefix = "ผู้ว่าราชการจังหวัด" if p.object == "province" else p.title
                if p.object == "district":
                    prefix = "นายอำเภอ"
                cands.append(Entity(i, oend, "POSITION", text[i:oend], prefix + ocanon))
                break
            if p.object == "agency?":
                cands.append(Entity(i, end, "POSITION", text[i:end], p.title))
                break
    cands.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    last = -1
    for c in cands:
        if c.start >= last:
            out.append(c)
            last = c.end
    return out


def canonical(label: str, text: str) -> str:
    """Normalised form of one ThaiNER-labelled mention."""
    if label == "PERSON":
        return lexicon.strip_honorifics(text)
    if label == "ORGANIZATION":
        idx = lexicon.agency_index()
        return idx.get(text) or idx.get(text.replace(" ", "")) or " ".join(text.split())
    if label == "LOCATION":
        for pre in ("จังหวัด", "จ.", "อำเภอ", "อ.", "เขต"):
            rest = text[len(pre) :].strip()
            if text.startswith(pre) and (
                rest in lexicon.provinces() or rest in lexicon.districts()
            ):
                return rest
    return " ".join(text.split())


def _overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: Entity, outer: Entity) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


_LINK_GAP = re.compile(r"[\s(]{0,3}")


class _Spans:
    """Entities with the ones overlapping a span found by bisection when they are sorted
    and do not overlap each other (as the CRF's spans and the positions are: ~1 ms an
    article of pairwise checks before), else by checking each. The same answers."""

    def __init__(self, ents: list[Entity]) -> None:
        self.ents = ents
        self.ends = [e.end for e in ents]
        self.disjoint = all(e.start < e.end for e in ents) and all(
            a.end <= b.start for a, b in pairwise(ents)
        )

    def overlapping(self, span: Entity) -> list[Entity]:
        """The entities ``x`` with ``_overlaps(span, x)``, in order."""
        if not self.disjoint:
            return [x for x in self.ents if _overlaps(span, x)]
        ents, out = self.ents, []
        # ends ascend: the first that ends after span starts, then those starting before it ends
        i = bisect_right(self.ends, span.start)
        while i < len(ents) and ents[i].start < span.end:
            out.append(ents[i])
            i += 1
        return out


def to_khao(text: str, spans: list[Span]) -> list[Entity]:
    """Entities of khao's scheme (POSITION spans may contain ORGANIZATION/LOCATION spans)."""
    base = [Entity(s, e, lab, text[s:e], canonical(lab, text[s:e])) for s, e, lab in spans]
    people = _Spans([e for e in base if e.label == "PERSON"])
    agencies = list(_agency_regex().finditer(text))  # once: find_positions reads them too
    positions = [p for p in find_positions(text, agencies) if not people.overlapping(p)]
    # CRF spans that cross a POSITION (neither inside nor containing it) yield to it
    if positions:
        held = _Spans(positions)
        base = [
            e
            for e in base
            if not any(not _inside(e, p) and not _inside(p, e) for p in held.overlapping(e))
        ]
    kept = _Spans(base)
    # dictionary agencies the CRF missed (e.g. กพฐ. in เลขาธิการ กพฐ.)
    extra = []
    for m in agencies:
        ent = Entity(
            m.start(), m.end(), "ORGANIZATION", m.group(), lexicon.agency_index()[m.group()]
        )
        if not kept.overlapping(ent):
            extra.append(ent)
    # provinces inside positions (ผู้ว่าราชการจังหวัดสุราษฎร์ธานี) are LOCATIONs too
    for p in positions:
        for m in _province_regex().finditer(text, p.start, p.end):
            ent = Entity(m.start(1), m.end(1), "LOCATION", m.group(1), m.group(1))
            if not kept.overlapping(ent) and not any(_overlaps(ent, x) for x in extra):
                extra.append(ent)
    ents = sorted(base + extra + positions, key=lambda e: (e.start, -(e.end - e.start)))
    _link(text, ents)
    return ents


def _link(text: str, ents: list[Entity]) -> None:
    """Give each PERSON the POSITION written right after (else right before) it."""
    positions = [e for e in ents if e.label == "POSITION"]
    held: dict[str, str] = {}
    for person in (e for e in ents if e.label == "PERSON"):
        after = next(
            (
                p
                for p in positions
                if p.start >= person.end and _LINK_GAP.fullmatch(text[person.end : p.start])
            ),
            None,
        )
        before = next(
            (
                p
                for p in reversed(positions)
                if p.end <= person.start and _LINK_GAP.fullmatch(text[p.end : person.start])
            ),
            None,
        )
        pos = after or before
        if pos:
            person.position = pos.canonical
            held.setdefault(person.canonical, pos.canonical)
    for person in (e for e in ents if e.label == "PERSON" and e.position is None):
        person.position = held.get(person.canonical)


__all__ = ["Entity", "canonical", "find_positions", "to_khao"]
