#!/usr/bin/env bash
# Produces every file format Glossa writes from the shipped examples and validates each
# against the official schemas:
#
#   TMX 1.4b (align, tm export)      DTD, with xmllint
#   TBX v3 (glossary export)         TBX core structure (RELAX NG, jing) and the TBX-Basic
#                                    DCA constraints (ISO Schematron, run with Saxon)
#   TBX v2 (glossary export)         well-formed XML (no official v2 schema is at hand)
#   TBX-Basic examples               imported, exported again and validated the same way
#   SRX 2.0 (segment --format srx)   XML schema, with xmllint
#   SARIF 2.1.0 (lint, tm check)     JSON schema, with Python's jsonschema
#
# Usage: scripts/validate-formats.sh SCHEMA_DIR
#
# SCHEMA_DIR holds tmx14.dtd, TBXcoreStructV03.rng, TBX-Basic_DCA.sch, the Schematron
# skeleton under schematron/, srx20.xsd, sarif-schema-2.1.0.json and, optionally, the
# official TBX-Basic examples (Example_*.tbx). The validators come from Debian packages
# libxml2-utils, jing and libsaxonhe-java, and from PyPI's jsonschema
# (scripts/install-validators.sh installs them, the last as python3-jsonschema).
#
# Exits non-zero when any file is invalid; prints one line per check.
set -euo pipefail

schemas=${1:?usage: scripts/validate-formats.sh SCHEMA_DIR}
schemas=$(cd "$schemas" && pwd)
cd "$(dirname "$0")/.."
root=$(pwd)

swift build --product glossa >/dev/null
glossa="$root/.build/debug/glossa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

saxon_jar=/usr/share/java/Saxon-HE.jar
saxon() { java -cp "$saxon_jar" net.sf.saxon.Transform "$@"; }

failures=0
report() {
  # report NAME STATUS DETAIL
  if [ "$2" = ok ]; then
    printf 'ok    %s\n' "$1"
  else
    printf 'FAIL  %s: %s\n' "$1" "$3"
    failures=$((failures + 1))
  fi
}

check_dtd() {
  local name=$1 file=$2 out
  if out=$(xmllint --noout --dtdvalid "$schemas/tmx14.dtd" "$file" 2>&1); then
    report "$name (TMX 1.4b DTD)" ok
  else
    report "$name (TMX 1.4b DTD)" fail "$(printf '%s\n' "$out" | head -5)"
  fi
}

# The TBX-Basic Schematron compiled once into XSLT.
tbx_basic_xsl="$work/tbx-basic.xsl"
saxon -s:"$schemas/TBX-Basic_DCA.sch" -xsl:"$schemas/schematron/iso_dsdl_include.xsl" -o:"$work/t1.sch"
saxon -s:"$work/t1.sch" -xsl:"$schemas/schematron/iso_abstract_expand.xsl" -o:"$work/t2.sch"
saxon -s:"$work/t2.sch" -xsl:"$schemas/schematron/iso_svrl_for_xslt2.xsl" -o:"$tbx_basic_xsl"

check_tbx3() {
  local name=$1 file=$2 out failed
  # jing warns about optional Java libraries it cannot find; only its errors count.
  if out=$(jing "$schemas/TBXcoreStructV03.rng" "$file" 2>&1 | grep -v '^\[warning\]'); [ -z "$out" ]; then
    report "$name (TBX v3 core structure)" ok
  else
    report "$name (TBX v3 core structure)" fail "$(printf '%s\n' "$out" | wc -l) errors; first: $(printf '%s\n' "$out" | head -1)"
  fi
  saxon -s:"$file" -xsl:"$tbx_basic_xsl" -o:"$work/report.svrl"
  failed=$(grep -o '<svrl:failed-assert' "$work/report.svrl" | wc -l || true)
  if [ "$failed" -eq 0 ]; then
    report "$name (TBX-Basic Schematron)" ok
  else
    report "$name (TBX-Basic Schematron)" fail "$failed failed asserts; first: $(grep -A2 -m1 '<svrl:failed-assert' "$work/report.svrl" | tr -s ' \n' ' ')"
  fi
}

check_well_formed() {
  local name=$1 file=$2 out
  if out=$(xmllint --noout "$file" 2>&1); then
    report "$name (well-formed XML)" ok
  else
    report "$name (well-formed XML)" fail "$(printf '%s\n' "$out" | head -3)"
  fi
}

check_srx() {
  local name=$1 file=$2 out
  if out=$(xmllint --noout --schema "$schemas/srx20.xsd" "$file" 2>&1); then
    report "$name (SRX 2.0 schema)" ok
  else
    report "$name (SRX 2.0 schema)" fail "$(printf '%s\n' "$out" | head -3)"
  fi
}

check_sarif() {
  local name=$1 file=$2 out
  if out=$(python3 - "$schemas/sarif-schema-2.1.0.json" "$file" 2>&1 <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
document = json.load(open(sys.argv[2]))
errors = list(jsonschema.Draft7Validator(schema).iter_errors(document))
for error in errors[:5]:
    print("/".join(map(str, error.absolute_path)) + ": " + error.message)
sys.exit(1 if errors else 0)
PY
  ); then
    report "$name (SARIF 2.1.0 schema)" ok
  else
    report "$name (SARIF 2.1.0 schema)" fail "$out"
  fi
}

# TMX: an aligned document, and a memory exported.
"$glossa" align examples/align/athens-heatwave.el.txt examples/align/athens-heatwave.en.txt \
  -o "$work/aligned.tmx" 2>/dev/null
check_dtd "align" "$work/aligned.tmx"
"$glossa" tm import "$work/aligned.tmx" --tm "$work/memory.glossa-tm" >/dev/null 2>&1
"$glossa" tm export --tm "$work/memory.glossa-tm" -o "$work/exported.tmx"
check_dtd "tm export" "$work/exported.tmx"

# TBX: the shipped glossaries in both versions.
"$glossa" glossary export --format tbx -o "$work/glossary-v3.tbx"
check_tbx3 "glossary export --format tbx" "$work/glossary-v3.tbx"
"$glossa" glossary export --format tbx2 -o "$work/glossary-v2.tbx"
check_well_formed "glossary export --format tbx2" "$work/glossary-v2.tbx"

# The official TBX-Basic examples: imported, exported again, validated.
for example in "$schemas"/Example_*.tbx; do
  [ -e "$example" ] || continue
  base=$(basename "$example" .tbx)
  "$glossa" glossary import "$example" -o "$work/$base.glossary" 2>/dev/null
  "$glossa" glossary export --glossary "$work/$base.glossary" --format tbx -o "$work/$base.tbx"
  check_tbx3 "$base imported and exported" "$work/$base.tbx"
done

# SRX: the rules of both languages.
for lang in el en; do
  "$glossa" segment --lang "$lang" --format srx > "$work/glossa-$lang.srx"
  check_srx "segment --lang $lang --format srx" "$work/glossa-$lang.srx"
done

# SARIF: lint of every example article, and a memory check.
"$glossa" lint --format sarif examples/*.txt examples/*.md examples/*.html > "$work/lint.sarif" || true
check_sarif "lint --format sarif" "$work/lint.sarif"
"$glossa" tm check --tm "$work/memory.glossa-tm" --format sarif > "$work/check.sarif" || true
check_sarif "tm check --format sarif" "$work/check.sarif"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "every format valid"
