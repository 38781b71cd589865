#!/usr/bin/env bash
# Regenerates src/Ballast/Knowledge/Data/debian-<suite>.tsv from Debian's package indexes.
# apt fetches the indexes into a throw-away directory with its own sources list, so the
# machine's apt state is never touched; the C# digest then turns each index into sorted
# rows. Running it twice against the same indexes gives byte-identical files.
#
# Usage: tools/knowledge/debian-packages.sh [SUITE...]   (default: bullseye bookworm trixie)
# The mirror is the Debian one configured in /etc/apt/sources.list.d (override: MIRROR=URI).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out="$root/src/Ballast/Knowledge/Data"
common="$root/tools/knowledge/common-packages.txt"
suites=("$@")
if [ ${#suites[@]} -eq 0 ]; then
  suites=(bullseye bookworm trixie)
fi

mirror=${MIRROR:-$( (cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
  2>/dev/null || true) | grep -o -E 'https?://[^ ]*/debian( |$)' | head -n 1 | tr -d ' ')}
if [ -z "$mirror" ]; then
  echo "debian-packages.sh: no Debian mirror found in /etc/apt; set MIRROR" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
touch "$work/status"
for suite in "${suites[@]}"; do
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg arch=amd64]" \
    "$mirror $suite main" >> "$work/sources.list"
done

apt_options=(
  -o "Dir::Etc::SourceList=$work/sources.list"
  -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$work/lists"
  -o "Dir::Cache=$work/cache"
  -o "Dir::State::Status=$work/status"
  -o "APT::Architecture=amd64"
  -o "Acquire::Languages=none"
  -o "Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false"
)
apt-get "${apt_options[@]}" -q update >&2

dotnet build "$root/tools/knowledge/Ballast.Knowledge.Generator" -c Release \
  -o "$work/generator" --nologo -v quiet -clp:ErrorsOnly >&2
mkdir -p "$out"
for suite in "${suites[@]}"; do
  release=$(ls "$work"/lists/*_dists_"${suite}"_InRelease 2>/dev/null || true)
  packages=$(ls "$work"/lists/*_dists_"${suite}"_main_binary-amd64_Packages* 2>/dev/null || true)
  if [ -z "$release" ] || [ -z "$packages" ]; then
    echo "debian-packages.sh: the mirror does not serve $suite; keep its curated table" >&2
    continue
  fi
  version=$(sed -n 's/^Version: //p' "$release" | head -n 1)
  date=$(date -u -d "$(sed -n 's/^Date: //p' "$release" | head -n 1)" +%Y-%m-%d)
  /usr/lib/apt/apt-helper cat-file "$packages" > "$work/$suite.Packages"
  dotnet "$work/generator/Ballast.Knowledge.Generator.dll" digest "$work/$suite.Packages" \
    "$suite" "$version" "$date" "$common" "$out/debian-$suite.tsv"
  echo "wrote $out/debian-$suite.tsv ($suite $version, index $date)" >&2
done
