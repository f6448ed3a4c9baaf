"""The registry of candidate sources (``khao sources --registry``, ``khao sources
check-registry``): the 183 สพป. offices of a 2018 capture of obec.go.th, the 42 obsolete
numbered สพม. of the same capture, and ministry news endpoints seen in public code.

Candidates, never sources: nothing in khao/data/registry/ was fetched online when it was
written (see its README). A user online checks them with the discovery of ``khao sources
add`` (``check_candidates``) and gets a sources file of those that work
(``write_sources_yaml``) and a report of every candidate (``write_report``).

Checking treats every candidate host as a stranger: its domain may have lapsed and been
taken over, so unlike ``sources add`` (where the user vouches for the URL) even the
candidate's own host must resolve to a public address (``KHAO_ALLOW_PRIVATE_HOSTS`` aside),
every redirect hop is checked before it is followed, a redirect to another site or a page
that reads as spam is reported and not enabled, each answer is capped in size and each
candidate in time.
"""

from __future__ import annotations

import csv
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from khao.discover import Discovery, discover, source_id_for
from khao.sources_check import Fetched, allow_private_hosts, fetch

TYPES = ("spp", "spm", "ministry")
OFFICE_FILE = "area_offices_2018.csv"
ENDPOINT_FILE = "ministry_endpoints.csv"
OFFICE_COLUMNS = {"code", "name_th", "province", "type", "website"}
ENDPOINT_COLUMNS = {"org_th", "domain", "kind", "url", "status_claim"}
# report statuses, in the order the summary lists them
STATUSES = ("works", "robots", "no_news", "spam", "off_site", "http", "dns", "refused", "timeout", "tls",
            "forbidden_target", "network", "error", "not_checked")  # fmt: skip


class RegistryError(ValueError):
    """A registry file that cannot be read (missing, or not one of the two known layouts)."""


@dataclass(frozen=True)
class Candidate:
    """One row of the registry: a site or endpoint that may publish news. Never enabled."""

    id: str  # a valid source id, unique in the registry (from the host, numbered on repeats)
    name_th: str
    name_en: str
    province: str  # area offices only
    type: str  # spp (สพป.), spm (สพม., obsolete numbering), ministry
    kind: str  # what the row names: homepage, rss, wp_rest, news_index, ...
    url: str  # as recorded (may be a URL pattern, or empty)
    host: str
    claim: str  # what the origin says about it (e.g. "WORKING (claim)"), never checked here
    evidence: str  # where it was seen
    trust: str
    obsolete: bool = False
    agency: str = ""  # the short name (สพป.กระบี่)

    @property
    def start_url(self) -> str | None:
        """The URL discovery starts from; None when the row names no fetchable page."""
        if not self.url or "{" in self.url or not self.url.startswith(("http://", "https://")):
            return None
        if "/wp-json" in self.url:  # a REST endpoint: discovery starts at the site root
            return self.url.split("/wp-json", 1)[0] + "/"
        return self.url


def packaged_files() -> list[Path]:
    folder = resources.files("khao") / "data" / "registry"
    return [Path(str(folder / OFFICE_FILE)), Path(str(folder / ENDPOINT_FILE))]


def load_candidates(files: Iterable[str | Path] | None = None) -> list[Candidate]:
    """Every candidate of the packaged registry, or of ``files`` (each in one of the two
    layouts, told apart by their columns)."""
    rows: list[dict[str, Any]] = []
    for file in [Path(f) for f in files] if files else packaged_files():
        try:
            with file.open(encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle)
                columns = set(reader.fieldnames or ())
                if columns >= OFFICE_COLUMNS:
                    rows += [office_row(r) for r in reader]
                elif columns >= ENDPOINT_COLUMNS:
                    rows += [endpoint_row(r) for r in reader]
                else:
                    raise RegistryError(
                        f"{file}: not a registry file (needs the columns of {OFFICE_FILE} or "
                        f"{ENDPOINT_FILE})"
                    )
        except OSError as exc:
            raise RegistryError(f"{file}: {exc.strerror or exc}") from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise RegistryError(f"{file}: not a readable CSV file ({exc})") from None
    taken: Counter[str] = Counter()
    candidates = []
    for row in rows:
        base = source_id_for(row["url"]) if row["url"].startswith("http") else "candidate"
        taken[base] += 1
        row["id"] = base if taken[base] == 1 else f"{base}-{taken[base]}"
        candidates.append(Candidate(**row))
    return candidates


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def office_row(row: dict[str, str]) -> dict[str, Any]:
    office_type = _clean(row.get("type")) or "spp"
    url = _clean(row.get("website"))
    return {
        "name_th": _clean(row.get("name_th_full")) or _clean(row.get("name_th")),
        "name_en": _clean(row.get("name_en")),
        "province": _clean(row.get("province")),
        "type": office_type,
        "kind": "homepage",
        "url": url,
        "host": _clean(row.get("host")) or (urlsplit(url).hostname or ""),
        "claim": f"linked from obec.go.th's office menu as {_clean(row.get('label_as_captured'))!r}",
        "evidence": _clean(row.get("found_in")),
        "trust": _clean(row.get("trust")),
        "obsolete": office_type == "spm" or "OBSOLETE" in (row.get("trust") or ""),
        "agency": _clean(row.get("name_th")),
    }


def endpoint_row(row: dict[str, str]) -> dict[str, Any]:
    url = _clean(row.get("url"))
    return {
        "name_th": _clean(row.get("org_th")) or _clean(row.get("org_en")) or _clean(row["domain"]),
        "name_en": _clean(row.get("org_en")),
        "province": "",
        "type": "ministry",
        "kind": _clean(row.get("kind")),
        "url": url,
        "host": urlsplit(url).hostname or _clean(row.get("domain")),
        "claim": _clean(row.get("status_claim")),
        "evidence": "; ".join(
            v for v in (_clean(row.get("evidence")), _clean(row.get("source"))) if v
        ),
        "trust": _clean(row.get("notes")),
        "obsolete": False,
        "agency": _clean(row.get("org_th")),
    }


def select(
    candidates: list[Candidate], ids: Iterable[str] = (), types: Iterable[str] = (),
    province: str | None = None, obsolete: bool = False,
) -> list[Candidate]:  # fmt: skip
    """The candidates a command works on: by id, type, province (a part of its Thai name);
    the obsolete สพม. rows only when asked for."""
    wanted_ids, wanted_types = set(ids), set(types)
    return [
        c
        for c in candidates
        if (not wanted_ids or c.id in wanted_ids)
        and (not wanted_types or c.type in wanted_types)
        and (not province or province in c.province)
        and (obsolete or not c.obsolete or c.id in wanted_ids)
    ]


# --------------------------------------------------------------------------- checking
@dataclass
class CandidateResult:
    candidate: Candidate
    status: str  # one of STATUSES
    detail: str
    via: str = ""  # with status works: wordpress, feed, sitemap or listing
    final_url: str = ""
    entry: dict[str, Any] | None = None  # the sources.yaml entry (status works)
    checked_at: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def same_site(a: str, b: str) -> bool:
    """Same host, ``www.`` or not (http → https and adding www. are not moves)."""

    def bare(url: str) -> str:
        return (urlsplit(url).hostname or "").lower().removeprefix("www.")

    return bare(a) == bare(b)


def page_spam(fetched: Fetched) -> str | None:
    """Why a home page reads as gambling or loan spam (a lapsed domain taken over), or None."""
    from parsel import Selector

    from pipelines.spam import spam_reason

    text = fetched.body[:2_000_000].decode("utf-8", errors="replace")
    page = Selector(text=text, type="html")
    title = " ".join(page.xpath("//title//text()").getall())
    body = " ".join(page.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall())
    return spam_reason(title, body)


class Pacer:
    """At least ``pause`` seconds between two requests to one site (a small office server
    is not to be hammered by a dozen probes in a row); one per site, shared by its rows."""

    def __init__(self, pause: float) -> None:
        self.pause = pause
        self.last = float("-inf")

    def wait(self, deadline: float) -> None:
        now = time.monotonic()
        wait = min(self.last + self.pause - now, deadline - now)
        if wait > 0:
            time.sleep(wait)

    def done(self) -> None:
        self.last = time.monotonic()


def check_candidate(
    candidate: Candidate, timeout: float, budget: float, policy: Any,
    get: Callable[..., Fetched] = fetch, pacer: Pacer | None = None,
) -> CandidateResult:  # fmt: skip
    """Run the discovery of ``khao sources add`` on one candidate, within ``budget`` seconds,
    each request paced by ``pacer``."""
    started = time.monotonic()
    checked_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def result(status: str, detail: str, **extra: Any) -> CandidateResult:
        return CandidateResult(candidate, status, detail, checked_at=checked_at,
                               seconds=round(time.monotonic() - started, 2), **extra)  # fmt: skip

    url = candidate.start_url
    if url is None:
        why = "a URL pattern, not a page" if "{" in candidate.url else "no URL recorded"
        return result("not_checked", why)
    deadline = started + budget
    answers: dict[str, Fetched] = {}
    pacer = pacer or Pacer(0.0)

    def cached(probe: str) -> Fetched:
        if probe not in answers:
            pacer.wait(deadline)
            answers[probe] = get(probe, timeout, policy, deadline)
            pacer.done()
        return answers[probe]

    first = cached(url)
    final = first.final_url or url
    if first.error:
        return result(first.error_kind or "network", first.error, final_url=final)
    if not same_site(url, final):
        return result("off_site", f"redirected to another site: {final} (if it is the new "
                      "site, check it with: khao sources add URL)", final_url=final)  # fmt: skip
    if first.status == 200 and (spam := page_spam(first)):
        return result("spam", f"the page reads as spam ({spam}): the domain may have been "
                      "taken over", final_url=final)  # fmt: skip
    found: Discovery = discover(url, candidate.id, candidate.name_th, fetch=cached)
    refused = [f for f in answers.values() if f.error_kind == "forbidden_target"]
    if found.entry is not None:
        if not same_site(url, found.entry["url"]):
            return result("off_site", f"news found on another site: {found.entry['url']}",
                          final_url=found.entry["url"], notes=found.notes)  # fmt: skip
        if found.robots_disallowed:
            return result("robots", found.notes[-1], via=found.entry["kind"],
                          final_url=final, notes=found.notes)  # fmt: skip
        return result("works", found.notes[-1], via=found.entry["kind"], final_url=final,
                      entry=found.entry, notes=found.notes)  # fmt: skip
    if found.robots_disallowed:  # the probes robots.txt forbids were not sent
        return result("robots", found.notes[-1], final_url=final, notes=found.notes)
    if time.monotonic() > deadline:
        return result("timeout", f"not done within {budget:g} s", final_url=final)
    if refused:
        return result("forbidden_target", refused[0].error, final_url=final)
    if first.status != 200:
        return result("http", f"HTTP {first.status}", final_url=final)
    return result("no_news", "; ".join(found.notes), final_url=final, notes=found.notes)


class Stopped(Exception):
    """Ctrl-C during a check: ``results`` holds what was checked, the rest ``not_checked``."""

    def __init__(self, results: list[CandidateResult]) -> None:
        super().__init__("stopped")
        self.results = results


#: Names of large sites that resolve whenever the machine has network and DNS.
WELL_KNOWN_HOSTS = ("www.thaigov.go.th", "www.obec.go.th", "pypi.org")
#: After this many candidates without one answer, find out whether the machine is offline.
OFFLINE_SAMPLE = 8


def names_resolve(hosts: Iterable[str] = WELL_KNOWN_HOSTS) -> bool:
    """Whether any well-known host name resolves (False: no network, or no DNS)."""
    for host in hosts:
        try:
            socket.getaddrinfo(host, 443)
            return True
        except (OSError, UnicodeError):
            continue
    return False


def check_candidates(
    candidates: list[Candidate], timeout: float = 15.0, budget: float = 60.0, workers: int = 4,
    progress: Callable[[CandidateResult], None] | None = None, pause: float = 1.0,
    online: Callable[[], bool] = names_resolve,
) -> list[CandidateResult]:  # fmt: skip
    """Check every candidate, a few hosts at once (``workers``), one request at a time per
    host with ``pause`` seconds between two, each URL once (rows naming the same URL share
    one check); a candidate whose check fails in an unforeseen way is reported as ``error``
    and the others go on. When the first OFFLINE_SAMPLE candidates all go unanswered with
    names not found and ``online()`` says no well-known name resolves either, the rest are
    left ``not_checked`` (hundreds of DNS time-outs would say nothing more). Results in the
    candidates' order; Ctrl-C raises Stopped with the results so far."""
    from crawler.safety import HostPolicy

    policy = HostPolicy.build("", allow_private_hosts())  # no candidate host is trusted
    by_host: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        # one site whatever the port or www. (the host column may omit the port)
        host = urlsplit(candidate.start_url or "").hostname or candidate.host.split(":")[0]
        by_host.setdefault(host.lower().removeprefix("www."), []).append(index)
    jobs = list(by_host.values())
    results: list[CandidateResult | None] = [None] * len(candidates)
    lock, stop = threading.Lock(), threading.Event()
    finished: list[CandidateResult] = []
    offline_checked = threading.Event()  # decided once, on the first OFFLINE_SAMPLE results

    def watch_for_offline(outcome: CandidateResult) -> None:
        with lock:
            finished.append(outcome)
            if offline_checked.is_set() or len(finished) < min(OFFLINE_SAMPLE, len(candidates)):
                return
            offline_checked.set()
            sample = list(finished)
        if offline(sample) and not online():
            stop.set()

    def one(
        candidate: Candidate, done: dict[str, CandidateResult], pacer: Pacer
    ) -> CandidateResult:
        url = candidate.start_url
        shared = done.get(url) if url else None
        if shared is not None:
            return CandidateResult(candidate, shared.status, shared.detail, shared.via,
                                   shared.final_url, shared.entry and {**shared.entry},
                                   shared.checked_at, 0.0, shared.notes)  # fmt: skip
        try:
            outcome = check_candidate(candidate, timeout, budget, policy, pacer=pacer)
        except Exception as exc:  # a page no parser expected: this candidate only
            outcome = CandidateResult(candidate, "error", f"{type(exc).__name__}: {exc}")
        if url:
            done[url] = outcome
        return outcome

    def worker() -> None:
        while not stop.is_set():
            with lock:
                if not jobs:
                    return
                job = jobs.pop(0)
            done: dict[str, CandidateResult] = {}
            pacer = Pacer(pause)  # one site, one pace
            for index in job:
                if stop.is_set():
                    return
                results[index] = one(candidates[index], done, pacer)
                watch_for_offline(results[index])  # type: ignore[arg-type]
                if progress:
                    progress(results[index])  # type: ignore[arg-type]

    # daemon threads: Ctrl-C need not wait for a slow site to time out
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(max(1, workers))]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(0.2)
    except KeyboardInterrupt:
        stop.set()
        raise Stopped(fill(candidates, results, "stopped (Ctrl-C) before it was checked")) from None
    if stop.is_set():
        return fill(candidates, results, f"not checked: the first {len(finished)} candidates "
                    "got no answer and no well-known name resolves (no network, or no DNS?)")  # fmt: skip
    return fill(candidates, results, "not reached")


def fill(
    candidates: list[Candidate], results: list[CandidateResult | None], why: str
) -> list[CandidateResult]:
    return [r or CandidateResult(c, "not_checked", why) for c, r in zip(candidates, list(results),
                                                                        strict=True)]  # fmt: skip


NO_ANSWER = ("dns", "network", "timeout")


def offline(results: list[CandidateResult]) -> bool:
    """Not one candidate answered, and host names did not resolve: the machine is offline
    (or has no DNS), which is worth one line rather than one per candidate."""
    checked = [r for r in results if r.status != "not_checked"]
    return (
        bool(checked)
        and all(r.status in NO_ANSWER for r in checked)
        and any(r.status == "dns" for r in checked)
    )


# --------------------------------------------------------------------------- writing
def source_entry(result: CandidateResult) -> dict[str, Any]:
    """The sources.yaml entry of a candidate that works (validated by the caller)."""
    candidate, found = result.candidate, dict(result.entry or {})
    entry: dict[str, Any] = {"id": candidate.id, "name": candidate.name_th or found.get("name")}
    if candidate.name_en:
        entry["name_en"] = candidate.name_en
    if candidate.agency:
        entry["agency"] = candidate.agency
    entry.update({k: v for k, v in found.items() if k not in ("id", "name", "verified")})
    entry["enabled"] = True
    entry["verified"] = (
        f"checked online {result.checked_at} by khao sources check-registry: {result.detail} "
        f"(registry row: {candidate.type} {candidate.kind} {candidate.url})"
    )
    return entry


def write_sources_yaml(results: list[CandidateResult], path: str | Path) -> list[str]:
    """A sources file of the candidates that work, each entry checked the way ``khao crawl
    --sources`` reads it (crawler.sources.parse_source) before it is written; returns the
    ids written. The file is read back whole: an entry it refuses is a bug, raised."""
    from crawler.sources import SourceConfigError, load_sources, parse_source
    from khao.discover import entry_yaml

    lines = [
        "# Written by `khao sources check-registry`: the registry candidates (khao/data/registry/)",
        "# that answered with news when checked. Each entry's comment and `verified` say when and",
        "# how; the report lists every other candidate and why it is not here.",
        "sources:",
    ]
    written: list[str] = []
    sites: dict[tuple[str, str], str] = {}  # (kind, url) -> the id it was written under
    for result in results:
        if result.status != "works" or result.entry is None or result.candidate.id in written:
            continue
        entry = source_entry(result)
        site = (entry["kind"], entry["url"])
        if site in sites:  # two rows, one site: crawled once
            result.detail += f" (the same as {sites[site]}: written once)"
            continue
        sites[site] = entry["id"]
        try:
            parse_source(entry, len(written) + 1)
        except SourceConfigError as exc:
            result.status, result.detail = "no_news", f"discovered entry refused: {exc}"
            continue
        lines.append(f"  # verified {result.checked_at} by khao sources check-registry: "
                     f"{result.via} at {entry['url']}")  # fmt: skip
        lines.append(entry_yaml(entry).rstrip("\n"))
        written.append(result.candidate.id)
    if not written:
        lines[-1] = "sources: []"
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_sources(path)
    if loaded.errors or [s.id for s in loaded.sources] != written:
        raise SourceConfigError(f"{path}: written file does not read back: {loaded.errors}")
    return written


REPORT_COLUMNS = ("id", "type", "obsolete", "province", "name_th", "kind", "url", "status", "via",
                  "final_url", "detail", "claim", "checked_at", "seconds")  # fmt: skip


def report_rows(results: list[CandidateResult]) -> list[dict[str, str]]:
    rows = []
    for r in results:
        c = r.candidate
        rows.append({
            "id": c.id, "type": c.type, "obsolete": "yes" if c.obsolete else "",
            "province": c.province, "name_th": c.name_th, "kind": c.kind, "url": c.url,
            "status": r.status, "via": r.via, "final_url": r.final_url,
            "detail": " ".join(r.detail.split()), "claim": c.claim, "checked_at": r.checked_at,
            "seconds": f"{r.seconds:g}",
        })  # fmt: skip
    return rows


def write_report(results: list[CandidateResult], path: str | Path) -> None:
    """Every candidate and what became of it: CSV, or a Markdown table for a ``.md`` path."""
    rows = report_rows(results)
    file = Path(path)
    if file.suffix.lower() in (".md", ".markdown"):
        counts = Counter(r.status for r in results)
        lines = ["# khao sources check-registry report", "",
                 ", ".join(f"{s}: {counts[s]}" for s in STATUSES if counts[s]), "",
                 "| " + " | ".join(REPORT_COLUMNS) + " |",
                 "|" + " --- |" * len(REPORT_COLUMNS)]  # fmt: skip
        for row in rows:
            cells = (re.sub(r"([|\\])", r"\\\1", row[c]) for c in REPORT_COLUMNS)
            lines.append("| " + " | ".join(cells) + " |")
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    with file.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads Thai
        writer = csv.DictWriter(handle, fieldnames=REPORT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
