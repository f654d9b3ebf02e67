#!/usr/bin/env bash
# Points the real LanguageTool client library (language-tool-python, from PyPI) at a running
# `glossa serve` and checks that it reads Glossa's findings: the rule, the message, the
# replacement, and offsets that cut exactly the flagged text out of what was sent.
#
#   scripts/check-languagetool-client.sh [PORT]
#
# Installs the client into a virtual environment in a temporary folder; exits 0 without testing
# (and says so) when the package index cannot be reached.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18089}
work=$(mktemp -d)
source scripts/lib/glossa-server.sh
if ! python3 -m venv "$work/venv" >/dev/null 2>&1 \
  || ! "$work/venv/bin/pip" install --quiet language-tool-python >/dev/null 2>&1; then
  echo "Skipping the LanguageTool client check: language-tool-python could not be installed"
  exit 0
fi
start_glossa_server "$port"
"$work/venv/bin/python" - "$port" <<'PY'
import sys
import language_tool_python

tool = language_tool_python.LanguageTool("el-GR", remote_server=f"http://127.0.0.1:{sys.argv[1]}")
text = "Η Πιονγκγιάνγκ και η Πιονγιάνγκ. Ήρθε στην πόλη.Σύμφωνα με τον δήμαρχο."
matches = tool.check(text)
found = {m.rule_id: m for m in matches}
assert set(found) == {"inconsistent-spelling", "missing-space-after-punctuation"}, found
for rule, flagged, replacement in [
    ("inconsistent-spelling", "Πιονγιάνγκ", "Πιονγκγιάνγκ"),
    ("missing-space-after-punctuation", "πόλη.Σύμφωνα", "πόλη. Σύμφωνα"),
]:
    match = found[rule]
    assert text[match.offset:match.offset + match.error_length] == flagged, match
    assert match.replacements[:1] == [replacement], match
assert tool.correct(text) == "Η Πιονγκγιάνγκ και η Πιονγκγιάνγκ. Ήρθε στην πόλη. Σύμφωνα με τον δήμαρχο."
print(f"language-tool-python read {len(matches)} findings from glossa serve, offsets and fixes right")
PY
