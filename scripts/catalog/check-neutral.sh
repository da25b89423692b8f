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
  cd "$1"; shift
  HOME="$1" TMPDIR="$2" XDG_CACHE_HOME="$3" /usr/bin/python3 "$4" --out "$5" "$@"
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
# Markers of this machine in the repository's outputs.
marks=("$(hostname)" "$HOME/" "$cache" /work/ /tmp/ .cache/)
for ip in $(hostname -I); do marks+=("$ip"); done
for m in "${marks[@]}"; do
  if [ "$m" = "$(hostname)" ]; then args=(-w -F -e "$m"); else args=(-F -e "$m"); fi
  n=$(cd "$repo" && grep -l "${args[@]}" catalog/*/*.json catalog/manifest.json test/fixtures/catalog/*/*.conf 2>/dev/null | wc -l)
  echo "grep $(printf %q "$m"): $n files"
  if [ "$n" -gt 0 ]; then
    (cd "$repo" && grep -o -h "${args[@]}" catalog/*/*.json test/fixtures/catalog/*/*.conf | sort | uniq -c | head -3)
    (cd "$repo" && grep -o -h -E ".{0,50}$(printf '%s' "$m" | sed 's/[.[\*^$/]/\\&/g').{0,30}" catalog/*/*.json test/fixtures/catalog/*/*.conf | sort | uniq -c | head -8)
  fi
done
exit $status
