"""Reading and checking the YAML files people write (sources, alert rules, kind rules).

One validation layer for all of them: the file is read with line numbers kept on every
mapping (:class:`LineDict`), a YAML error names the file (not ``<unicode string>``), and the
checks here word every mistake the same way: ``FILE:LINE: ENTRY: field 'F': WHY``, an
unknown key with a "did you mean" from the keys that exist (difflib)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml


class LineDict(dict):
    """A YAML mapping that remembers its line and each key's line (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any = None) -> int:
        return getattr(self, "key_lines", {}).get(key, self.line) if key is not None else self.line


class LineLoader(yaml.SafeLoader):
    """yaml.SafeLoader whose mappings are :class:`LineDict`s."""


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, _ in node.value:
        try:
            key = loader.construct_object(key_node, deep=True)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        except TypeError:  # an unhashable key: construct_mapping already refused it
            continue
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml_text(text: str, name: str) -> Any:
    """Parse ``text``; marks in errors say ``name`` (the file) instead of <unicode string>."""
    loader = LineLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_yaml(file: Path, what: str, error: type[Exception]) -> Any:
    """The parsed content of ``file``; raises ``error`` ("FILE: cannot read WHAT: ...")."""
    try:
        return load_yaml_text(file.read_text(encoding="utf-8"), str(file))
    except OSError as exc:
        raise error(f"{file}: cannot read {what}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise error(f"{file}: cannot read {what}: not UTF-8 text ({exc.reason})") from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" (column {mark.column + 1})" if mark else ""
        why = f"not valid YAML: {exc.problem or exc.context}{where}"
        raise error(located(file, mark.line + 1 if mark else None, why)) from exc
    except yaml.YAMLError as exc:
        raise error(f"{file}: not valid YAML: {one_line(str(exc))}") from exc


def one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def line_of(mapping: Any, key: Any = None) -> int | None:
    """The line of ``key`` in ``mapping`` (or of the mapping), when it came from a file."""
    return mapping.line_of(key) or None if isinstance(mapping, LineDict) else None


def located(file: str | Path | None, line: int | None, message: str) -> str:
    """``FILE:LINE: message`` (as compilers write it: editors jump there)."""
    if file is None:
        return message
    return f"{file}:{line}: {message}" if line else f"{file}: {message}"


def did_you_mean(word: Any, choices: Iterable[Any]) -> str:
    """`` (did you mean 'x'?)`` when one of ``choices`` is close to ``word``, else ``""``."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_keys(mapping: dict, allowed: Iterable[str]) -> list[tuple[Any, str]]:
    """``(key, why)`` for each key of ``mapping`` not in ``allowed``, sorted by line."""
    allowed = list(allowed)
    found = [(k, f"unknown field{did_you_mean(k, allowed)}") for k in mapping if k not in allowed]
    return sorted(found, key=lambda pair: line_of(mapping, pair[0]) or 0)


def not_one_of(value: Any, choices: Iterable[Any], what: str) -> str | None:
    """Why ``value`` is not one of ``choices`` (with a suggestion), or None when it is."""
    choices = sorted({str(c) for c in choices})
    if str(value) in choices:
        return None
    shown = (
        ", ".join(choices)
        if len(choices) <= 12
        else f"{len(choices)} known, e.g. {', '.join(choices[:6])}"
    )
    return f"{what} {value!r} does not exist{did_you_mean(value, choices)}; known: {shown}"
