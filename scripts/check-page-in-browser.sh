#!/usr/bin/env bash
# Drives the checker's page of `glossa serve` in Chromium (scripts/check-page-in-browser.py) with
# a small memory, and saves screenshots into docs/. Needs Debian's chromium and chromium-driver
# and Selenium from PyPI; says so and exits 0 without testing when they cannot be had.
#
#   scripts/check-page-in-browser.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18091}
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if ! command -v chromium >/dev/null || [ ! -x /usr/bin/chromedriver ]; then
  echo "Skipping the page check: chromium and chromium-driver are not installed"
  exit 0
fi
if ! python3 -m venv "$work/venv" >/dev/null 2>&1 || ! "$work/venv/bin/pip" install --quiet selenium >/dev/null 2>&1; then
  echo "Skipping the page check: Selenium could not be installed"
  exit 0
fi
swift build --product glossa >/dev/null
glossa="$(swift build --show-bin-path)/glossa"
cat >"$work/memory.tmx" <<'TMX'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test"
adminlang="en" srclang="el" datatype="plaintext"/><body>
<tu><tuv xml:lang="el"><seg>Η Πιονγκγιάνγκ υποδέχθηκε τον υπουργό.</seg></tuv>
<tuv xml:lang="en"><seg>Pyongyang welcomed the minister.</seg></tuv></tu>
</body></tmx>
TMX
"$glossa" tm import "$work/memory.tmx" --tm "$work/memory.sqlite" >/dev/null 2>&1
"$glossa" serve --port "$port" --tm "$work/memory.sqlite" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
mkdir -p docs
"$work/venv/bin/python" scripts/check-page-in-browser.py "http://127.0.0.1:$port/" docs
