#!/usr/bin/env bash
# CI, second install: khao the way a user without the Makefile installs it. A fresh venv with
# the pip that ships with the Python used (never upgraded), a plain `pip install .` (not -e),
# then `khao demo` twice into one database: the second run must store nothing new.
# Catches dependencies that only a recent pip resolves (justext's `lxml[html_clean]` extra:
# pip 23 skipped it, and every crawl died on `import lxml.html.clean`) and data files missing
# from the package (crawler/demo/demo_sources.yaml was: `khao demo` died).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
echo "user install with $("$work/venv/bin/python" -m pip --version)"
"$work/venv/bin/python" -m pip install --quiet .
cd "$work"  # away from the clone: the installed package must be enough
for run in 1 2; do
  PYTHAINLP_OFFLINE=1 "$work/venv/bin/khao" demo --db "$work/demo.db" >"$work/demo-$run.txt"
  "$work/venv/bin/python" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
      "SELECT count(*) FROM articles").fetchone()[0])' "$work/demo.db" >>"$work/counts"
done
echo "user install: khao demo stored $(paste -sd' ' "$work/counts") articles (run 1, run 2)"
[ "$(sort -u "$work/counts" | wc -l)" -eq 1 ] || { echo "the second demo stored more"; exit 1; }
