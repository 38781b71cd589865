#!/usr/bin/env bash
# Compares Ballast's image read throughput with the decompression floor:
# `tar -xzOf layer.tar.gz > /dev/null` on the same layer. Usage: run.sh [MEGABYTES] [DIR]
# Rounds interleave the two so that load from other processes hits both alike; wall-clock
# and CPU time (user + system) are both reported, best of each.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
size=${1:-512}
work=${2:-$(mktemp -d)}
rounds=${ROUNDS:-3}
dotnet build "$here" -c Release -o "$work/bin" --nologo -v quiet -clp:ErrorsOnly >&2
bench() { dotnet "$work/bin/Ballast.Bench.Images.dll" "$@"; }
value() { awk -v k="$1" '$1 == k {print $2}'; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (b < a ? b : a) }'; }

[ -f "$work/image.tar" ] || bench generate "$work" "$size" > "$work/generated.txt"
bytes=$(value uncompressed_bytes < "$work/generated.txt")

floor=999999; floor_cpu=999999; verify=999999; verify_cpu=999999
trust=999999; trust_cpu=999999; rss=0
TIMEFORMAT='%R %U %S'
for _ in $(seq "$rounds"); do
  read -r real user sys < <({ time tar -xzOf "$work/layer.tar.gz" > /dev/null; } 2>&1)
  floor=$(min "$floor" "$real")
  floor_cpu=$(min "$floor_cpu" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
  out=$(bench read "$work/image.tar" verify)
  verify=$(min "$verify" "$(value seconds <<< "$out")")
  verify_cpu=$(min "$verify_cpu" "$(value cpu_seconds <<< "$out")")
  rss=$(value peak_working_set_mb <<< "$out")
  out=$(bench read "$work/image.tar" trust)
  trust=$(min "$trust" "$(value seconds <<< "$out")")
  trust_cpu=$(min "$trust_cpu" "$(value cpu_seconds <<< "$out")")
done

awk -v b="$bytes" -v c="$(stat -c %s "$work/layer.tar.gz")" -v r="$rss" \
  -v f="$floor" -v fc="$floor_cpu" -v v="$verify" -v vc="$verify_cpu" \
  -v t="$trust" -v tc="$trust_cpu" 'BEGIN {
  mb = b / 1048576
  printf "layer: %.0f MiB uncompressed, %.0f MiB gzip\n", mb, c / 1048576
  printf "%-24s %8s %10s %7s %8s %7s\n", "", "wall s", "MiB/s", "ratio", "cpu s", "ratio"
  printf "%-24s %8.2f %10.1f %7s %8.2f %7s\n", "tar -xzOf (floor)", f, mb / f, "1.00", fc, "1.00"
  printf "%-24s %8.2f %10.1f %7.2f %8.2f %7.2f\n", "ballast, digests on", v, mb / v, f / v, vc, fc / vc
  printf "%-24s %8.2f %10.1f %7.2f %8.2f %7.2f\n", "ballast, digests off", t, mb / t, f / t, tc, fc / tc
  printf "ballast peak working set: %d MiB\n", r
}'
