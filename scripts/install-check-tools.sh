#!/usr/bin/env bash
# Installs, when missing and apt-get is at hand, the Debian packages the end-to-end checks drive:
# chromium and chromium-driver for the page (scripts/check-page-in-browser.sh), LibreOffice
# Writer and its Python bridge for LanguageTool's remote checking in Writer
# (scripts/check-libreoffice.sh). Best effort: a check whose tools are missing says it is skipped.
set -uo pipefail
if ! command -v apt-get >/dev/null 2>&1; then exit 0; fi
missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || missing+=(python3-uno)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo_cmd apt-get update -qq >/dev/null 2>&1
$sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
  || echo "could not install all of: ${missing[*]}"
exit 0
