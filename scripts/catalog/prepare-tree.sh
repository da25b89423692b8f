#!/usr/bin/env bash
# Prepare the unpacked Debian trees of the given suites (default: bookworm), idempotently: see prepare_tree.py.
#   scripts/catalog/prepare-tree.sh [bullseye|bookworm|trixie ...] [--refresh]
# Run as root on Debian 12. Prints one line per step; a prepared tree is reported and left as it is.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- bookworm
exec /usr/bin/python3 "$here/prepare_tree.py" "$@"
