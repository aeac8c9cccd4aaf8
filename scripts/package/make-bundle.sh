#!/usr/bin/env bash
# Makes the offline bundle of SourceTrace (docs/install.md): the Debian package built with CPack, every Debian
# package it needs on a clean Debian 12 (the dependency closure, resolved by apt itself against an empty dpkg
# status, so nothing already installed on this machine is assumed), a local apt repository index over them, a
# SHA256SUMS list and install.sh, which checks the sums and installs from the bundle alone.
#
#   bash scripts/package/make-bundle.sh [--build DIR] [--out DIR] [--no-build] [--with-test-extras]
#
#   --build DIR         the configured build folder (default: build/ of the checkout)
#   --out DIR           where the bundle goes (default: DIR/bundle; it is hundreds of MB: never commit it)
#   --no-build          use the build as it is: no `cmake --build`, no cpack if the .deb is newer than the programs
#   --with-test-extras  also xvfb and xauth (scripts/package/test-offline-install.sh runs the GUI under Xvfb)
#
# Needs: Debian 12 with SourceTrace's build dependencies (scripts/install-deps.sh), dpkg-dev (dpkg-scanpackages),
# apt's package lists (`apt-get update` once) and the network to the Debian mirror of /etc/apt/sources.list*.
# The build and cpack run under `flock $SOURCETRACE_BUILD_LOCK` when that variable names a lock file.
# Output: OUT/sourcetrace-bundle-VERSION/ and OUT/sourcetrace-bundle-VERSION.tar (+ .tar.sha256).
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
build="$here/build"
out=""
do_build=1
extras=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    --with-test-extras) extras=(xvfb xauth); shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "make-bundle: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || out="$build/bundle"
say() { echo "make-bundle: $*"; }
die() { echo "make-bundle: $*" >&2; exit 1; }

[ -f "$build/CMakeCache.txt" ] || die "$build/CMakeCache.txt: not a configured build folder (cmake -S . -B build -G Ninja first)"
. /etc/os-release
[ "${ID:-}" = debian ] && [ "${VERSION_ID:-}" = 12 ] || die "/etc/os-release: this is ${PRETTY_NAME:-unknown}; the bundle is for Debian 12 and must be made on it"
command -v dpkg-scanpackages >/dev/null || die "dpkg-scanpackages is missing: apt-get install dpkg-dev"
ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1 || die "/var/lib/apt/lists: no package lists; run apt-get update first"

locked() { if [ -n "${SOURCETRACE_BUILD_LOCK:-}" ]; then flock "$SOURCETRACE_BUILD_LOCK" "$@"; else "$@"; fi; }

# 1. The Debian package --------------------------------------------------------------------------------------
t0=$(date +%s)
if [ "$do_build" = 1 ]; then
  say "building sourcetrace, sourcetrace-cli and the man pages in $build"
  locked cmake --build "$build" --target sourcetrace sourcetrace-cli manpages package_changelog -j "$(nproc)"
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb="$build/package/sourcetrace_${version}_${arch}.deb"
if [ "$do_build" = 1 ] || [ ! -f "$deb" ] || [ "$build/app/sourcetrace-cli" -nt "$deb" ] || [ "$build/app/sourcetrace" -nt "$deb" ]; then
  say "cpack -G DEB"
  rm -f "$deb"
  (cd "$build" && locked cpack -G DEB -B "$build/package" >"$build/package-cpack.log" 2>&1) \
    || { tail -30 "$build/package-cpack.log" >&2; die "cpack failed (log: $build/package-cpack.log)"; }
fi
[ -f "$deb" ] || die "$deb: cpack made no such package (log: $build/package-cpack.log)"
t1=$(date +%s)
say "package $deb ($(du -h "$deb" | cut -f1), $((t1 - t0)) s)"

# What the package says about itself: its control fields and the files the offline install needs.
dpkg-deb -I "$deb" >"$build/package/control.txt"
dpkg-deb -c "$deb" >"$build/package/contents.txt"
depends=$(dpkg-deb -f "$deb" Depends)
[ -n "$depends" ] || die "$deb: the package has no Depends (dpkg-shlibdeps did not run?)"
for need in libqt6sql6-sqlite libqt6gui6 libqt6svg6 fonts-dejavu-core libtorch libc6 libqt6widgets6; do
  echo "$depends" | grep -q "$need" || die "$deb: Depends lacks $need: $depends"
done
for f in ./usr/bin/sourcetrace ./usr/bin/sourcetrace-cli \
         ./usr/share/sourcetrace/models/sourcetrace-default/manifest.json \
         ./usr/share/sourcetrace/models/sourcetrace-default/weights.safetensors \
         ./usr/share/sourcetrace/models/sourcetrace-default/library.db \
         ./usr/share/sourcetrace/demo/demo.flac \
         ./usr/share/man/man1/sourcetrace.1.gz ./usr/share/man/man1/sourcetrace-cli.1.gz \
         ./usr/share/doc/sourcetrace/copyright; do
  awk '{print $6}' "$build/package/contents.txt" | grep -qx "$f" || die "$deb: $f is missing from the package"
done
if awk '{print $6}' "$build/package/contents.txt" | grep -E '\.(pth|pt|ckpt)$|/published/'; then
  die "$deb: holds third-party checkpoints or their manifests (above)"
fi
say "Depends: $depends"

# 2. The closure: apt resolves the package (and the extras) against an EMPTY dpkg status -------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archives/partial" "$work/cache"
: >"$work/status"
apt_opts=(-o "Dir::State::status=$work/status" -o "Dir::Cache=$work/cache" -o "Dir::Cache::archives=$work/archives"
          -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o Debug::NoLocking=1
          -o APT::Install-Recommends=false -o APT::Install-Suggests=false -o APT::Sandbox::User=root)
say "resolving and downloading the closure of the package${extras:+ and ${extras[*]}} (apt-get --download-only, empty status)"
apt-get "${apt_opts[@]}" -q -y install --download-only "$deb" "${extras[@]}" >"$build/package-apt.log" 2>&1 \
  || { tail -30 "$build/package-apt.log" >&2; die "apt-get could not resolve or download the closure (log: $build/package-apt.log)"; }
t2=$(date +%s)

# 3. The bundle: debs/ as a flat apt repository, install.sh, SHA256SUMS --------------------------------------------
name="sourcetrace-bundle-$version"
dest="$out/$name"
rm -rf "$dest" "$out/$name.tar" "$out/$name.tar.sha256"
mkdir -p "$dest/debs"
cp "$work"/archives/*.deb "$dest/debs/"
cp "$deb" "$dest/debs/"
(cd "$dest/debs" && dpkg-scanpackages --multiversion . /dev/null 2>/dev/null >Packages && gzip -9nk Packages)
{
  echo "Origin: SourceTrace offline bundle"
  echo "Label: sourcetrace-bundle"
  echo "Suite: bundle"
  echo "Codename: bundle"
  echo "Architectures: $arch all"
  echo "Date: $(LC_ALL=C date -u -R)"
  echo "SHA256:"
  for f in Packages Packages.gz; do
    echo " $(sha256sum "$dest/debs/$f" | cut -d' ' -f1) $(stat -c %s "$dest/debs/$f") $f"
  done
} >"$dest/debs/Release"
cp "$here/scripts/package/install.sh" "$dest/install.sh"
chmod 755 "$dest/install.sh"
# PACKAGES.txt: "name version architecture" of every package in debs/, from the index just written.
awk '/^Package:/ {p = $2} /^Version:/ {v = $2} /^Architecture:/ {a = $2} /^$/ {if (p != "") print p, v, a; p = ""}
     END {if (p != "") print p, v, a}' "$dest/debs/Packages" | LC_ALL=C sort >"$dest/PACKAGES.txt"
[ "$(wc -l <"$dest/PACKAGES.txt")" = "$(ls "$dest"/debs/*.deb | wc -l)" ] || die "$dest/debs/Packages does not index every .deb"
cat >"$dest/README.txt" <<README
SourceTrace $version offline bundle for Debian 12 ($arch), made $(date -u +%Y-%m-%d) from commit
$(sed -n 's/^#define SOURCETRACE_GIT_COMMIT "\(.*\)"/\1/p' "$build/generated/BuildInfo.h").

  sudo ./install.sh          checks SHA256SUMS, then installs SourceTrace from this folder alone (no network)
  sha256sum -c SHA256SUMS    checks the files by hand

debs/ holds sourcetrace_${version}_${arch}.deb and the $(($(wc -l <"$dest/PACKAGES.txt") - 1)) Debian packages it needs
on a clean Debian 12${extras:+ (with the test extras ${extras[*]} and theirs)} (PACKAGES.txt); apt installs only those
the machine lacks. See
/usr/share/doc/sourcetrace/docs/install.md once installed.
README
(cd "$dest" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum >SHA256SUMS)
(cd "$out" && tar -cf "$name.tar" "$name" && sha256sum "$name.tar" >"$name.tar.sha256")
t3=$(date +%s)
say "$(wc -l <"$dest/PACKAGES.txt") packages, $(du -sh "$dest" | cut -f1) in $dest"
say "tar: $out/$name.tar ($(du -h "$out/$name.tar" | cut -f1)), SHA-256 $(cut -d' ' -f1 "$out/$name.tar.sha256")"
say "times: package $((t1 - t0)) s, closure $((t2 - t1)) s, bundle $((t3 - t2)) s"
