#!/usr/bin/env bash
# Idempotently ensure the system packages the tests need:
#   - Debian's python3-oslo.config + python3-keystoneauth1 (interop oracle, run by /usr/bin/python3)
#   - Debian's chromium (/usr/bin/chromium, browser tests)
#   - patch (the diffs of `set --diff` and `migrate --diff` are applied with it)
# Prints one line per thing it checked or did. Installs only when root; otherwise exits 1
# printing the exact command to run.
set -euo pipefail

OSLO_CMD='apt-get update && apt-get install -y --no-install-recommends python3-oslo.config python3-keystoneauth1'
CHROMIUM_CMD='apt-get update && apt-get install -y --no-install-recommends chromium'
PATCH_CMD='apt-get update && apt-get install -y --no-install-recommends patch'

is_root() { [ "$(id -u)" -eq 0 ]; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update >&2
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2
}

have_oslo() { /usr/bin/python3 -c 'import oslo_config, keystoneauth1' >/dev/null 2>&1; }

if have_oslo; then
  echo "ok: python3-oslo.config and python3-keystoneauth1 importable by /usr/bin/python3"
elif is_root; then
  apt_install python3-oslo.config python3-keystoneauth1
  have_oslo || { echo "error: installed python3-oslo.config but /usr/bin/python3 still cannot import oslo_config, keystoneauth1" >&2; exit 1; }
  echo "installed: python3-oslo.config python3-keystoneauth1"
else
  echo "missing: python3-oslo.config/python3-keystoneauth1 for /usr/bin/python3; as root run: $OSLO_CMD" >&2
  exit 1
fi

if [ -x /usr/bin/chromium ]; then
  echo "ok: /usr/bin/chromium present"
elif is_root; then
  apt_install chromium
  [ -x /usr/bin/chromium ] || { echo "error: installed chromium but /usr/bin/chromium is missing" >&2; exit 1; }
  echo "installed: chromium"
else
  echo "missing: /usr/bin/chromium; as root run: $CHROMIUM_CMD" >&2
  exit 1
fi

if command -v patch >/dev/null 2>&1; then
  echo "ok: patch present"
elif is_root; then
  apt_install patch
  command -v patch >/dev/null 2>&1 || { echo "error: installed patch but it is not on PATH" >&2; exit 1; }
  echo "installed: patch"
else
  echo "missing: patch; as root run: $PATCH_CMD" >&2
  exit 1
fi
