#!/usr/bin/env bash
# Writes the expected dpkg ordering of each pair in dpkg-version-pairs.txt, as dpkg itself
# decides it, to the test data file. Run on a machine with dpkg; the tests only read the result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../tests/Ballast.Tests/Cases/Vulnerabilities/dpkg-version-pairs.tsv"

{
  echo "# left	right	order (dpkg --compare-versions $(dpkg-query -W -f='${Version}' dpkg))"
  grep -v '^#' "$here/dpkg-version-pairs.txt" | while read -r left right; do
    [ -n "$left" ] || continue
    if dpkg --compare-versions "$left" lt "$right" 2>/dev/null; then order="<"
    elif dpkg --compare-versions "$left" gt "$right" 2>/dev/null; then order=">"
    else order="="; fi
    printf '%s\t%s\t%s\n' "$left" "$right" "$order"
  done
} > "$out"
echo "wrote $(grep -vc '^#' "$out") pairs to $out"
