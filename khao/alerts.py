"""Alerts: rules (YAML) matched against newly stored articles, each match delivered once.

Pure parts (rule parsing, matching, message text) are separate from the ledger (the
alert_* tables, created by migration 006 in pipelines/storage/migrations.py) and from delivery (apprise).

Delivery is at-least-once per (rule, article, target) and recorded: a match becomes a
``pending`` row in alert_deliveries, turns ``sent`` only after the target accepted it, and
a ``failed`` row is retried on every later run until it is sent. A lock per database keeps
two overlapping runs from sending the same notification twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from khao.search import Query, matches, parse_query
from pipelines.redact import scrub, secret_parts, target_label
from pipelines.storage import Store, connect_read_only, transaction, utc_now
from pipelines.thai_text import normalize_for_match
from pipelines.yaml_file import line_of, located, not_one_of, read_yaml, unknown_keys

STDOUT = "stdout"
DEFAULT_LOOKBACK_HOURS = 24.0
RULE_KEYS = ("name", "query", "keywords", "entity", "source", "agency", "kind", "notify")
TOP_KEYS = ("rules", "defaults")
DEFAULT_KEYS = ("notify", "first_run_lookback_hours")


@dataclass(frozen=True)
class Known:
    """What a rule's values are checked against, so a rule that can never match (``kind:
    polcy``, ``source: obecc``) is refused; an empty set is not checked."""

    kinds: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    resolve_secrets: bool = True  # False for --dry-run: it sends nothing, needs no token


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the rule and the field."""


# --------------------------------------------------------------------------- rules (pure)
@dataclass(frozen=True)
class Target:
    """Where a rule's notifications go. The URL may hold a token anywhere (``line://TOKEN``,
    ``tgram://123:AAH…/chat``): only :attr:`key` and :attr:`label` are stored or shown, and
    any text that may quote the URL (a delivery error) goes through :meth:`redact`."""

    url: str = field(repr=False)  # "stdout" or an apprise URL (after ${ENV} expansion)

    @property
    def key(self) -> str:
        """What the ledger stores: never the URL itself, which may hold a token."""
        return STDOUT if self.url == STDOUT else hashlib.sha1(self.url.encode()).hexdigest()[:16]

    @property
    def label(self) -> str:
        """``json://hooks.example.org``, ``tgram://…``: no user, password, token or path."""
        return STDOUT if self.url == STDOUT else target_label(self.url)

    def redact(self, text: str) -> str:
        return text if self.url == STDOUT else scrub(text, secret_parts(self.url))


@dataclass(frozen=True)
class Rule:
    name: str
    query: str = ""
    keywords_any: tuple[str, ...] = ()
    keywords_all: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    notify: tuple[Target, ...] = (Target(STDOUT),)

    @property
    def parsed_query(self) -> Query:
        return parse_query(self.query)

    def definition(self) -> str:
        data = asdict(self)
        data["notify"] = [t.label for t in self.notify]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    lookback_hours: float = DEFAULT_LOOKBACK_HOURS


def as_tuple(value: Any, rule: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str | int) and str(v).strip() for v in values):
        raise RulesError(f"rule {rule!r}: field {name!r}: expected text or a list of texts")
    return tuple(str(v).strip() for v in values)


ENV_REFERENCE = re.compile(r"\$(?:\{(?P<braced>[^}]*)\}|(?P<bare>[A-Za-z_][A-Za-z0-9_]*)"
                           r"|(?P<dollar>\$)|(?P<open>\{))")  # fmt: skip


def expand_env(value: str, rule: str) -> str:
    """``${LINE_TOKEN}`` (or ``$LINE_TOKEN``) from the environment, ``$$`` for a ``$``.

    An unset variable is an error naming it: left as it is, ``${LINE_TOKEN}`` would be
    sent to the service as the token."""

    def value_of(match: re.Match[str]) -> str:
        if match["dollar"]:
            return "$"
        if match["open"]:
            raise RulesError(f"rule {rule!r}: field 'notify': '${{' without its closing '}}'")
        name = match["braced"] if match["braced"] is not None else match["bare"]
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise RulesError(f"rule {rule!r}: field 'notify': {match[0]!r} is not a variable "
                             "name (write $$ for a literal $)")  # fmt: skip
        if name not in os.environ:
            raise RulesError(f"rule {rule!r}: field 'notify': environment variable {name} is "
                             "not set")  # fmt: skip
        return os.environ[name]

    return ENV_REFERENCE.sub(value_of, value)


def parse_target(value: Any, rule: str, resolve_secrets: bool = True) -> Target:
    if not isinstance(value, str) or not value.strip():
        raise RulesError(f"rule {rule!r}: field 'notify': expected 'stdout' or an apprise URL")
    try:
        url = expand_env(value.strip(), rule)  # secrets stay in the environment: ${LINE_TOKEN}
    except RulesError:
        if resolve_secrets:
            raise
        return Target(value.strip())  # a dry run sends nothing: the token is not needed
    if url == STDOUT:
        return Target(STDOUT)
    import apprise

    target = Target(url)
    with quiet_apprise():  # apprise logs an unusable URL as it was written
        usable = "://" in url and apprise.Apprise().add(url)
    if not usable:
        raise RulesError(f"rule {rule!r}: field 'notify': apprise cannot use {target.label!r}")
    return target


def check_values(rule: Rule, entry: Any, known: Known, file: Any) -> None:
    """Refuse values that exist nowhere: such a rule would silently never match."""
    for key, values, choices, what in (
        ("kind", rule.kinds, known.kinds, "kind"),
        ("source", rule.sources, known.sources, "source id"),
        ("agency", rule.agencies, known.agencies, "agency"),
    ):
        for value in values if choices else ():
            why = not_one_of(value, choices, what)
            if why:
                raise RulesError(located(file, line_of(entry, key),
                                         f"rule {rule.name!r}: field {key!r}: {why}"))  # fmt: skip


def parse_rule(entry: Any, index: int, default_notify: list[Any], known: Known | None = None,
               file: Any = None) -> Rule:  # fmt: skip
    known = known or Known()
    if not isinstance(entry, dict):
        raise RulesError(located(file, None, f"rule #{index}: expected a mapping of fields"))
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RulesError(located(file, line_of(entry), f"rule #{index}: field 'name': required"))
    for key, why in unknown_keys(entry, RULE_KEYS):
        raise RulesError(located(file, line_of(entry, key), f"rule {name!r}: field {key!r}: {why}"))
    keywords = entry.get("keywords")
    if isinstance(keywords, dict):
        extra = set(keywords) - {"any", "all"}
        if extra:
            raise RulesError(f"rule {name!r}: field 'keywords': use 'any' and/or 'all'")
        any_words = as_tuple(keywords.get("any"), name, "keywords.any")
        all_words = as_tuple(keywords.get("all"), name, "keywords.all")
    else:
        any_words, all_words = as_tuple(keywords, name, "keywords"), ()
    query = entry.get("query") or ""
    if not isinstance(query, str):
        raise RulesError(f"rule {name!r}: field 'query': expected text")
    notify = entry.get("notify", default_notify)
    notify = notify if isinstance(notify, list) else [notify]
    rule = Rule(
        name=name.strip(),
        query=query,
        keywords_any=any_words,
        keywords_all=all_words,
        entities=as_tuple(entry.get("entity"), name, "entity"),
        sources=as_tuple(entry.get("source"), name, "source"),
        agencies=as_tuple(entry.get("agency"), name, "agency"),
        kinds=as_tuple(entry.get("kind"), name, "kind"),
        notify=tuple(parse_target(t, name, known.resolve_secrets) for t in notify)
        or (Target(STDOUT),),
    )
    check_values(rule, entry, known, file)
    if not (query.strip() or any_words or all_words or rule.entities or rule.sources
            or rule.agencies or rule.kinds):  # fmt: skip
        raise RulesError(f"rule {name!r}: needs at least one of query, keywords, entity, "
                         "source, agency, kind")  # fmt: skip
    return rule


def parse_rules(data: Any, known: Known | None = None, file: Any = None) -> RuleSet:
    if isinstance(data, list):
        data = {"rules": data}
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesError(located(file, None, "expected a list of rules under the key 'rules'"))
    for key, why in unknown_keys(data, TOP_KEYS):
        raise RulesError(located(file, line_of(data, key), f"field {key!r}: {why}"))
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise RulesError(located(file, line_of(data, "defaults"), "'defaults' must be a mapping"))
    for key, why in unknown_keys(defaults, DEFAULT_KEYS):
        raise RulesError(located(file, line_of(defaults, key), f"defaults: field {key!r}: {why}"))
    default_notify = defaults.get("notify", [STDOUT])
    default_notify = default_notify if isinstance(default_notify, list) else [default_notify]
    rules = [parse_rule(e, i, default_notify, known, file)
             for i, e in enumerate(data["rules"], start=1)]  # fmt: skip
    names = [r.name for r in rules]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise RulesError(f"duplicate rule name(s): {', '.join(sorted(duplicates))}")
    lookback = defaults.get("first_run_lookback_hours", DEFAULT_LOOKBACK_HOURS)
    if isinstance(lookback, bool) or not isinstance(lookback, int | float) or lookback < 0:
        raise RulesError(located(file, line_of(defaults, "first_run_lookback_hours"),
                                 "defaults: field 'first_run_lookback_hours': expected hours "
                                 "(a number, 0 or more)"))  # fmt: skip
    return RuleSet(tuple(rules), float(lookback))


def load_rules(path: str | Path, known: Known | None = None) -> RuleSet:
    file = Path(path)
    data = read_yaml(file, "rules file", RulesError)
    try:
        return parse_rules(data, known, file)
    except RulesError as exc:
        message = str(exc)
        raise RulesError(
            message if message.startswith(str(file)) else f"{file}: {message}"
        ) from exc


@dataclass
class Article:
    id: str
    title: str
    body: str
    url: str
    source_id: str
    agency: str
    kind: str
    published_at: str
    stored_at: str
    entities: set[str] = field(default_factory=set)  # canonical names and labels


def rule_matches(rule: Rule, article: Article) -> bool:
    """Every criterion the rule names must hold; inside one criterion, any listed value."""
    if rule.sources and article.source_id not in rule.sources:
        return False
    if rule.agencies and article.agency not in rule.agencies:
        return False
    if rule.kinds and article.kind not in rule.kinds:
        return False
    if rule.entities and not article.entities.intersection(rule.entities):
        return False
    text = normalize_for_match(article.title + "\n" + article.body)
    if rule.keywords_any and not any(normalize_for_match(k) in text for k in rule.keywords_any):
        return False
    if rule.keywords_all and not all(normalize_for_match(k) in text for k in rule.keywords_all):
        return False
    return not (rule.query.strip() and not matches(text, rule.parsed_query))


def message(rule: Rule, article: Article) -> tuple[str, str]:
    """Title and body of a notification; Thai text as stored, nothing escaped."""
    day = (article.published_at or "")[:10]
    lead = " ".join(article.body.split())[:280]
    title = f"[{rule.name}] {article.title}"
    meta = " · ".join(x for x in (article.agency, article.source_id, day, article.kind) if x)
    return title, f"{article.title}\n{meta}\n{article.url}\n\n{lead}"


def as_record(rule: str, article: Article) -> dict[str, Any]:
    return {
        "rule": rule,
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "published_at": article.published_at,
        "source_id": article.source_id,
        "agency": article.agency,
        "kind": article.kind,
    }


def format_match(rule: str, article: Article, fmt: str) -> str:
    if fmt == "jsonl":
        return json.dumps(as_record(rule, article), ensure_ascii=False)
    day = (article.published_at or "")[:10]
    return f"[{rule}] {day} {article.agency or article.source_id}: {article.title}\n  {article.url}"


# --------------------------------------------------------------------------- ledger (SQL)
ARTICLE_SQL = """
SELECT a.id, a.title, a.body, a.url, a.source_id, COALESCE(s.agency, '') AS agency,
       COALESCE(a.kind, '') AS kind, COALESCE(a.published_at, '') AS published_at, a.stored_at
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
"""


class Ledger:
    """The alert_rules / alert_matches / alert_deliveries tables of one database."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def articles_since(self, since: str, published_since: str | None = None) -> list[Article]:
        """Articles stored since ``since``; with ``published_since``, only those published
        since then too (or of unknown date): a first crawl stores years of back catalogue."""
        sql, params = ARTICLE_SQL + " WHERE a.stored_at >= ?", [since]
        if published_since:
            sql += (" AND (julianday(a.published_at) IS NULL"
                    " OR julianday(a.published_at) >= julianday(?))")  # fmt: skip
            params.append(published_since)
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [Article(**dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def load_entities(self, articles: list[Article]) -> None:
        by_id = {a.id: a for a in articles}
        for article_id, label, canonical in self.db.execute(
            "SELECT ae.article_id, e.label, e.canonical FROM article_entities ae"
            " JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id IN"
            " (SELECT value FROM json_each(?))",
            [json.dumps(list(by_id))],
        ).fetchall():
            by_id[article_id].entities.update((label, canonical))
        # the real entities of the directory under every name: `entity: สพฐ.` matches an
        # article naming สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน, `entity: อนุทิน` one naming
        # อนุทิน ชาญวีรกูล once his first name alone was seen as one of his names
        for article_id, name in self.db.execute(
            "SELECT ea.article_id, n.name FROM entity_articles ea"
            " JOIN entity_names n ON n.directory_id = ea.directory_id WHERE ea.article_id IN"
            " (SELECT value FROM json_each(?))",
            [json.dumps(list(by_id))],
        ).fetchall():
            by_id[article_id].entities.add(name)

    def checked_from(self, rule: str) -> str | None:
        row = self.db.execute(
            "SELECT checked_from FROM alert_rules WHERE name = ?", [rule]
        ).fetchone()
        return row[0] if row else None

    def known_matches(self, rule: str) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT article_id FROM alert_matches WHERE rule = ?", [rule]).fetchall()}  # fmt: skip

    def record(self, rule: Rule, found: list[Article], run_started: str) -> None:
        now = utc_now()
        with transaction(self.db):
            for article in found:
                self.db.execute(
                    "INSERT OR IGNORE INTO alert_matches (rule, article_id, matched_at)"
                    " VALUES (?, ?, ?)", [rule.name, article.id, now])  # fmt: skip
                for target in rule.notify:
                    self.db.execute(
                        "INSERT OR IGNORE INTO alert_deliveries (rule, article_id, target,"
                        " target_label) VALUES (?, ?, ?, ?)",
                        [rule.name, article.id, target.key, target.label],
                    )
            self.db.execute(
                "INSERT INTO alert_rules (name, definition, checked_from, last_run_at, matches)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                " definition = excluded.definition, checked_from = excluded.checked_from,"
                " last_run_at = excluded.last_run_at, matches = matches + excluded.matches",
                [rule.name, rule.definition(), run_started, now, len(found)],
            )

    def undelivered(self, rule: str, target: str) -> list[Article]:
        cursor = self.db.conn.execute(
            ARTICLE_SQL + " JOIN alert_deliveries d ON d.article_id = a.id"
            " WHERE d.rule = ? AND d.target = ? AND d.status != 'sent'"
            " ORDER BY a.published_at, a.id",
            [rule, target],
        )
        names = [d[0] for d in cursor.description]
        return [Article(**dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def mark(self, rule: str, article_id: str, target: str, error: str | None) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "UPDATE alert_deliveries SET status = ?, attempts = attempts + 1,"
                " last_error = ?, last_attempt_at = ?, sent_at = ?"
                " WHERE rule = ? AND article_id = ? AND target = ?",
                ["failed" if error else "sent", error, now, None if error else now,
                 rule, article_id, target],
            )  # fmt: skip


# --------------------------------------------------------------------------- delivery
@contextmanager
def quiet_apprise() -> Iterator[list[str]]:
    """Apprise reports why a delivery failed only through logging, and its lines may quote
    the URL (a token in it): keep its warnings and errors here, let none reach the terminal
    or a crawl's log (``khao crawl --alerts``)."""
    errors: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            errors.append(record.getMessage())

    handler = Collector(logging.WARNING)
    logger = logging.getLogger("apprise")
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield errors
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def send_apprise(target: Target, title: str, body: str) -> str | None:
    """Deliver one notification; None when the target accepted it, else why not (with
    nothing of the target's URL in it but its label)."""
    import apprise

    notifier = apprise.Apprise()
    with quiet_apprise() as errors:
        if not notifier.add(target.url):
            return "apprise cannot use this URL"
        try:
            ok = notifier.notify(title=title, body=body)
        except Exception as exc:  # a plugin bug must not stop the other deliveries
            return target.redact(f"{type(exc).__name__}: {exc}")
    return None if ok else target.redact("; ".join(errors[-2:]) or "delivery failed")


@dataclass
class AlertReport:
    rules: int = 0
    new_matches: int = 0
    sent: int = 0
    failed: int = 0
    lines: list[str] = field(default_factory=list)  # what goes to standard output
    failures: list[str] = field(default_factory=list)


def evaluate(ledger: Ledger, ruleset: RuleSet, run_started: str, dry_run: bool, fmt: str,
             report: AlertReport) -> None:  # fmt: skip
    """Find each rule's new matches among articles stored since that rule last ran."""
    started = datetime.fromisoformat(run_started)
    default_since = (started - timedelta(hours=ruleset.lookback_hours)).isoformat()
    cache: dict[str, list[Article]] = {}
    for rule in ruleset.rules:
        checked = ledger.checked_from(rule.name)
        since = checked or default_since
        key = since if checked else f"first:{since}"
        if key not in cache:
            # a rule's first run looks back on publication dates as well as on storage: a new
            # database stores years of back catalogue today, none of it news to alert on
            cache[key] = ledger.articles_since(since, None if checked else default_since)
            ledger.load_entities(cache[key])
        known = ledger.known_matches(rule.name)
        found = [a for a in cache[key] if a.id not in known and rule_matches(rule, a)]
        found.sort(key=lambda a: (a.published_at, a.id))
        report.rules += 1
        report.new_matches += len(found)
        if dry_run:
            report.lines += [format_match(rule.name, a, fmt) for a in found]
        else:
            ledger.record(rule, found, run_started)


def deliver(ledger: Ledger, ruleset: RuleSet, fmt: str, report: AlertReport) -> None:
    """Send every undelivered notification (new ones and earlier failures) once."""
    for rule in ruleset.rules:
        for target in rule.notify:
            for article in ledger.undelivered(rule.name, target.key):
                if target.url == STDOUT:
                    report.lines.append(format_match(rule.name, article, fmt))
                    error = None
                else:
                    error = send_apprise(target, *message(rule, article))
                ledger.mark(rule.name, article.id, target.key, error)
                if error:
                    report.failed += 1
                    report.failures.append(f"{rule.name} -> {target.label}: {error}")
                else:
                    report.sent += 1


def run(store: Store, ruleset: RuleSet, dry_run: bool = False, fmt: str = "text") -> AlertReport:
    report = AlertReport()
    ledger = Ledger(store)
    run_started = datetime.now(UTC).isoformat(timespec="seconds")
    evaluate(ledger, ruleset, run_started, dry_run, fmt, report)
    if not dry_run:
        deliver(ledger, ruleset, fmt, report)
    return report


def known_for(db_path: str | Path | None, dry_run: bool = False,
              also: Iterable[Any] = ()) -> Known:  # fmt: skip
    """The kinds of the kind rules, and the source ids and agencies of the packaged sources
    file, of the database's ``sources`` table (every source ever crawled into it) and of
    ``also`` (the sources of the crawl about to run)."""
    import sqlite3

    from crawler.sources import SourceConfigError, load_sources
    from pipelines.kinds import load_rules as load_kind_rules

    sources: set[str] = set()
    agencies: set[str] = set()
    try:
        for source in [*load_sources().sources, *also]:
            sources.add(source.id)
            agencies.add(source.agency)
    except SourceConfigError:
        pass
    if db_path and Path(db_path).exists():
        try:
            conn = connect_read_only(db_path, timeout=5)
            try:
                for source_id, agency in conn.execute("SELECT id, agency FROM sources"):
                    sources.add(source_id)
                    agencies.add(agency or "")
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # no sources table yet: the crawl that makes it comes first
    agencies.discard("")
    kinds = frozenset(load_kind_rules().kinds)
    return Known(kinds, frozenset(sources), frozenset(agencies), resolve_secrets=not dry_run)
