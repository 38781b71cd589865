#!/usr/bin/env bash
# Lints the catalog benchmark's generated corpus with ballast and with dockerfile-utils (the
# linter behind the VS Code Docker extension), each in one process over the whole corpus,
# and prints files per second for both and their ratio. Installs Node.js and npm from the
# distribution when missing (needs root) and dockerfile-utils into a temporary npm prefix.
# Usage: [BALLAST=path] bench/compare-linter/compare.sh [COUNT]   (default 2000 files)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${1:-2000}
utils_version=0.16.3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "== installing nodejs and npm" >&2
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi

echo "== writing $count Dockerfiles" >&2
dotnet run -c Release --project "$root/bench/Ballast.Bench.Catalog" -- \
  --write "$work/corpus" "$count" >&2

echo "== installing dockerfile-utils@$utils_version into $work/npm" >&2
npm install --prefix "$work/npm" --no-audit --no-fund --silent \
  "dockerfile-utils@$utils_version" >&2

# BALLAST may name another build, such as a native one from dotnet publish -p:PublishAot=true.
ballast=${BALLAST:-$root/ballast}
echo "== building ballast" >&2
"$ballast" --version >/dev/null 2>&1 || true

# Runs one whole process and prints "wall user system" in seconds. CPU time is the fairer
# figure on a shared machine, where wall-clock time mostly measures the other jobs.
measure() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" >"$work/out" 2>"$work/err" || [ $? -le 1 ]; } 2>&1
}

read -r ballast_wall ballast_user ballast_system < <(measure "$ballast" check \
  "$work/corpus" --format json --fail-on none)
ballast_findings=$(grep -c '"rule": ' "$work/out" || true)
read -r utils_wall utils_user utils_system < <(measure env \
  NODE_PATH="$work/npm/node_modules" node "$root/bench/compare-linter/lint-all.js" \
  "$work/corpus")
utils_inner=$(cat "$work/out")

awk -v n="$count" -v cores="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
  -v bw="$ballast_wall" -v bu="$ballast_user" -v bs="$ballast_system" \
  -v uw="$utils_wall" -v uu="$utils_user" -v us="$utils_system" \
  -v bf="$ballast_findings" -v inner="$utils_inner" 'BEGIN {
    printf "files: %d, cores: %d, load average: %s\n", n, cores, load
    printf "%-18s %9s %9s %14s %14s\n", "linter", "wall s", "cpu s", "files/s wall",
      "files/s cpu"
    printf "%-18s %9.2f %9.2f %14.0f %14.0f\n", "ballast", bw, bu + bs, n / bw,
      n / (bu + bs)
    printf "%-18s %9.2f %9.2f %14.0f %14.0f\n", "dockerfile-utils", uw, uu + us, n / uw,
      n / (uu + us)
    printf "ratio ballast / dockerfile-utils: %.2f (wall), %.2f (cpu)\n",
      uw / bw, (uu + us) / (bu + bs)
    printf "ballast findings: %d; dockerfile-utils in-process: %s\n", bf, inner
  }'
