#!/usr/bin/env bash
# Measures `glossa glossary discover` on aligned development articles against hand-checked
# name pairs: aligns the article pairs, discovers, and prints precision (proposals seen at
# least twice whose English name and every Greek form are right) and recall (listed names
# proposed).
#
#   scripts/evaluate-discovery.sh DIR [EXPECTED.tsv]
#
# DIR holds en/ and el/ folders of article pairs with one sentence a line (the NTREX layout).
set -euo pipefail
dir=${1:?usage: scripts/evaluate-discovery.sh DIR [EXPECTED.tsv]}
expected=${2:-"$(dirname "$0")/data/discovery-ntrex-dev.tsv"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product glossa >/dev/null
glossa=$(swift build -c release --show-bin-path)/glossa
"$glossa" align --presegmented --source-lang en --target-lang el -o "$work/aligned.tmx" "$dir/en" "$dir/el" 2>/dev/null
"$glossa" glossary discover --tmx "$work/aligned.tmx" --min-count 2 > "$work/proposals.jsonl"
python3 - "$work/proposals.jsonl" "$expected" <<'PY'
import json, sys
proposals = [json.loads(line) for line in open(sys.argv[1])]
expected = {}
for line in open(sys.argv[2]):
    if line.startswith('#') or not line.strip():
        continue
    english, forms = line.rstrip('\n').split('\t')
    expected[english] = set(forms.split('|'))
right, wrong = 0, []
found = set()
for proposal in proposals:
    forms = {variant['form'] for variant in proposal['variants']}
    english = proposal['en']
    # A proposal for part of a listed name (Korea of North Korea) is right when its forms are.
    names = [name for name in expected if english == name or (english and english in name.split())]
    if any(forms <= expected[name] for name in names):
        right += 1
        found.update(name for name in names if forms <= expected[name])
    else:
        wrong.append(f"{english}: {' | '.join(sorted(forms))}")
missed = sorted(set(expected) - found)
print(f"proposals seen twice or more: {len(proposals)}, right {right}, precision {right / max(1, len(proposals)):.3f}")
print(f"listed names: {len(expected)}, proposed {len(expected) - len(missed)}, recall {(len(expected) - len(missed)) / max(1, len(expected)):.3f}")
for line in wrong:
    print("  wrong:", line)
for name in missed:
    print("  missed:", name)
PY
