#!/usr/bin/env bash
# Scores `glossa align` on sentence-alignment development data laid out as SET/SRC/NNN,
# SET/TGT/NNN and SET/gold/NNN (one sentence per line, gold beads "[i]:[j]"), with that
# data's score.py, and reports how often confident beads are right.
#
# usage: scripts/evaluate-aligner.sh DATA_DIR
# sets: ntrex-elen-noisy-dev and ntrex-elen-clean-dev (en -> el), textberg-defr-dev (de -> fr,
# files dev.de, dev.fr, dev.gold)
set -euo pipefail
data=${1:?usage: $0 DATA_DIR}
cd "$(dirname "$0")/.."
swift build -c release --product glossa >/dev/null
glossa=.build/release/glossa
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Share of beads at or above a confidence that are exactly right (confidence is the third field).
calibration() {
  python3 - "$1" "$2" <<'PY'
import os, re, sys
pred, gold = sys.argv[1], sys.argv[2]
def beads(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\](?::\s*([0-9.]+))?", line)
        if m:
            side = lambda f: tuple(int(x) for x in re.split(r"[,\s]+", f) if x)
            rows.append((side(m.group(1)), side(m.group(2)), float(m.group(3) or 0)))
    return rows
names = sorted(os.listdir(pred)) if os.path.isdir(pred) else [None]
scored = []
for name in names:
    p = os.path.join(pred, name) if name else pred
    g = os.path.join(gold, name) if name else gold
    truth = {(a, b) for a, b, _ in beads(g)}
    scored += [(c, (a, b) in truth) for a, b, c in beads(p)]
for threshold in (0.9, 0.5):
    sure = [ok for c, ok in scored if c >= threshold]
    share = sum(sure) / len(sure) if sure else float("nan")
    print(f"  confidence >= {threshold}: {len(sure)} of {len(scored)} beads, {share:.1%} right")
PY
}

for set in ntrex-elen-noisy-dev ntrex-elen-clean-dev; do
  "$glossa" align --quiet --presegmented --format beads --source-lang en --target-lang el \
    -o "$out/$set" "$data/$set/en" "$data/$set/el"
  echo "$set"
  python3 "$data/score.py" --test-dir "$out/$set" --gold-dir "$data/$set/gold" | grep -E "F1|Precision|Recall"
  calibration "$out/$set" "$data/$set/gold"
done

set=textberg-defr-dev
mkdir -p "$out/de" "$out/fr"
cp "$data/$set/dev.de" "$out/de/dev"
cp "$data/$set/dev.fr" "$out/fr/dev"
"$glossa" align --quiet --presegmented --format beads --source-lang de --target-lang fr \
  -o "$out/$set" "$out/de" "$out/fr"
echo "$set"
python3 "$data/score.py" -t "$out/$set/dev" -g "$data/$set/dev.gold" | grep -E "F1|Precision|Recall"
calibration "$out/$set/dev" "$data/$set/dev.gold"
