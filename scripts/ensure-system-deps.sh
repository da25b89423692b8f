#!/usr/bin/env bash
# Idempotently ensure the system packages the tests need:
#   - Debian's python3-oslo.config + python3-keystoneauth1 (interop oracle, run by /usr/bin/python3), and
#     python3-keystonemiddleware + python3-oslo.messaging (what the security rules say those libraries do)
#   - Debian's chromium (/usr/bin/chromium, browser tests)
#   - Debian's crudini, python3-yaml and python3-jinja2 (the deployment tools' merges of the exports)
#   - the catalog's services as Debian 11, 12 and 13 package them, unpacked into a cache (scripts/catalog/prepare_tree.py)
#   - patch (the diffs of `set --diff` and `migrate --diff` are applied with it)
# Prints one line per thing it checked or did. Installs only when root; otherwise exits 1
# printing the exact command to run.
set -euo pipefail

OSLO_PACKAGES='python3-oslo.config python3-keystoneauth1 python3-keystonemiddleware python3-oslo.messaging'
OSLO_CMD="apt-get update && apt-get install -y --no-install-recommends $OSLO_PACKAGES"
CHROMIUM_CMD='apt-get update && apt-get install -y --no-install-recommends chromium'
MERGE_CMD='apt-get update && apt-get install -y --no-install-recommends crudini python3-yaml python3-jinja2'
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

have_oslo() { /usr/bin/python3 -c 'import oslo_config, keystoneauth1, keystonemiddleware.auth_token, oslo_messaging' >/dev/null 2>&1; }

if have_oslo; then
  echo "ok: $OSLO_PACKAGES importable by /usr/bin/python3"
elif is_root; then
  # shellcheck disable=SC2086
  apt_install $OSLO_PACKAGES
  have_oslo || { echo "error: installed $OSLO_PACKAGES but /usr/bin/python3 still cannot import oslo_config, keystoneauth1, keystonemiddleware, oslo_messaging" >&2; exit 1; }
  echo "installed: $OSLO_PACKAGES"
else
  echo "missing: one of $OSLO_PACKAGES for /usr/bin/python3; as root run: $OSLO_CMD" >&2
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

have_merge_tools() { [ -x /usr/bin/crudini ] && /usr/bin/python3 -c 'import yaml, jinja2' >/dev/null 2>&1; }

if have_merge_tools; then
  echo "ok: crudini present, python3-yaml and python3-jinja2 importable by /usr/bin/python3"
elif is_root; then
  apt_install crudini python3-yaml python3-jinja2
  have_merge_tools || { echo "error: installed crudini python3-yaml python3-jinja2 but they are still missing" >&2; exit 1; }
  echo "installed: crudini python3-yaml python3-jinja2"
else
  echo "missing: crudini/python3-yaml/python3-jinja2; as root run: $MERGE_CMD" >&2
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

# The catalog's services as Debian 12 packages them, unpacked into a cache and never installed: the interop and
# browser tests register a service's own options from them (scripts/catalog/README.md). The upgrade tests read
# files with the options of Debian 11's and 13's too. A prepared tree is reported and left alone; without root, a
# missing one stops here with the command to run.
for suite in bookworm trixie bullseye; do
  /usr/bin/python3 scripts/catalog/prepare_tree.py "$suite"
done
