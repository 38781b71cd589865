#!/usr/bin/env bash
# The whole end-to-end run on a fresh machine of the CI kind (Debian bookworm, root, only the
# apt mirror reachable): install the engines, make the stand-in base images, run the tests.
# Every step is idempotent, so a second run only pays for the tests.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
started=$(date +%s)

step() {
  local name="$1" began
  shift
  began=$(date +%s)
  "$@"
  echo "run.sh: $name took $(( $(date +%s) - began )) s" >&2
}

step "install-engines" "$here/setup/install-engines.sh"
step "make-base-images" "$here/setup/make-base-images.sh"
# The default console logger ends with the one-line "Passed!  - Failed: ..." summary that
# the repository's test.sh counts; pass --logger "console;verbosity=detailed" to see each
# test and the measured sizes.
step "end-to-end tests" dotnet test "$here/Ballast.EndToEnd.csproj" "$@"

echo "run.sh: wall time $(( $(date +%s) - started )) s" >&2
