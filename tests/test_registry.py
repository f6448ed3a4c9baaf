"""Issue 14: the registry of candidate sources (khao/data/registry/) ships as data, is listed
by ``khao sources --registry`` (never enabled) and checked by ``khao sources check-registry``,
which writes a sources file of the candidates that work and a report of every candidate.

Every candidate of the checked registry is served on loopback: a WordPress site, a feed, a
sitemap site, a listing, a refused port, a server that never answers, a redirect to an
internal address (127.0.0.2: only 127.0.0.1 is allowed), a redirect to another site, a
gambling spam page and a page with no news at all."""

from __future__ import annotations

import csv
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.mirror import MirrorServer, Reply, StaticSite, build_demo_sites
from crawler.sources import Source, load_sources
from khao.registry import load_candidates
from tests.conftest import free_port, run_khao
from tests.crawl_helpers import last_runs, query

OFFICE_HEADER = ("code,name_th,name_th_full,name_en,province,zone,type,era,website,host,"
                 "label_as_captured,found_in,trust")  # fmt: skip
ENDPOINT_HEADER = "org_th,org_en,domain,kind,url,status_claim,evidence,source,notes"
SPAM = """<html><head><title>สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ</title></head><body>
<h1>สล็อตเว็บตรง เครดิตฟรี</h1><p>สมัครสมาชิกใหม่รับโบนัส 100% ทางเข้าเล่น ufabet pg slot
ฝากถอนไม่มีขั้นต่ำ เว็บตรง แตกง่าย บาคาร่า คาสิโน</p></body></html>"""
EMPTY = "<html><head><title>ยินดีต้อนรับ</title></head><body><p>เว็บไซต์อยู่ระหว่างปรับปรุง</p></body></html>"
# the test servers (localhost: the "other site" a candidate redirects to); 127.0.0.2 stays refused
ALLOW = {"KHAO_ALLOW_PRIVATE_HOSTS": "127.0.0.1,localhost"}

pytestmark = pytest.mark.slow
PAUSE = 0.15  # seconds between two requests to one site (the default is 1 s)


class SilentServer:
    """Accepts connections and never answers (a firewall that drops, a hung site)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def stop(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, Any]]:
    internal = MirrorServer(build_demo_sites(30), host="127.0.0.2").start()
    redirect, moved = StaticSite("redir", {}), StaticSite("moved", {})
    sites = [*build_demo_sites(60), redirect, moved,
             StaticSite("spam", {"": SPAM}), StaticSite("empty", {"": EMPTY})]  # fmt: skip
    mirror = MirrorServer(sites).start()
    port = mirror.url.rsplit(":", 1)[1]
    redirect.pages[""] = Reply(302, headers={"Location": f"{internal.url}/obec/"})
    redirect.pages["ftp"] = Reply(302, headers={"Location": "ftp://127.0.0.1/etc/passwd"})
    moved.pages[""] = Reply(301, headers={"Location": f"http://localhost:{port}/obec/"})
    # a feed at a path no site convention predicts (rd.go.th's publish.xml)
    import urllib.request

    with urllib.request.urlopen(f"{mirror.url}/prd/rss.xml") as response:
        rss = response.read()
    sites[-1].pages["publish.xml"] = Reply(body=rss, content_type="application/rss+xml")
    silent = SilentServer()
    yield {"mirror": mirror, "internal": internal, "silent": silent, "dead": free_port()}
    silent.stop()
    mirror.stop()
    internal.stop()


def office(code: str, url: str, office_type: str = "spp", province: str = "ทดสอบ") -> str:
    host = url.split("/")[2]
    return (f"{code},สพป.{code},สำนักงานเขตพื้นที่การศึกษา {code},,{province},,{office_type},"
            f"test,{url},{host},{code},test fixture,test")  # fmt: skip


def write_registry(tmp: Path, servers: dict[str, Any]) -> list[Path]:
    m = servers["mirror"].url
    offices = [
        office("wp", f"{m}/obec/"),
        office("listing", f"{m}/thaigov/news/contents/list?page=1"),
        office("dead", f"http://127.0.0.1:{servers['dead']}/"),
        office("hang", f"http://127.0.0.1:{servers['silent'].port}/"),
        office("redirect", f"{m}/redir/"),
        office("moved", f"{m}/moved/"),
        office("spam", f"{m}/spam/"),
        office("empty", f"{m}/empty/"),
        office("tls", f"https://127.0.0.1:{m.rsplit(':', 1)[1]}/obec/"),  # TLS to plain HTTP
        office("old", f"{m}/moe/", office_type="spm"),  # obsolete: not checked by default
    ]
    endpoints = [
        f'กรมทดสอบ,Test feed,127.0.0.1,rss,{m}/prd/rss.xml,"WORKING (claim)",test,test,',
        f"กรมทดสอบ,Test sitemap,127.0.0.1,homepage,{m}/moe/,in audit list,test,test,",
        "กรมทดสอบ,Pattern,example.go.th,article_url_pattern,https://example.go.th/{id},,test,test,",
    ]
    files = [tmp / "offices.csv", tmp / "endpoints.csv"]
    files[0].write_text("\n".join([OFFICE_HEADER, *offices]) + "\n", encoding="utf-8")
    files[1].write_text("\n".join([ENDPOINT_HEADER, *endpoints]) + "\n", encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def checked(servers: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("registry")
    files = write_registry(tmp, servers)
    args = ["sources", "check-registry", "--write", str(tmp / "found.yaml"),
            "--report", str(tmp / "report.csv"), "--timeout", "1", "--budget", "5",
            "--workers", "4", "--pause", str(PAUSE)]  # fmt: skip
    for file in files:
        args += ["--registry-file", str(file)]
    servers["mirror"].reset_log()
    started = time.monotonic()
    result = run_khao(*args, env=ALLOW, timeout=120)
    seconds = time.monotonic() - started
    with (tmp / "report.csv").open(encoding="utf-8-sig") as handle:
        report = {row["url"]: row for row in csv.DictReader(handle)}
    return {"tmp": tmp, "result": result, "report": report, "seconds": seconds,
            "candidates": load_candidates(files)}  # fmt: skip


def test_check_registry_reports_each_candidate_and_why(
    checked: dict[str, Any], servers: dict[str, Any]
) -> None:
    result = checked["result"]
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    m = servers["mirror"].url
    expected = {
        f"{m}/obec/": ("works", "wordpress"),
        f"{m}/thaigov/news/contents/list?page=1": ("works", "listing"),
        f"{m}/prd/rss.xml": ("works", "feed"),
        f"{m}/moe/": ("works", "sitemap"),
        f"http://127.0.0.1:{servers['dead']}/": ("refused", ""),
        f"http://127.0.0.1:{servers['silent'].port}/": ("timeout", ""),
        f"{m}/redir/": ("forbidden_target", ""),
        f"{m}/moved/": ("off_site", ""),
        f"{m}/spam/": ("spam", ""),
        f"{m}/empty/": ("no_news", ""),
        f"https://127.0.0.1:{m.rsplit(':', 1)[1]}/obec/": ("tls", ""),
        "https://example.go.th/{id}": ("not_checked", ""),
    }
    report = checked["report"]
    got = {url: (row["status"], row["via"]) for url, row in report.items() if url in expected}
    assert got == expected, report
    # the obsolete สพม. row is not checked unless asked for (--obsolete)
    assert len(report) == len(expected), sorted(report)
    assert "127.0.0.2" in report[f"{m}/redir/"]["detail"]
    assert report[f"{m}/moved/"]["final_url"].startswith("http://localhost:")
    assert "refused" in report[f"http://127.0.0.1:{servers['dead']}/"]["detail"]
    # nothing reached the internal address, not even the redirect's first hop
    assert servers["internal"].request_paths() == []


def test_written_sources_load_and_only_working_ones_are_enabled(checked: dict[str, Any]) -> None:
    path = checked["tmp"] / "found.yaml"
    loaded = load_sources(path)
    assert loaded.errors == []
    works = {r["id"] for r in checked["report"].values() if r["status"] == "works"}
    assert {s.id for s in loaded.sources} == works and len(works) == 4
    assert all(s.enabled for s in loaded.sources)
    assert all("check-registry" in s.verified for s in loaded.sources)
    text = path.read_text(encoding="utf-8")
    assert text.count("# verified ") == 4 and "by khao sources check-registry" in text


def test_check_is_polite_and_bounded(checked: dict[str, Any], servers: dict[str, Any]) -> None:
    """khao's User-Agent on every request; the hung server costs the budget, not more."""
    from crawler.settings import USER_AGENT

    requests = servers["mirror"].requests
    agents = {r["user_agent"] for r in requests}
    assert agents == {USER_AGENT}
    assert checked["seconds"] < 60, checked["seconds"]
    # every candidate is on this one server: one request at a time, PAUSE apart (a redirect
    # hop follows its 3xx at once: it is the same fetch)
    gaps = [b["at"] - a["at"] for a, b in itertools.pairwise(requests)
            if not 300 <= a["status"] < 400]  # fmt: skip
    assert len(gaps) > 20 and min(gaps) >= PAUSE * 0.9, sorted(gaps)[:5]


def test_written_sources_crawl(checked: dict[str, Any], servers: dict[str, Any]) -> None:
    db = checked["tmp"] / "khao.db"
    result = run_khao("crawl", "--db", str(db), "--sources", str(checked["tmp"] / "found.yaml"),
                      "-s", "KHAO_NER_PROCESSES=0", timeout=300)  # fmt: skip
    # the sitemap source reads only its article URLs (url_pattern and sitemap_pattern were
    # inferred), not the page sitemap's site root, a 404 on the demo mirror
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    runs = last_runs(db)
    assert len(runs) == 4, runs
    assert {r["status"] for r in runs.values()} == {"ok"}, runs
    stored = query(db, "SELECT source_id, count(*) AS n FROM articles GROUP BY source_id")
    assert len(stored) == 4 and all(row["n"] > 0 for row in stored), [dict(r) for r in stored]


def check_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, offices: int,
                  report: str) -> tuple[Any, list[str]]:  # fmt: skip
    """check-registry over ``offices`` candidates on a machine where no name resolves (the
    resolver is replaced, nothing is asked of a real one): the CLI's result and the host
    names it asked for."""
    from click.testing import CliRunner

    from khao.cli import cli

    asked: list[str] = []

    def no_dns(host: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    rows = [office(f"o{i}", f"http://www.office{i}.go.th/") for i in range(offices)]
    registry = tmp_path / "offline.csv"
    registry.write_text("\n".join([OFFICE_HEADER, *rows]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", "check-registry", "--registry-file",
                                      str(registry), "--write", str(tmp_path / "s.yaml"),
                                      "--report", str(tmp_path / report)])  # fmt: skip
    return result, asked


def test_offline_says_so_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No name resolves: one line, no tracebacks, exit 1, an empty sources file."""
    result, _ = check_offline(tmp_path, monkeypatch, 6, "r.md")
    assert result.exit_code == 1, result.output
    assert result.output.count("no network, or no DNS?") == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert load_sources(tmp_path / "s.yaml").sources == []
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert report.count("| dns |") == 6 and "dns: 6" in report


def test_offline_stops_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline, 40 candidates do not cost 40 DNS time-outs: after the first few go
    unanswered and no well-known name resolves, the rest are not checked, and say why."""
    result, asked = check_offline(tmp_path, monkeypatch, 40, "r.csv")
    assert result.exit_code == 1, result.output
    assert result.output.count("no network, or no DNS?") == 1, result.output
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        statuses = [row["status"] for row in csv.DictReader(handle)]
    assert 8 <= statuses.count("dns") <= 12, statuses
    assert statuses.count("dns") + statuses.count("not_checked") == 40
    assert len(set(asked)) < 20, sorted(set(asked))
    assert "www.thaigov.go.th" in asked  # the well-known names were tried before giving up


class RecordingSite(StaticSite):
    """A static site that remembers which of its paths were asked for."""

    def __init__(self, prefix: str, pages: dict[str, Reply | str]) -> None:
        super().__init__(prefix, pages)
        self.asked: list[str] = []

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        self.asked.append(path)
        return super().handle(path, query)


def test_a_site_whose_robots_txt_forbids_khao_is_not_enabled(tmp_path: Path) -> None:
    """The crawl obeys robots.txt, and so do discovery's own probes: the feed under a
    disallowed path is never requested (only the page the user named is), check-registry
    reports `robots` and writes no entry; `sources add` says why, adds nothing, exits 1."""
    from click.testing import CliRunner

    from khao.cli import cli

    private = RecordingSite("private", {})
    mirror = MirrorServer([*build_demo_sites(30), private]).start()  # robots: Disallow /private/
    try:
        import urllib.request

        with urllib.request.urlopen(f"{mirror.url}/prd/rss.xml") as response:
            rss = response.read()
        private.pages["rss.xml"] = Reply(body=rss, content_type="application/rss+xml")
        private.pages[""] = Reply(body=(
            '<html><head><title>กรมทดสอบ</title><link rel="alternate" type="application/rss+xml"'
            f' href="{mirror.url}/private/rss.xml"></head><body><p>หน้าแรก</p></body></html>'
        ).encode())  # fmt: skip
        registry = tmp_path / "offices.csv"
        rows = [office("priv", f"{mirror.url}/private/"), office("open", f"{mirror.url}/prd/")]
        registry.write_text("\n".join([OFFICE_HEADER, *rows]) + "\n", encoding="utf-8")
        result = run_khao("sources", "check-registry", "--registry-file", str(registry),
                          "--write", str(tmp_path / "s.yaml"), "--report",
                          str(tmp_path / "r.csv"), "--pause", "0", env=ALLOW, timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
            report = {row["url"]: row for row in csv.DictReader(handle)}
        forbidden, open_site = report[f"{mirror.url}/private/"], report[f"{mirror.url}/prd/"]
        assert forbidden["status"] == "robots", forbidden
        assert "robots.txt disallows" in forbidden["detail"]
        assert open_site["status"] == "works", open_site
        written = load_sources(tmp_path / "s.yaml").sources
        assert [s.url for s in written] == [f"{mirror.url}/prd/rss.xml"]

        sources = tmp_path / "added.yaml"
        added = CliRunner().invoke(cli, ["sources", "--sources", str(sources), "add",
                                         f"{mirror.url}/private/"])  # fmt: skip
        assert added.exit_code == 1, added.output
        assert "robots.txt disallows" in added.output and "private/rss.xml" in added.output
        assert not sources.exists() or load_sources(sources).sources == []
        assert set(private.asked) == {""}, private.asked  # the home page, typed by the user
    finally:
        mirror.stop()


def test_check_registry_usage_errors(tmp_path: Path) -> None:
    out = ["--write", str(tmp_path / "s.yaml"), "--report", str(tmp_path / "r.csv")]
    unknown = run_khao("sources", "check-registry", "no-such-id", *out)
    assert unknown.returncode == 2 and "no-such-id" in unknown.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    wrong = run_khao("sources", "check-registry", "--registry-file", str(bad), *out)
    assert wrong.returncode == 2 and "not a registry file" in wrong.stderr
    nowhere = run_khao("sources", "check-registry", "--write", "/nonexistent/dir/s.yaml",
                       "--report", str(tmp_path / "r.csv"))  # fmt: skip
    assert nowhere.returncode == 2 and "cannot write" in nowhere.stderr


# --------------------------------------------------------------------------- the shipped data
def test_packaged_registry_counts() -> None:
    from crawler.sources import ID_PATTERN

    candidates = load_candidates()
    by_type = {t: [c for c in candidates if c.type == t] for t in ("spp", "spm", "ministry")}
    assert {t: len(c) for t, c in by_type.items()} == {"spp": 183, "spm": 42, "ministry": 158}
    assert all(c.obsolete for c in by_type["spm"])
    assert not any(c.obsolete for c in by_type["spp"] + by_type["ministry"])
    assert len({c.province for c in by_type["spp"]}) == 77
    assert len({c.id for c in candidates}) == len(candidates)
    assert all(ID_PATTERN.match(c.id) for c in candidates)
    assert all(c.host and c.evidence for c in candidates)
    # a WordPress REST row is checked from its site root; a URL pattern is not checked
    rest = next(c for c in candidates if c.url.startswith("https://www.southpeace.go.th/wp-json"))
    assert rest.start_url == "https://www.southpeace.go.th/"
    assert [c.kind for c in candidates if c.start_url is None] == ["article_url_pattern", "rss"]


def test_sources_registry_lists_candidates_never_enabled() -> None:
    result = run_khao("sources", "--registry")
    assert result.returncode == 0, result.stderr
    assert "registry: 341 candidates (183 spp, 158 ministry)" in result.stdout
    assert "none enabled" in result.stdout and "enabled │" not in result.stdout
    assert "42 obsolete สพม. rows" in result.stdout
    assert "OBSOLETE" not in result.stdout.split("42 obsolete")[0]
    everything = run_khao("sources", "--registry", "--obsolete", "--type", "spm")
    assert "registry: 42 candidates (42 spm)" in everything.stdout
    assert everything.stdout.count("spm (OBSOLETE)") == 42
    province = run_khao("sources", "--registry", "--province", "เชียงใหม่", "--type", "spp")
    assert "registry: 6 candidates (6 spp)" in province.stdout, province.stdout


def test_registry_candidates_are_not_in_the_shipped_sources() -> None:
    """Shipping the registry enables nothing: the packaged sources file is unchanged by it."""
    shipped = load_sources().sources
    assert len(shipped) == 9
    assert isinstance(shipped[0], Source)


# --------------------------------------------------------------------------- redirects
def test_sources_check_does_not_follow_a_redirect_to_an_internal_address(
    servers: dict[str, Any], tmp_path: Path
) -> None:
    """`khao sources check` (urllib) followed any redirect; now every hop is checked as the
    crawler checks it (crawler/safety.py): the source's own host, else public addresses."""
    from khao.sources_check import check_source, fetch

    servers["internal"].reset_log()
    m = servers["mirror"].url
    fetched = fetch(f"{m}/redir/", 2)
    assert fetched.error_kind == "forbidden_target" and "127.0.0.2" in fetched.error
    outcome = check_source(Source(id="r", name="r", kind="listing", url=f"{m}/redir/",
                                  selectors={"link_selector": "a"}), 2)  # fmt: skip
    assert outcome.result == "unreachable" and "127.0.0.2" in outcome.detail, outcome
    ftp = fetch(f"{m}/redir/ftp", 2)
    assert ftp.error_kind == "forbidden_target" and "only http and https" in ftp.error, ftp
    # `khao sources add` (discovery) the same way
    from khao.discover import discover

    found = discover(f"{m}/redir/", timeout=2)
    assert found.entry is None and "127.0.0.2" in found.notes[0], found.notes
    assert servers["internal"].request_paths() == []
    # the source's own host stays reachable (an intranet source), as in a crawl
    own = fetch(f"{servers['internal'].url}/prd/rss.xml", 2)
    assert own.status == 200 and not own.error


def test_a_checked_name_connects_to_the_address_that_was_checked(
    servers: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: a name that answers an allowed address to the check and an internal
    one a moment later still connects to the address that was checked."""
    from crawler.safety import HostPolicy
    from khao.sources_check import fetch

    real = socket.getaddrinfo
    answers = iter(["127.0.0.1"])

    def rebinding(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        address = next(answers, "127.0.0.2")  # first the allowed address, then the internal one
        return real(address, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    servers["internal"].reset_log()
    port = servers["mirror"].url.rsplit(":", 1)[1]
    policy = HostPolicy.build("", ["127.0.0.1"])
    fetched = fetch(f"http://rebind.example:{port}/prd/rss.xml", 2, policy)
    assert fetched.status == 200 and not fetched.error, fetched.error
    assert servers["internal"].request_paths() == []


def test_ctrl_c_writes_what_was_checked(servers: dict[str, Any], tmp_path: Path) -> None:
    """A hung site must not hold Ctrl-C for its whole timeout: exit 130 at once, both files
    written, the candidates not reached marked not_checked."""
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    m = servers["mirror"].url
    rows = [office("feed", f"{m}/prd/")]
    rows += [
        office(f"hang{i}", f"http://127.0.0.1:{servers['silent'].port}/{i}/") for i in range(3)
    ]
    registry = tmp_path / "hang.csv"
    registry.write_text("\n".join([OFFICE_HEADER, *rows]) + "\n", encoding="utf-8")
    env = {**os.environ, **ALLOW, "PYTHAINLP_OFFLINE": "1"}
    held = len(servers["silent"].held)
    process = subprocess.Popen(
        [sys.executable, "-m", "khao", "sources", "check-registry", "--registry-file",
         str(registry), "--write", str(tmp_path / "s.yaml"), "--report", str(tmp_path / "r.csv"),
         "--timeout", "120", "--budget", "120", "--workers", "1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while len(servers["silent"].held) == held and time.monotonic() < deadline:
        time.sleep(0.1)  # until the feed is checked and a hung site holds the only worker
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - started < 10
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "stopped (Ctrl-C)" in stderr
    assert [s.id for s in load_sources(tmp_path / "s.yaml").sources] == ["127-0-0-1-prd"]
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        statuses = [row["status"] for row in csv.DictReader(handle)]
    assert statuses == ["works", "not_checked", "not_checked", "not_checked"]


def test_one_candidate_failing_unexpectedly_does_not_stop_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import khao.registry as registry

    candidates = [
        registry.Candidate(
            id=f"c{i}",
            name_th="x",
            name_en="",
            province="",
            type="spp",
            kind="homepage",
            url=f"http://h{i}.example/",
            host=f"h{i}.example",
            claim="",
            evidence="",
            trust="",
        )
        for i in range(3)
    ]

    def check(candidate: Any, *args: Any, **kwargs: Any) -> Any:
        if candidate.id == "c1":
            raise RecursionError("a page nested 100,000 levels deep")
        return registry.CandidateResult(candidate, "no_news", "nothing")

    monkeypatch.setattr(registry, "check_candidate", check)
    results = registry.check_candidates(candidates, workers=2)
    assert [r.status for r in results] == ["no_news", "error", "no_news"]
    assert "RecursionError" in results[1].detail


def test_discovery_takes_a_feed_url_as_it_is(servers: dict[str, Any]) -> None:
    """A registry row (or `sources add`) naming a feed at an unusual path gets that feed."""
    from khao.discover import discover

    url = f"{servers['mirror'].url}/empty/publish.xml"
    found = discover(url, timeout=5)
    assert found.entry is not None and found.entry["kind"] == "feed", found.notes
    assert found.entry["url"] == url
