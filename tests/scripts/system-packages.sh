#!/usr/bin/env bash
# The distribution's packages the tests use beside Python's: faketime (the suite run years ahead) and
# Chromium with its driver (the workspace's browser tests). Installed only where missing; nothing is
# downloaded outside the package registries. Everything goes to stderr.
set -euo pipefail
log() { echo "system-packages.sh: $*" >&2; }
missing=()
command -v faketime >/dev/null || missing+=(faketime)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  log "missing ${missing[*]} and cannot install them here (needs root and apt-get): install them, or the tests that need them skip with the reason"
  exit 0
fi
log "installing ${missing[*]} from the distribution's packages"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
