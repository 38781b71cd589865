#!/usr/bin/env bash
# Runs every test of Ballast on a fresh machine: the unit and property tests, then the
# end-to-end tests, which install Buildah and Podman from Debian's packages (as root), make
# stand-in base images, and build and run real images. Ends with one line "N passed, N failed".
# Set BALLAST_SKIP_E2E=1 to run only the unit tests.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

echo "== unit and property tests"
dotnet test "$root/tests/Ballast.Tests/Ballast.Tests.csproj" --nologo 2>&1 | tee -a "$log" \
  || status=1

if [ "${BALLAST_SKIP_E2E:-0}" != "1" ] && [ -x "$root/tests/Ballast.EndToEnd/run.sh" ]; then
  echo "== end-to-end tests"
  "$root/tests/Ballast.EndToEnd/run.sh" 2>&1 | tee -a "$log" || status=1
fi

# dotnet test prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ..." per test assembly.
read -r passed failed < <(awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
    gsub(/,/, ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) } }
  END { print p + 0, f + 0 }' "$log")
if [ "$passed" -eq 0 ]; then
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
