#!/usr/bin/env bash
# Scores `glossa variants --pairs` on labelled name pairs (pair_id, a, b, … columns) with
# that data's score.py.
#
# usage: scripts/evaluate-variants.sh DATA_DIR [PAIRS_FILE]
set -euo pipefail
data=${1:?usage: $0 DATA_DIR [PAIRS_FILE]}
pairs=${2:-$data/dev-pairs.tsv}
cd "$(dirname "$0")/.."
swift build -c release --product glossa >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cut -f2,3 "$pairs" | .build/release/glossa variants --pairs - > "$out/scores"
{ printf 'pair_id\tscore\n'; paste <(tail -n +2 "$pairs" | cut -f1) <(cut -f1 "$out/scores"); } > "$out/pred.tsv"
# Scores are probabilities; the shipped model decides "same name" from its own threshold.
threshold=$(awk -F'\t' '$1 == "threshold" { print $2 }' Sources/GlossaNames/Embedded/variant-model.tsv)
python3 "$data/score.py" "$out/pred.tsv" --pairs "$pairs" --threshold "$threshold"
