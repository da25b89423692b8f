#!/usr/bin/env bash
# Check that the catalog holds nothing of the machine that generated it: generate it again in new UTS and
# network namespaces (another hostname, no network interface but a loopback that is down), with another
# HOME and TMPDIR and a current directory elsewhere, into a scratch directory, and compare every file with
# the repository's byte for byte. Then search the repository's outputs for this machine's hostname, IP
# addresses, home, cache and work directories.
#   scripts/catalog/check-neutral.sh [victoria|zed|epoxy ...]     (as root, after generate.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ $# -gt 0 ] || set -- victoria zed epoxy
cache=${XDG_CACHE_HOME:-$HOME/.cache}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/home" "$out/tmp" "$out/cwd"
unshare --uts --net /bin/sh -c '
  hostname neutral-check-host
  cd "$1"; home=$2 tmp=$3 cache=$4 gen=$5 out=$6; shift 6
  HOME="$home" TMPDIR="$tmp" XDG_CACHE_HOME="$cache" /usr/bin/python3 "$gen" --out "$out" "$@"
' sh "$out/cwd" "$out/home" "$out/tmp" "$cache" "$here/generate.py" "$out" "$@" >"$out/log" 2>&1 || {
  cat "$out/log" >&2; exit 1; }
status=0
for r in "$@"; do
  for f in "$out"/catalog/"$r"/*.json "$out"/test/fixtures/catalog/"$r"/*.conf; do
    rel=${f#"$out"/}
    if ! cmp -s "$f" "$repo/$rel"; then echo "differs: $rel"; status=1; fi
  done
done
[ $status -eq 0 ] && echo "same: every output of $* generated under hostname neutral-check-host without network"
# Markers of this machine in the repository's outputs: the hostname as a name of its own (not inside a
# longer name such as oracle-vm-server), the IP addresses, the home, cache, work and temporary directories.
host=$(hostname)
pats=("(?<![A-Za-z0-9_.-])$(printf '%s' "$host" | sed 's/[.]/\\./g')(?![A-Za-z0-9_-])")
for m in "$HOME/" "$cache" /work/ /tmp/ .cache/ $(hostname -I); do
  pats+=("$(printf '%s' "$m" | sed 's/[][\\.*^$()+?{}|]/\\&/g')")
done
files=(catalog/*/*.json catalog/manifest.json test/fixtures/catalog/*/*.conf)
for p in "${pats[@]}"; do
  hits=$(cd "$repo" && grep -o -h -P ".{0,40}$p.{0,30}" "${files[@]}" | sort | uniq -c || true)
  if [ -z "$hits" ]; then
    echo "grep -P '$p': no match"
  else
    echo "grep -P '$p': matches (review: upstream text, or a value of this machine?)"
    printf '%s\n' "$hits" | head -8
  fi
done
exit $status
