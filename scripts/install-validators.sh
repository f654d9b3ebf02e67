#!/usr/bin/env bash
# Installs, when missing, the independent validators scripts/validate-formats.sh runs:
# xmllint (libxml2-utils) for the TMX DTD and the SRX schema, jing for RELAX NG, Saxon-HE
# (libsaxonhe-java) for the TBX-Basic Schematron, and Python's jsonschema for SARIF.
set -euo pipefail

missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v jing >/dev/null 2>&1 || missing+=(jing)
[ -f /usr/share/java/Saxon-HE.jar ] || missing+=(libsaxonhe-java)
python3 -c 'import jsonschema' 2>/dev/null || missing+=(python3-jsonschema)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install ${missing[*]} with your system's package manager." >&2
  exit 1
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq "${missing[@]}"
