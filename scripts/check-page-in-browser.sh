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
source scripts/lib/glossa-server.sh
if ! command -v chromium >/dev/null || [ ! -x /usr/bin/chromedriver ]; then
  echo "Skipping the page check: chromium and chromium-driver are not installed"
  exit 0
fi
if ! python3 -m venv "$work/venv" >/dev/null 2>&1 || ! "$work/venv/bin/pip" install --quiet selenium >/dev/null 2>&1; then
  echo "Skipping the page check: Selenium could not be installed"
  exit 0
fi
glossa=$(glossa_binary)
cat >"$work/memory.tmx" <<'TMX'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test"
adminlang="en" srclang="el" datatype="plaintext"/><body>
<tu><tuv xml:lang="el"><seg>Η Πιονγκγιάνγκ υποδέχθηκε τον υπουργό.</seg></tuv>
<tuv xml:lang="en"><seg>Pyongyang welcomed the minister.</seg></tuv></tu>
</body></tmx>
TMX
"$glossa" tm import "$work/memory.tmx" --tm "$work/memory.sqlite" >/dev/null 2>&1
start_glossa_server "$port" --tm "$work/memory.sqlite"
mkdir -p docs
"$work/venv/bin/python" scripts/check-page-in-browser.py "http://127.0.0.1:$port/" docs
