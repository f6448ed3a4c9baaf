#!/usr/bin/env bash
# Install redis-server from Debian packages, only when it is missing (distributed tests
# start their own redis-server on 127.0.0.1; nothing is configured system-wide).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "need root (or sudo) to install redis-server" >&2; exit 1; }
  SUDO=sudo
fi
echo "installing redis-server (Debian package)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
command -v redis-server >/dev/null 2>&1 || { echo "redis-server still missing after apt-get install" >&2; exit 1; }
