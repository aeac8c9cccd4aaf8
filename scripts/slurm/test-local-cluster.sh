#!/bin/bash
# A real single-node Slurm cluster on this machine, from Debian's packages, to test `sourcetrace-cli cluster`
# end to end (docs/cluster.md, "Testing with a local cluster"):
#   1. installs slurm-wlm and munge when missing (apt-get; needs root), writes a munge key and a slurm.conf for
#      this host (its CPUs and memory, select/cons_tres, proctrack/pgid, no cgroups, state and spool in a temp
#      folder, SlurmUser root) and starts munged, slurmctld and slurmd with it (nothing under /etc is changed);
#   2. cuts a protocol of 8 clips from the dev corpus, submits a 4-shard `embed` plus its merge with
#      `sourcetrace-cli cluster submit`, waits, and checks the merged output against a single-process `embed`:
#      embeddings.npy, logits.npy and keys.txt byte for byte, model.json apart from its "updated" time;
#   3. submits again into a fresh output, cancels one shard while it runs (scancel), checks that `cluster status`
#      reports it failed and `cluster resume` submits that shard alone, and checks the merged output again;
#   4. tears everything down (daemons stopped, temp folder removed) and checks with pgrep that none is left.
# Usage: scripts/slurm/test-local-cluster.sh [--cli PATH] [--corpus DIR] [--keep] [--no-install]
#   --cli         sourcetrace-cli (default: build/app/sourcetrace-cli of this checkout)
#   --corpus      the dev corpus (default: ../shared/corpus/dev beside the checkout; its protocol.tsv and wav/)
#   --keep        keep the temp folder (logs) after the run
#   --no-install  skip (77) instead of installing slurm-wlm and munge (the CTest test slurm_local_cluster)
# Exit status: 0 passed, 1 failed, 77 skipped (slurm packages absent and not installable).
set -u
here="$(cd "$(dirname "$0")/../.." && pwd)"
cli="$here/build/app/sourcetrace-cli"
corpus="$here/../shared/corpus/dev"
keep=0
install=1
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --corpus) corpus="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-install) install=0; shift ;;
        *) echo "usage: $0 [--cli PATH] [--corpus DIR] [--keep] [--no-install]" >&2; exit 2 ;;
    esac
done
cli="$(readlink -f "$cli")"
say() { echo "test-local-cluster: $*"; }
fail() { echo "test-local-cluster: FAILED: $*" >&2; exit 1; }
[ -x "$cli" ] || fail "no sourcetrace-cli at $cli (build it, or give --cli)"
[ -f "$corpus/protocol.tsv" ] || { say "SKIP: no dev corpus at $corpus"; exit 77; }
start=$(date +%s)

# ---- 1. packages --------------------------------------------------------------------------------------------
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    if [ "$install" = 0 ] || [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        say "SKIP: slurm-wlm and munge are not installed (apt-get install -y slurm-wlm munge, as root)"
        exit 77
    fi
    say "installing slurm-wlm and munge"
    DEBIAN_FRONTEND=noninteractive apt-get install -y slurm-wlm munge >/dev/null ||
        { say "SKIP: apt-get install slurm-wlm munge failed"; exit 77; }
fi
[ "$(id -u)" = 0 ] || { say "SKIP: the local cluster runs its daemons as root (SlurmUser root)"; exit 77; }

# ---- the cluster ---------------------------------------------------------------------------------------------
me=test-local-cluster
. "$here/scripts/slurm/local-cluster.bash"
# A working folder whose name needs quoting: the scripts must survive it.
W="$T/work dir's"
mkdir -p "$W"
say "cluster up: node $host, $cpus CPUs, ${memMb} MB, after $(( $(date +%s) - start )) s"

# ---- 2. a 4-shard embed and its merge ------------------------------------------------------------------------
cd "$W"
head -9 "$corpus/protocol.tsv" > "dev 8.tsv"
root="$corpus/wav"
[ -d "$root" ] || root="$corpus"
"$cli" embed --protocol "dev 8.tsv" --root "$root" --out single --threads 1 --no-progress 2> single.log ||
    fail "single-process embed failed: $(cat single.log)"

waitFor() { # job ids...: until none is pending or running
    for i in $(seq 1 600); do
        [ -z "$(squeue --noheader --jobs="$(IFS=,; echo "$*")" --format=%i 2>/dev/null)" ] && return 0
        sleep 1
    done
    fail "jobs $* still queued after 600 s"
}
compareWithSingle() { # OUT
    for f in embeddings.npy logits.npy keys.txt; do
        cmp "single/$f" "$1/$f" || fail "$1/$f differs from the single-process embed"
    done
    diff <(grep -v '"updated"' single/model.json) <(grep -v '"updated"' "$1/model.json") ||
        fail "$1/model.json differs from the single-process embed (beyond its update time)"
}
jobIds() { # D: the array and merge job ids of the last submission
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["submissions"][-1]; print(s["arrayJob"], s["mergeJob"])' "$1/cluster.json"
}

"$cli" cluster submit embed --protocol "dev 8.tsv" --root "$root" --out sharded --shards 4 --cpus 1 --dir "run 1" ||
    fail "cluster submit failed"
read -r array merge < <(jobIds "run 1")
waitFor "$array" "$merge"
"$cli" cluster status "run 1"
[ -f sharded/embeddings.npy ] || fail "no merged output (merge job log: $(cat "run 1"/logs/*merge* 2>/dev/null))"
compareWithSingle sharded
say "4-shard embed + merge: identical to the single-process embed ($(( $(date +%s) - start )) s so far)"

# ---- 3. a shard cancelled while it runs, then cluster resume -----------------------------------------------------
# A shard of 2 clips takes about a second: shard 1 is held in its setup file (--setup, sourced by every job before
# the command) until released, so that it is surely running when it is cancelled.
printf '%s\n' 'if [ "${SLURM_ARRAY_TASK_ID:-}" = 1 ]; then' '    while [ ! -f released ]; do sleep 0.2; done' 'fi' > hold.sh
"$cli" cluster submit embed --protocol "dev 8.tsv" --root "$root" --out resumed --shards 4 --cpus 1 --dir "run 2" \
    --setup hold.sh || fail "cluster submit (2) failed"
read -r array merge < <(jobIds "run 2")
for i in $(seq 1 240); do
    s="$(squeue --noheader --array --jobs="$array" --states=all --format='%i|%T' | grep "^${array}_1|" | cut -d'|' -f2)"
    [ "$s" = RUNNING ] && break
    sleep 0.25
done
[ "$s" = RUNNING ] || fail "shard 1 is not running after 60 s (state '$s')"
sleep 1
scancel "${array}_1"
waitFor "$array" "$merge"
"$cli" cluster status "run 2" > status2.txt
cat status2.txt
grep -q "^shard 1.*failed (CANCELLED" status2.txt || fail "cluster status does not report shard 1 as failed (cancelled)"
for k in 0 2 3; do
    grep -q "^shard $k.*completed (COMPLETED).*shard.json complete" status2.txt || fail "cluster status: shard $k not completed"
done
[ ! -f resumed/embeddings.npy ] || fail "the merge ran although shard 1 was cancelled"
touch released
"$cli" cluster resume "run 2" | tee resume2.txt || fail "cluster resume failed"
grep -q "(shards 1)" resume2.txt || fail "cluster resume did not submit shard 1 alone"
read -r array merge < <(jobIds "run 2")
waitFor "$array" "$merge"
"$cli" cluster status "run 2"
[ -f resumed/embeddings.npy ] || fail "no merged output after resume (logs: $(cat "run 2"/logs/*merge* 2>/dev/null))"
compareWithSingle resumed
say "cancelled shard resumed: identical to the single-process embed"
cd /
say "PASSED in $(( $(date +%s) - start )) s (before teardown)"
