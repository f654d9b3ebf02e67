#!/usr/bin/env bash
# Installs what Glossa needs from the system, when it is missing: ICU (libicu-dev) and SQLite
# (libsqlite3-dev) to build, and the Modern Greek Hunspell word list (hunspell-el), which
# `glossa lint` uses to tell names from common words.
set -euo pipefail

missing=()
[ -f /usr/include/unicode/utrans.h ] || missing+=(libicu-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
[ -f /usr/share/hunspell/el_GR.dic ] || [ -f /opt/homebrew/share/hunspell/el_GR.dic ] || missing+=(hunspell-el)
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
  # Homebrew has no Greek dictionary package: see the README for installing el_GR.dic.
else
  echo "Please install ${missing[*]} with your system's package manager." >&2
  exit 1
fi
