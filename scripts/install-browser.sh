#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the page check
# (scripts/check-page-in-browser.sh), when they are missing and apt-get is at hand. Best effort:
# without them the page check says it is skipped.
set -uo pipefail
if command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then exit 0; fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
echo "Installing: chromium chromium-driver"
$sudo_cmd apt-get update -qq >/dev/null 2>&1
$sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 || echo "chromium could not be installed"
exit 0
