#!/usr/bin/env bash
# Installs the container engines and the tools the end-to-end tests need to make their own
# base images. Safe to run again: packages already present are not touched and apt is not
# even consulted when everything is installed.
set -euo pipefail

packages=(buildah podman debootstrap fuse-overlayfs uidmap ca-certificates)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'
  then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-engines: all present (${packages[*]})"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-engines: must run as root to install: ${missing[*]}" >&2
  exit 1
fi

echo "install-engines: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp -t install-engines.XXXXXX.log)"
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
  >"$log" 2>&1
then
  tail -n 30 "$log" >&2
  echo "install-engines: apt failed; full log in $log" >&2
  exit 1
fi
rm -f "$log"
