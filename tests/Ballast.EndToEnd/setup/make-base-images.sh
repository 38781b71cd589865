#!/usr/bin/env bash
# Makes offline stand-ins for the official base images the end-to-end tests build on. No
# registry is reachable, so a Debian root is debootstrapped from the machine's own apt mirror
# (make-rootfs.sh), imported, and tagged with the official names; the language images are
# built on top of it from Debian's own packages (images/*.Containerfile).
#
# Idempotent and cached: each image carries a label with the hash of its recipe (its
# Containerfile, the function that makes it and its parent's recipe), so only images whose
# recipe changed, or whose parent was made again, are made; adding an image to the list
# rebuilds nothing else. The debootstrap tarballs stay in $BALLAST_E2E_CACHE, keyed by the
# hash of make-rootfs.sh, so a wiped store or an edited recipe never debootstraps again.
# Images whose parents are ready are built $BALLAST_E2E_JOBS at a time (default 2): apt
# downloads and vfs copies overlap well even on two cores.
set -euo pipefail

cache="${BALLAST_E2E_CACHE:-/var/cache/ballast-e2e}"
driver="${STORAGE_DRIVER:-vfs}"
suite=bookworm
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
buildah=(buildah --storage-driver "$driver")
label=org.ballast.e2e.recipe
started=$(date +%s)
parallel="${BALLAST_E2E_JOBS:-2}"

# Every stand-in as "tag source parent": the source is a rootfs tarball (full or slim) or a
# Containerfile in images/; the parent is the stand-in the Containerfile builds on. Parents
# come before their children.
hub=docker.io/library
debian=$hub/debian:bookworm
debian_slim=$hub/debian:bookworm-slim
static=gcr.io/distroless/static-debian12:latest
images=(
  "$debian full -"
  "$debian_slim slim -"
  "$hub/python:3.11-bookworm python-full $debian"
  "$hub/python:3.11-slim-bookworm python-slim $debian_slim"
  "$hub/golang:1.19-bookworm golang $debian"
  "$hub/rust:1.63-bookworm rust $debian"
  "$hub/node:18-bookworm node-full $debian"
  "$hub/node:18-bookworm-slim node-slim $debian_slim"
  "$static distroless-static $debian"
  "gcr.io/distroless/static-debian12:nonroot distroless-static-nonroot $static"
  "gcr.io/distroless/cc-debian12:latest distroless-cc $static"
  "$hub/eclipse-temurin:17-jdk-jammy temurin-jdk $debian"
  "$hub/eclipse-temurin:17-jre-jammy temurin-jre $debian_slim"
)

rootfs_recipe="$(sha256sum "$here/make-rootfs.sh" | cut -c1-16)"
full="$cache/debian-$suite-$rootfs_recipe.tar"
slim="$cache/debian-$suite-slim-$rootfs_recipe.tar"

declare -A recipes=()
declare -A jobs=()
running=()

log() { echo "make-base-images: [$(( $(date +%s) - started )) s] $*" >&2; }

hash_of() { cat "$@" | sha256sum | cut -c1-16; }

# The recipe hash of one stand-in: the root or Containerfile it comes from, the function that
# makes it, and its parent's recipe, so editing a Containerfile rebuilds that image and the
# images made from it, and nothing else.
recipe_of() {
  local source="$1" parent="$2"
  case "$source" in
    full | slim)
      { echo "$source $rootfs_recipe"; declare -f import_image; } | hash_of - ;;
    *)
      { echo "${recipes[$parent]}"; declare -f build_image; } \
        | hash_of "$here/images/$source.Containerfile" - ;;
  esac
}

label_of() {
  "${buildah[@]}" inspect --type image \
    --format "{{index .OCIv1.Config.Labels \"$label\"}}" "$1" 2>/dev/null || true
}

image_id() {
  "${buildah[@]}" inspect --type image --format '{{.FromImageID}}' "$1" 2>/dev/null || true
}

# A replaced stand-in would linger untagged and, with vfs, hold a full copy of its root.
drop_replaced() {
  local old="$1" tag="$2"
  if [ -n "$old" ] && [ "$old" != "$(image_id "$tag")" ]; then
    "${buildah[@]}" rmi "$old" >/dev/null 2>&1 || true
  fi
}

# The debootstrapped roots, made only when an import needs them and not yet cached.
ensure_rootfs_tarballs() {
  if [ -s "$full" ] && [ -s "$slim" ]; then
    return
  fi
  mkdir -p "$cache"
  rm -f "$cache"/debian-*.tar
  log "debootstrapping the Debian root"
  "$here/make-rootfs.sh" "$suite" "$full" "$slim" "$cache/debootstrap.log"
}

import_image() {
  local tarball="$1" tag="$2" recipe="$3" container
  log "import $tag"
  container="$("${buildah[@]}" from scratch)"
  "${buildah[@]}" add "$container" "$tarball" / >/dev/null
  "${buildah[@]}" config --cmd '["bash"]' --label "$label=$recipe" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$container"
  "${buildah[@]}" commit --rm -q "$container" "$tag" >/dev/null
}

build_image() {
  local containerfile="$1" tag="$2" recipe="$3"
  log "build $tag"
  "${buildah[@]}" build --isolation chroot --pull=never -q --label "$label=$recipe" \
    -f "$here/images/$containerfile.Containerfile" -t "$tag" "$here/images" >/dev/null
}

make_image() {
  local tag="$1" source="$2" recipe="$3" old
  old="$(image_id "$tag")"
  # One command per line: set -e does not stop at a failure on the left of `&&`.
  case "$source" in
    full | slim)
      ensure_rootfs_tarballs
      if [ "$source" = full ]; then
        import_image "$full" "$tag" "$recipe"
      else
        import_image "$slim" "$tag" "$recipe"
      fi
      ;;
    *) build_image "$source" "$tag" "$recipe" ;;
  esac
  drop_replaced "$old" "$tag"
}

# Waits for the oldest background build; a failed build fails the whole script.
wait_oldest() {
  wait "${running[0]}"
  running=("${running[@]:1}")
}

main() {
  local entry tag source parent made=0
  # A failed build ends the script; the builds beside it are stopped rather than left behind.
  trap 'kill "${running[@]}" 2>/dev/null || true' EXIT
  for entry in "${images[@]}"; do
    read -r tag source parent <<<"$entry"
    recipes[$tag]="$(recipe_of "$source" "$parent")"
    if [ "$(label_of "$tag")" = "${recipes[$tag]}" ] && [ -z "${jobs[$parent]:-}" ]; then
      continue
    fi
    # A child waits for a parent being made in this run; the rest build side by side.
    while { [ -n "${jobs[$parent]:-}" ] && kill -0 "${jobs[$parent]}" 2>/dev/null; } \
      || [ "${#running[@]}" -ge "$parallel" ]; do
      wait_oldest
    done
    made=$((made + 1))
    if [ "$parent" = - ]; then
      # Imports share one debootstrap, so they run in turn, before any build.
      make_image "$tag" "$source" "${recipes[$tag]}"
      jobs[$tag]=imported
      continue
    fi
    make_image "$tag" "$source" "${recipes[$tag]}" &
    jobs[$tag]=$!
    running+=("$!")
  done
  while [ "${#running[@]}" -gt 0 ]; do
    wait_oldest
  done

  if [ "$made" -eq 0 ]; then
    log "all ${#images[@]} stand-ins present ($driver store); nothing to do"
    return
  fi
  log "done: $made of ${#images[@]} made"
  "${buildah[@]}" images --format '{{.Name}}:{{.Tag}} {{.Size}}' >&2
}

main "$@"
