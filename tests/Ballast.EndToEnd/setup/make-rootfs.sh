#!/usr/bin/env bash
# Debootstraps one Debian root from the machine's own apt mirror and writes two tarballs:
# FULL, the root as an official debian:<suite> image has it, and SLIM, the same root made
# slim as debian:<suite>-slim is. make-base-images.sh caches the tarballs by the hash of this
# file, so editing the image recipes never debootstraps again.
#
# Usage: make-rootfs.sh SUITE FULL.tar SLIM.tar LOG
set -euo pipefail

suite="$1"
full="$2"
slim="$3"
debootstrap_log="$4"
root=""

# The first Debian mirror named for the suite in the machine's apt sources (deb822 or one-line
# format), so the stand-ins fetch from wherever this machine is allowed to reach.
find_mirror() {
  local uri
  uri="$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | awk '{print $2}' | grep -v -- '-security' | grep -i debian | head -n 1 || true)"
  if [ -z "$uri" ]; then
    uri="$(grep -hE "^deb +[^ ]+ +$suite( |$)" /etc/apt/sources.list \
      /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}' | head -n 1 || true)"
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

# Writes the same apt sources an official Debian image carries, pointed at the local mirror.
write_sources() {
  local root="$1" mirror="$2" security
  security="${mirror%/debian}/debian-security"
  rm -f "$root/etc/apt/sources.list"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
}

# Official Debian images keep apt from caching downloaded .deb files; the stand-in does too,
# so image sizes compare like for like.
write_apt_config() {
  local root="$1"
  cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT
  printf 'Acquire::Languages "none";\n' >"$root/etc/apt/apt.conf.d/docker-no-languages"
}

# Official slim images drop documentation, manuals and translations, and keep dpkg from
# installing them later; the slim stand-in does the same to the debootstrapped root.
make_slim() {
  local root="$1"
  cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
DPKG
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$root"/usr/share/{man,groff,info,lintian,linda,locale}/*
}

main() {
  local mirror
  mirror="$(find_mirror)"
  root="$(mktemp -d "$(dirname "$full")/rootfs.XXXXXX")"
  trap 'rm -rf "$root"' EXIT
  echo "make-rootfs: debootstrap $suite (minbase) from $mirror (log: $debootstrap_log)" >&2
  if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$debootstrap_log" 2>&1
  then
    tail -n 20 "$debootstrap_log" >&2
    return 1
  fi
  write_sources "$root" "$mirror"
  write_apt_config "$root"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb \
    "$root"/var/cache/apt/*.bin "$root"/var/log/*.log "$root"/var/log/apt/*
  tar --numeric-owner -C "$root" -cf "$full.partial" . && mv "$full.partial" "$full"
  make_slim "$root"
  tar --numeric-owner -C "$root" -cf "$slim.partial" . && mv "$slim.partial" "$slim"
}

main
