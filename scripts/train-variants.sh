#!/usr/bin/env bash
# Trains the variant decision on labelled name pairs and writes the weights the library
# embeds; prints the entity-disjoint cross-validation table (beside the shipped model's, in
# the same folds), the reliability table and the weights. Needs python3 with numpy.
#
# usage: scripts/train-variants.sh DATA_DIR [--dry-run|--write] [train-variants.py options]
#   DATA_DIR holds dev-pairs.tsv (pair_id, a, b, label, script_pair, relation, subset, source).
#   --dry-run reports without replacing Sources/GlossaNames/Embedded/variant-model.tsv;
#   --write replaces it. Options after that (--errors N) go to train-variants.py.
set -euo pipefail
data=${1:?usage: $0 DATA_DIR [--dry-run|--write] [train-variants.py options]}
pairs=$data/dev-pairs.tsv
cd "$(dirname "$0")/.."
model=Sources/GlossaNames/Embedded/variant-model.tsv
swift build -c release --product glossa >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cut -f2,3 "$pairs" | .build/release/glossa variants --pairs - | cut -f1 > "$out/shipped"
cut -f2,3 "$pairs" | .build/release/glossa variants --features --pairs - > "$out/features"
python3 scripts/train-variants.py --make-negatives "$pairs" > "$out/shuffled.tsv"
cut -f2,3 "$out/shuffled.tsv" | .build/release/glossa variants --features --pairs - > "$out/shuffled-features"
write=(--write "$out/model.tsv" --negatives "$out/shuffled.tsv" "$out/shuffled-features")
shipped_threshold=$(awk -F'\t' '$1 == "threshold" { print $2 }' "$model")
python3 scripts/train-variants.py "$pairs" "$out/features" --baseline "$out/shipped" \
  --baseline-threshold "$shipped_threshold" "${write[@]}" "${@:3}"
if [ "${2:-}" = "--write" ]; then
  mv "$out/model.tsv" "$model"
  echo "wrote $model; rebuild to use it"
fi
