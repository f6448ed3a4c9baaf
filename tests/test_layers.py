"""Issue 11: one direction. khao (faces) → crawler (Scrapy) → pipelines (stages, pure logic,
storage); nothing imports upward, no module imports itself through others, and the
benchmarks share helpers with the tests through testbed/, never by importing tests/."""

from __future__ import annotations

import ast
from pathlib import Path

from testbed import ROOT

LAYERS = {"khao": 3, "crawler": 2, "pipelines": 1}  # a module may import its own layer or lower
PRODUCT = tuple(LAYERS)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    found = {}
    for top in (*PRODUCT, "bench", "testbed", "tests"):
        for path in (ROOT / top).rglob("*.py"):
            found[module_name(path)] = path
    return found


def imports_of(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """Project modules imported anywhere in the file (functions included: a lazy import is
    still a dependency)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                targets.add(full if full in modules else base)
    resolved = set()
    for target in targets:
        while target and target not in modules:  # `import a.b.c` of a package path
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imports_of(path, name, modules) for name, path in modules.items()}


def layer(name: str) -> int | None:
    return LAYERS.get(name.split(".")[0])


def test_nothing_imports_a_higher_layer() -> None:
    upward = [
        f"{source} imports {target}"
        for source, targets in import_graph().items()
        for target in targets
        if layer(source) is not None and (layer(target) is None or layer(target) > layer(source))  # type: ignore[operator]
    ]
    assert not upward, "\n".join(upward)


def test_benchmarks_do_not_import_tests() -> None:
    graph = import_graph()
    wrong = [f"{s} imports {t}" for s in graph if s.startswith("bench") for t in graph[s]
             if t.startswith("tests")]  # fmt: skip
    assert not wrong, "\n".join(wrong)


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the import cycles of the graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


def test_no_import_cycles() -> None:
    graph = import_graph()
    product = {n: {t for t in ts if layer(t)} for n, ts in graph.items() if layer(n)}
    assert strongly_connected(product) == []


def test_the_checker_sees_cycles_and_upward_imports() -> None:
    """The two checks above must be able to fail."""
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
    graph = import_graph()
    assert "pipelines.storage" in graph["pipelines.stages.store"]
    assert "crawler.runner" in graph["khao.cli"]  # a lazy import inside a command counts
