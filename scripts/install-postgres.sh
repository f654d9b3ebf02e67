#!/usr/bin/env bash
# Installs Debian's postgresql (the server programs the team-memory tests start a throwaway
# cluster with, scripts/postgres-cluster.sh) when they are missing and apt-get is at hand.
# Best effort: without them the tests that need a server say they are skipped.
set -uo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then exit 0; fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
echo "Installing: postgresql"
$sudo_cmd apt-get update -qq >/dev/null 2>&1
$sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
  || echo "postgresql could not be installed"
exit 0
