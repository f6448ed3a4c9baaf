#!/usr/bin/env bash
# CI, second install: khao the way a user without the Makefile installs it. A fresh venv with
# the pip that ships with the Python used (no `pip install --upgrade pip`), a plain
# `pip install .`, then `khao demo` twice into one database (it must stay the same size).
# Catches dependencies that only a recent pip resolves (justext's `lxml[html_clean]` extra:
# pip 23 skipped it, and every crawl died on `import lxml.html.clean`).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
echo "user install with $("$work/venv/bin/python" -m pip --version)"
"$work/venv/bin/python" -m pip install --quiet .
cd "$work"  # away from the clone: the installed package must be enough
PYTHAINLP_OFFLINE=1 "$work/venv/bin/khao" demo --db "$work/demo.db"
"$work/venv/bin/python" - "$work/demo.db" <<'PY'
import sqlite3, sys
print("user install: demo stored", sqlite3.connect(sys.argv[1]).execute(
    "SELECT count(*) FROM articles").fetchone()[0], "articles")
PY
