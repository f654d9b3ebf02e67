#!/usr/bin/env bash
# Scores `glossa segment` on UD treebank sentence data laid out as NAME.txt and
# NAME.gold.jsonl, with that data's score.py.
#
# usage: scripts/evaluate-segmenter.sh DATA_DIR [SET...]
# default sets: el_gdt-dev el_gud-dev en_gum-dev en_ewt-dev
# Greek sets are scored twice: with the defaults and with --split-ano-teleia (the UD Greek
# treebanks end a sentence at every ano teleia).
set -euo pipefail
data=${1:?usage: $0 DATA_DIR [SET...]}
shift
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(el_gdt-dev el_gud-dev en_gum-dev en_ewt-dev)

cd "$(dirname "$0")/.."
swift build -c release --product glossa >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for set in "${sets[@]}"; do
  lang=${set%%_*}
  variants=("")
  [ "$lang" = el ] && variants=("" "--split-ano-teleia")
  for flag in "${variants[@]}"; do
    # shellcheck disable=SC2086
    .build/release/glossa segment --lang "$lang" $flag "$data/$set.txt" > "$out/$set.pred"
    score=$(python3 "$data/score.py" "$data/$set.txt" "$data/$set.gold.jsonl" "$out/$set.pred" | grep 'boundaries (all)')
    printf '%-14s %-20s %s\n' "$set" "${flag:-(defaults)}" "$score"
  done
done
