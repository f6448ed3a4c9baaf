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
# Both runs need the same mirror port (the stored URLs name it), so it is given: the default,
# 8478, when free, else a free one (a CI machine may have another demo on 8478). Without
# it, a port taken between the runs moved the mirror for one run only and every article was
# stored twice; now such a clash fails with "--mirror-port 8478: Address already in use".
port=8478
if ! "$work/venv/bin/python" -c 'import socket; socket.create_server(("127.0.0.1", 8478))' \
    2>/dev/null; then
  port="$("$work/venv/bin/python" -c 'import socket
print(socket.create_server(("127.0.0.1", 0)).getsockname()[1])')"
  echo "user install: port 8478 is taken here; both demo runs use $port"
fi
for run in 1 2; do
  PYTHAINLP_OFFLINE=1 "$work/venv/bin/khao" demo --db "$work/demo.db" --mirror-port "$port" \
    >"$work/demo-$run.txt"
  "$work/venv/bin/python" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
      "SELECT count(*) FROM articles").fetchone()[0])' "$work/demo.db" >>"$work/counts"
done
echo "user install: khao demo stored $(paste -sd' ' "$work/counts") articles (run 1, run 2)"
[ "$(sort -u "$work/counts" | wc -l)" -eq 1 ] || { echo "the second demo stored more"; exit 1; }
