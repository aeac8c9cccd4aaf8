#!/bin/sh
# Installs SourceTrace from this offline bundle alone (made by scripts/package/make-bundle.sh; docs/install.md).
#
#   sudo ./install.sh [PACKAGE...]     (default: sourcetrace; the bundle's test extras: xvfb xauth)
#
# 1. Checks every file of the bundle against SHA256SUMS and stops at the first difference.
# 2. Points apt at debs/ (a flat repository on this disk) and at nothing else: a temporary sources list, package
#    lists and cache; the system's own sources and lists are neither read nor changed, so apt cannot reach the
#    network. apt installs the packages the machine lacks from debs/ and keeps what it has.
# 3. Prints `sourcetrace-cli --version` (the build, commit and the default model's weights SHA-256, verified).
set -eu

dir=$(cd "$(dirname "$0")" && pwd)
say() { echo "install.sh: $*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (sudo $0)"
[ -f "$dir/SHA256SUMS" ] || die "$dir/SHA256SUMS is missing: this is not a complete bundle"
command -v apt-get >/dev/null || die "apt-get not found: the bundle is for Debian 12"
if [ -r /etc/os-release ]; then
  . /etc/os-release
  [ "${VERSION_ID:-}" = 12 ] || say "warning: this is ${PRETTY_NAME:-an unknown system}; the bundle was made for Debian 12"
fi

say "checking $(wc -l <"$dir/SHA256SUMS") files against SHA256SUMS"
if ! (cd "$dir" && sha256sum --check --strict --quiet SHA256SUMS); then
  die "the bundle differs from its SHA256SUMS (above): copy it again; nothing was installed"
fi
say "all sums match"

[ $# -gt 0 ] || set -- sourcetrace
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial"
echo "deb [trusted=yes] file:$dir/debs ./" >"$tmp/sources.list"
cat >"$tmp/apt.conf" <<CONF
Dir::Etc::SourceList "$tmp/sources.list";
Dir::Etc::SourceParts "$tmp/none";
Dir::State::Lists "$tmp/lists";
Dir::Cache "$tmp/cache";
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
Acquire::Languages "none";
Acquire::Check-Date "false";
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
APT::Sandbox::User "root";
CONF
export APT_CONFIG="$tmp/apt.conf"
export DEBIAN_FRONTEND=noninteractive
apt-get -q update || die "apt could not read the bundle's index ($dir/debs/Packages)"
say "installing $* from $dir/debs"
apt-get -q -y install "$@" || die "apt-get install failed (above); nothing outside the bundle was used"
say "installed:"
sourcetrace-cli --version
