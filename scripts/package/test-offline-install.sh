#!/usr/bin/env bash
# The offline installation test (docs/install.md; run once per release, not part of CI). Needs root.
#
#   sudo bash scripts/package/test-offline-install.sh [--bundle DIR] [--root DIR] [--variant minbase|standard] [--keep]
#
# 1. Makes a clean Debian 12 root with debootstrap (installed with apt if missing), from the mirror of
#    /etc/apt/sources.list*; the default variant is minbase, the smallest Debian 12 there is.
# 2. Copies the bundle in (default: build/bundle/sourcetrace-bundle-VERSION, made with
#    `scripts/package/make-bundle.sh --with-test-extras`) and runs its install.sh inside the root in a network
#    namespace with no network at all (`unshare -n chroot ...`): sourcetrace plus the test extras xvfb and xauth.
# 3. Still without network and as an unprivileged user, runs inside the root: sourcetrace-cli --version, info,
#    detect and trace on the installed demo clip, sourcetrace --version without a display, and the GUI under Xvfb
#    with --screenshot (the default analysis of the demo clip); also dpkg --verify sourcetrace.
# 4. Copies the outputs to build/offline-test/ (log.txt, screenshot.png), unmounts what it mounted and removes the
#    root (--keep keeps it).
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
bundle=""
root=/var/tmp/sourcetrace-offline-root
variant=minbase
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$(cd "$2" && pwd); shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --variant) variant="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test-offline-install: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
say() { echo "test-offline-install: [$(date -u +%H:%M:%S)] $*"; }
die() { echo "test-offline-install: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mounts)"
if [ -z "$bundle" ]; then
  bundle=$(ls -d "$here"/build/bundle/sourcetrace-bundle-*/ 2>/dev/null | head -1 || true)
  [ -n "$bundle" ] || die "no bundle under build/bundle: run scripts/package/make-bundle.sh --with-test-extras first"
  bundle=${bundle%/}
fi
[ -f "$bundle/install.sh" ] && [ -f "$bundle/SHA256SUMS" ] || die "$bundle: not a bundle (no install.sh / SHA256SUMS)"
grep -q '^xvfb ' "$bundle/PACKAGES.txt" || die "$bundle: no xvfb in the bundle: make it with --with-test-extras"
outdir="$here/build/offline-test"
mkdir -p "$outdir"
log="$outdir/log.txt"
: >"$log"
exec > >(tee -a "$log") 2>&1
start=$(date +%s)

mounted=()
made_root=0
cleanup() {
  set +e
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null; done
  if [ "$keep" = 0 ] && [ "$made_root" = 1 ] && [ -d "$root" ]; then
    # only ever the root this script made, and only once nothing is mounted in it
    if ! grep -qs " $root" /proc/mounts; then rm -rf --one-file-system "$root"; fi
  fi
}
trap cleanup EXIT

# 1. The clean root ---------------------------------------------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
fi
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*debian\/\{0,1\}\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
[ -n "$mirror" ] || mirror=$(sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\{0,1\}\([^[:space:]]*\)[[:space:]]\+bookworm[[:space:]].*/\2/p' /etc/apt/sources.list 2>/dev/null | head -1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
[ ! -e "$root" ] || die "$root exists already: remove it (or give --root another folder)"
say "debootstrap --variant=$variant bookworm $root $mirror"
t0=$(date +%s)
made_root=1
debootstrap --variant="$variant" bookworm "$root" "$mirror" >"$outdir/debootstrap.log" 2>&1 \
  || { tail -20 "$outdir/debootstrap.log"; die "debootstrap failed (log: $outdir/debootstrap.log)"; }
t1=$(date +%s)
say "clean root ready in $((t1 - t0)) s ($(du -sh "$root" | cut -f1))"

for m in proc dev dev/pts; do
  case "$m" in
    proc) mount -t proc proc "$root/proc" ;;
    dev) mount --bind /dev "$root/dev" ;;
    dev/pts) mount -t devpts devpts "$root/dev/pts" 2>/dev/null || mount --bind /dev/pts "$root/dev/pts" ;;
  esac
  mounted+=("$root/$m")
done
mkdir -p "$root/tmp" && chmod 1777 "$root/tmp"
# No network from here on: every command runs in a new, empty network namespace.
offline() { unshare -n chroot "$root" "$@"; }
say "network interfaces inside the namespace: $(offline sh -c 'tail -n +3 /proc/net/dev | cut -d: -f1' | tr -s ' \n' ' ')"

# 2. The bundle, installed without network -------------------------------------------------------------------------
name=$(basename "$bundle")
say "copying $name ($(du -sh "$bundle" | cut -f1)) into the root"
cp -a "$bundle" "$root/opt/$name"
t2=$(date +%s)
offline /opt/"$name"/install.sh sourcetrace xvfb xauth
t3=$(date +%s)
say "installed in $((t3 - t2)) s"
offline dpkg --verify sourcetrace && say "dpkg --verify sourcetrace: every file as packaged"

# 3. The programs, as an unprivileged user, without network --------------------------------------------------------
offline useradd -m -u 4242 -s /bin/sh examiner
as_user() { unshare -n chroot --userspec=4242:4242 "$root" env -i HOME=/home/examiner USER=examiner LANG=C.UTF-8 \
              PATH=/usr/local/bin:/usr/bin:/bin "$@"; }
demo=/usr/share/sourcetrace/demo/demo.flac
say "sourcetrace-cli --version";  as_user sourcetrace-cli --version
say "sourcetrace --version (no display)"; as_user sourcetrace --version
say "sourcetrace-cli info";   as_user sourcetrace-cli info --quiet "$demo"
say "sourcetrace-cli detect"; as_user sourcetrace-cli detect --no-progress "$demo"
say "sourcetrace-cli trace";  as_user sourcetrace-cli trace --no-progress "$demo"
say "man page"; offline sh -c 'zcat /usr/share/man/man1/sourcetrace-cli.1.gz | head -3'
say "sourcetrace --screenshot under Xvfb (the default analysis of the demo clip)"
t4=$(date +%s)
as_user xvfb-run -a -s "-screen 0 1600x1000x24" sourcetrace --screenshot /tmp/offline-screenshot.png
t5=$(date +%s)
cp "$root/tmp/offline-screenshot.png" "$outdir/screenshot.png"
say "screenshot $outdir/screenshot.png ($((t5 - t4)) s)"
end=$(date +%s)
say "PASSED: debootstrap $((t1 - t0)) s, install $((t3 - t2)) s, GUI $((t5 - t4)) s, total $((end - start)) s"
