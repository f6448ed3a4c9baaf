"""Announcement kind (policy, award, ceremony, visit, event, other): pure rules over text.

The rules are data (pipelines/data/kinds.yaml) so a researcher can read and change them
without reading code; this module only scores keywords. See that file for the algorithm.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pipelines.thai_text import normalize_for_match
from pipelines.yaml_file import line_of, located, read_yaml, unknown_keys

TOP_KEYS = ("kinds", "default", "lead_chars", "title_weight")
RULE_KEYS = ("kind", "description", "keywords", "unless")


class KindRulesError(ValueError):
    """A kind rules file that cannot be read or is not valid (the message names the file)."""


@dataclass(frozen=True)
class KindRule:
    kind: str
    description: str
    keywords: tuple[str, ...]
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class KindRules:
    rules: tuple[KindRule, ...]
    default: str = "other"
    lead_chars: int = 300
    title_weight: int = 3

    @property
    def kinds(self) -> tuple[str, ...]:
        return (*(r.kind for r in self.rules), self.default)


def parse_rules(data: dict[str, Any], file: str | Path | None = None) -> KindRules:
    for key, why in unknown_keys(data, TOP_KEYS):
        raise KindRulesError(located(file, line_of(data, key), f"field {key!r}: {why}"))
    if not isinstance(data.get("kinds") or [], list):
        raise KindRulesError(located(file, line_of(data, "kinds"), "'kinds' must be a list"))
    rules = []
    for index, entry in enumerate(data.get("kinds") or [], start=1):
        label = f"kind rule #{index}"
        if not isinstance(entry, dict):
            raise KindRulesError(located(file, None, f"{label}: expected a mapping of fields"))
        label += f" ({entry['kind']})" if entry.get("kind") else ""
        for key, why in unknown_keys(entry, RULE_KEYS):
            raise KindRulesError(
                located(file, line_of(entry, key), f"{label}: field {key!r}: {why}")
            )
        keywords = tuple(normalize_for_match(str(k)) for k in entry.get("keywords") or [])
        if not entry.get("kind") or not keywords:
            raise KindRulesError(
                located(file, line_of(entry), f"{label}: needs 'kind' and 'keywords'")
            )
        unless = tuple(normalize_for_match(str(k)) for k in entry.get("unless") or [])
        rules.append(KindRule(entry["kind"], entry.get("description", ""), keywords, unless))
    return KindRules(
        rules=tuple(rules),
        default=data.get("default", "other"),
        lead_chars=int(data.get("lead_chars", 300)),
        title_weight=int(data.get("title_weight", 3)),
    )


def default_rules_path() -> Path:
    return Path(str(resources.files("pipelines") / "data" / "kinds.yaml"))


@cache
def load_rules(path: str | None = None) -> KindRules:
    file = Path(path) if path else default_rules_path()
    data = read_yaml(file, "kind rules file", KindRulesError)
    if not isinstance(data, dict):
        raise KindRulesError(f"{file}: expected a mapping with a 'kinds' list")
    return parse_rules(data, file)


def count_hits(text: str, rule: KindRule) -> int:
    for phrase in rule.unless:
        text = text.replace(phrase, " ")
    return sum(1 for keyword in rule.keywords if keyword in text)


def scores(title: str, body: str, rules: KindRules) -> dict[str, int]:
    head = normalize_for_match(title)
    lead = normalize_for_match((body or "")[: rules.lead_chars])
    return {
        rule.kind: rules.title_weight * count_hits(head, rule) + count_hits(lead, rule)
        for rule in rules.rules
    }


def classify(title: str, body: str = "", rules: KindRules | None = None) -> str:
    """The kind of one article: highest keyword score, first listed kind wins a tie."""
    rules = rules or load_rules()
    best_kind, best_score = rules.default, 0
    for kind, score in scores(title, body, rules).items():
        if score > best_score:  # strict: the earlier kind keeps a tie
            best_kind, best_score = kind, score
    return best_kind
