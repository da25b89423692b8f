#!/usr/bin/env bash
# Regenerate the catalog: prepare the trees of the releases' Debian suites, run the generator, then write what each
# option's real type checks beyond the generator's output (write_facts.py).
#   scripts/catalog/generate.sh [victoria|zed|epoxy ...]      (default: all three)
# Run as root on Debian 12, from anywhere; writes catalog/ and test/fixtures/catalog/ of this repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- victoria zed epoxy
suites=()
for r in "$@"; do
  case "$r" in
    victoria) suites+=(bullseye) ;;
    zed) suites+=(bookworm) ;;
    epoxy) suites+=(trixie) ;;
    *) echo "unknown release: $r (victoria, zed or epoxy)" >&2; exit 2 ;;
  esac
done
/usr/bin/python3 "$here/prepare_tree.py" "${suites[@]}"
/usr/bin/python3 "$here/generate.py" "$@"
exec /usr/bin/python3 "$here/write_facts.py" "$@"
