#!/usr/bin/env bash
# Installs the system libraries Glossa builds against, when they are missing:
# ICU (libicu-dev, icu-devtools for uconv) and SQLite (libsqlite3-dev).
set -euo pipefail

missing=()
[ -f /usr/include/unicode/utrans.h ] || missing+=(libicu-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${missing[@]}"
elif command -v brew >/dev/null 2>&1; then
  brew install icu4c sqlite
else
  echo "Please install ${missing[*]} with your system's package manager." >&2
  exit 1
fi
