#!/usr/bin/env bash
# Makes offline stand-ins for the official base images the end-to-end tests build on. No
# registry is reachable, so a Debian root is debootstrapped from the machine's own apt mirror,
# imported, and tagged with the official names; the Python images are built on top of it.
#
# Idempotent and cached: it does nothing when every tag already exists in the store and was
# made by the current version of these recipes (a label records their hash), and the
# debootstrap tarballs stay in $BALLAST_E2E_CACHE so a wiped store does not debootstrap again.
set -euo pipefail

cache="${BALLAST_E2E_CACHE:-/var/cache/ballast-e2e}"
driver="${STORAGE_DRIVER:-vfs}"
suite=bookworm
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
buildah=(buildah --storage-driver "$driver")

debian=docker.io/library/debian:bookworm
debian_slim=docker.io/library/debian:bookworm-slim
python_full=docker.io/library/python:3.11-bookworm
python_slim=docker.io/library/python:3.11-slim-bookworm

label=org.ballast.e2e.recipe
recipe="$(cat "$here/make-base-images.sh" "$here"/images/*.Containerfile | sha256sum | cut -c1-16)"
rootfs_recipe="$(sha256sum "$here/make-base-images.sh" | cut -c1-16)"
started=$(date +%s)

log() { echo "make-base-images: [$(( $(date +%s) - started )) s] $*" >&2; }

# True when the tag exists and was made by the current recipes.
has_image() {
  local made
  made="$("${buildah[@]}" inspect --type image \
    --format "{{index .OCIv1.Config.Labels \"$label\"}}" "$1" 2>/dev/null || true)"
  [ "$made" = "$recipe" ]
}

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

# One debootstrap gives both tarballs: the full root, then the same root made slim.
make_rootfs_tarballs() {
  local full="$1" slim="$2" mirror root
  mirror="$(find_mirror)"
  root="$(mktemp -d "$cache/rootfs.XXXXXX")"
  log "debootstrap $suite (minbase) from $mirror (log: $cache/debootstrap.log)"
  if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$cache/debootstrap.log" 2>&1
  then
    tail -n 20 "$cache/debootstrap.log" >&2
    rm -rf "$root"
    return 1
  fi
  write_sources "$root" "$mirror"
  write_apt_config "$root"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb \
    "$root"/var/cache/apt/*.bin "$root"/var/log/*.log "$root"/var/log/apt/*
  tar --numeric-owner -C "$root" -cf "$full.partial" . && mv "$full.partial" "$full"
  make_slim "$root"
  tar --numeric-owner -C "$root" -cf "$slim.partial" . && mv "$slim.partial" "$slim"
  rm -rf "$root"
}

image_id() { "${buildah[@]}" inspect --type image --format '{{.FromImageID}}' "$1" 2>/dev/null || true; }

# A replaced stand-in would linger untagged and, with vfs, hold a full copy of its root.
drop_replaced() {
  local old="$1" tag="$2"
  if [ -n "$old" ] && [ "$old" != "$(image_id "$tag")" ]; then
    "${buildah[@]}" rmi "$old" >/dev/null 2>&1 || true
  fi
}

import_image() {
  local tarball="$1" tag="$2" container old
  old="$(image_id "$tag")"
  log "import $tag"
  container="$("${buildah[@]}" from scratch)"
  "${buildah[@]}" add "$container" "$tarball" / >/dev/null
  "${buildah[@]}" config --cmd '["bash"]' --label "$label=$recipe" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$container"
  "${buildah[@]}" commit --rm -q "$container" "$tag" >/dev/null
  drop_replaced "$old" "$tag"
}

build_image() {
  local containerfile="$1" tag="$2" old
  old="$(image_id "$tag")"
  log "build $tag"
  "${buildah[@]}" build --isolation chroot --pull=never -q --label "$label=$recipe" \
    -f "$here/images/$containerfile" -t "$tag" "$here/images" >/dev/null
  drop_replaced "$old" "$tag"
}

# The debootstrapped roots, made only when an import needs them and not yet cached.
full="$cache/debian-$suite-$rootfs_recipe.tar"
slim="$cache/debian-$suite-slim-$rootfs_recipe.tar"
ensure_rootfs_tarballs() {
  if [ -s "$full" ] && [ -s "$slim" ]; then
    return
  fi
  mkdir -p "$cache"
  rm -f "$cache"/debian-*.tar
  make_rootfs_tarballs "$full" "$slim"
}

main() {
  if has_image "$debian" && has_image "$debian_slim" \
    && has_image "$python_full" && has_image "$python_slim"; then
    log "all stand-ins present ($driver store); nothing to do"
    return
  fi

  # A re-imported Debian image means the Python image on it must be rebuilt too.
  local debian_new=false slim_new=false
  if ! has_image "$debian"; then
    ensure_rootfs_tarballs
    import_image "$full" "$debian"
    debian_new=true
  fi
  if ! has_image "$debian_slim"; then
    ensure_rootfs_tarballs
    import_image "$slim" "$debian_slim"
    slim_new=true
  fi
  if $debian_new || ! has_image "$python_full"; then
    build_image python-full.Containerfile "$python_full"
  fi
  if $slim_new || ! has_image "$python_slim"; then
    build_image python-slim.Containerfile "$python_slim"
  fi

  log "done"
  "${buildah[@]}" images --format '{{.Name}}:{{.Tag}} {{.Size}}' >&2
}

main "$@"
