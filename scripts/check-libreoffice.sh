#!/usr/bin/env bash
# Points LibreOffice's own LanguageTool client at a running `glossa serve` (the setting "Tools >
# Options > Language Settings > LanguageTool Server") and checks that Writer's proofreading reads
# Glossa's findings with the right places and fixes (scripts/check-libreoffice.py).
#
#   scripts/check-libreoffice.sh [PORT]
#
# Needs LibreOffice 7.4 or later and its Python bridge (Debian: libreoffice-writer-nogui,
# python3-uno; scripts/install-check-tools.sh); says so and exits 0 without them.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18093}
work=$(mktemp -d)
source scripts/lib/glossa-server.sh
if ! command -v soffice >/dev/null || ! /usr/bin/python3 -c "import uno" >/dev/null 2>&1; then
  echo "Skipping the LibreOffice check: LibreOffice or its Python bridge (python3-uno) is not installed"
  exit 0
fi
start_glossa_server "$port"
/usr/bin/python3 scripts/check-libreoffice.py "$port" "$work/profile"
