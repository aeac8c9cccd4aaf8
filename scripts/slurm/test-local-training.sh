#!/bin/bash
# Training on Slurm across a real time limit, on a single-node cluster of this machine (docs/cluster.md, "Testing
# training across a time limit"):
#   1. starts the local cluster as test-local-cluster.sh does (scripts/slurm/local-cluster.bash);
#   2. writes a tiny synthetic corpus (16 clips of 1 s: random tone mixtures, bona fide / A01, as the training
#      tests make theirs) and a run configuration of the project's smallest network (spectral, 8/16 channels,
#      1 thread, fixed seed) whose training takes about two minutes here;
#   3. submits it with `sourcetrace-cli cluster submit train ... --time 1` (Slurm's minimum, one minute), so that
#      Slurm stops it at the limit; the job script forwards SIGTERM to train, which writes its checkpoint, and
#      requeues itself (or, when Slurm refuses, `cluster resume` submits it again); every later attempt resumes
#      from the checkpoint (its log says from which epoch and batch), until the run completes;
#   4. checks: more than one attempt, at least one of them a resume, every epoch once in log.csv, and the final
#      weights (model/weights.safetensors) equal byte for byte to those of the same run trained in one go outside
#      Slurm (same build, same thread count, CPU: docs/training.md);
#   5. tears down, and fails when a daemon or job process is left (pgrep).
# Usage: scripts/slurm/test-local-training.sh [--cli PATH] [--keep] [--no-install]
# Exit status: 0 passed, 1 failed, 77 skipped (slurm packages absent and not installable, or not root).
set -u
here="$(cd "$(dirname "$0")/../.." && pwd)"
cli="$here/build/app/sourcetrace-cli"
keep=0
install=1
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-install) install=0; shift ;;
        *) echo "usage: $0 [--cli PATH] [--keep] [--no-install]" >&2; exit 2 ;;
    esac
done
cli="$(readlink -f "$cli")"
me=test-local-training
say() { echo "$me: $*"; }
fail() { echo "$me: FAILED: $*" >&2; exit 1; }
[ -x "$cli" ] || fail "no sourcetrace-cli at $cli (build it, or give --cli)"
command -v python3 >/dev/null || { say "SKIP: python3 is needed to write the synthetic clips"; exit 77; }
start=$(date +%s)

# ---- 1. packages and the cluster -------------------------------------------------------------------------------
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
# KillWait: the seconds between Slurm's SIGTERM at the time limit and its SIGKILL, the time train has to write
# its checkpoint (a batch of this run takes milliseconds; 10 s leaves room on a loaded machine).
ST_KILL_WAIT=10
. "$here/scripts/slurm/local-cluster.bash"
say "cluster up: node $host, $cpus CPUs, after $(( $(date +%s) - start )) s"

# ---- 2. a tiny corpus and the run configuration ----------------------------------------------------------------
W="$T/work"
mkdir -p "$W"
cd "$W"
python3 - <<'EOF' || fail "could not write the synthetic clips"
import math, random, struct, wave
rng = random.Random(42)
rows = ["file\tattack\ttext"]
for i in range(16):
    x = [0.0] * 16000
    for _ in range(3):
        hz, amp = rng.uniform(100, 6000), rng.uniform(0.05, 0.3)
        for s in range(16000):
            x[s] += amp * math.sin(2 * math.pi * hz * s / 16000.0)
    name = "c%02d.wav" % i
    with wave.open(name, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000)
        w.writeframes(b"".join(struct.pack("<h", max(-32768, min(32767, int(round(v * 32767))))) for v in x))
    rows.append("%s\t%s\ts%d" % (name, "A01" if i % 2 else "bonafide", i // 2))
open("protocol.tsv", "w").write("\n".join(rows) + "\n")
EOF
# 10 epochs of 2048 crops: about 11 s per epoch on one core of this machine, so that the one-minute limit falls in
# the middle of the run.
cat > run.json <<'EOF'
{"network": {"channels": [8, 16], "embeddingDim": 32, "attentionDim": 16},
 "protocols": ["protocol.tsv"], "validationProtocols": ["protocol.tsv"],
 "epochs": 10, "epochSize": 2048, "batchSize": 8, "cropSeconds": 1, "validationSeconds": 1, "threads": 1, "seed": 11}
EOF

# ---- 3. the job, across the time limit -------------------------------------------------------------------------
"$cli" cluster submit train --config run.json --out slurm-run --shards 1 --cpus 1 --time 1 --dir job ||
    fail "cluster submit train failed"
# The same run in one go, outside Slurm, meanwhile (one thread each: both fit on two cores).
"$cli" train --config run.json --out reference --no-progress > reference.log 2>&1 &
refPid=$!
teardownExtra() { kill "$refPid" 2>/dev/null && wait "$refPid" 2>/dev/null; }
jobId() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["submissions"][-1]["arrayJob"])' job/cluster.json; }
resumes=0
for i in $(seq 1 900); do
    [ -f slurm-run/model/manifest.json ] && [ -z "$(squeue --noheader --jobs="$(jobId)" --format=%i 2>/dev/null)" ] && break
    # Slurm holds a requeued job for about two minutes (EligibleTime = requeue + 121 s, fixed in slurmctld); the
    # owner may lift that (StartTime=now), which saves the test that wait. A site's queue does what it does.
    if [ "$(squeue --noheader --jobs="$(jobId)" --format=%r 2>/dev/null)" = BeginTime ]; then
        scontrol update JobId="$(jobId)" StartTime=now >/dev/null 2>&1 && say "requeued job released (StartTime=now)"
    fi
    if [ -z "$(squeue --noheader --states=PENDING,RUNNING,REQUEUED,REQUEUE_HOLD,REQUEUE_FED,CONFIGURING,COMPLETING,SUSPENDED \
                      --jobs="$(jobId)" --format=%i 2>/dev/null)" ] && [ ! -f slurm-run/model/manifest.json ]; then
        # The job ended without the model (requeue refused): what a user does, cluster resume.
        [ "$resumes" -lt 5 ] || fail "the run is not complete after 5 resubmissions"
        "$cli" cluster status job
        "$cli" cluster resume job || fail "cluster resume failed"
        resumes=$(( resumes + 1 ))
    fi
    sleep 1
done
[ -f slurm-run/model/manifest.json ] || fail "the run did not complete in 900 s (logs: $(tail -20 job/logs/*.out))"
"$cli" cluster status job
wait "$refPid" || fail "the uninterrupted reference run failed: $(tail -5 reference.log)"
log="$(cat job/logs/*.out)"
echo "$log" | grep '^sourcetrace: \|^epoch\|interrupted'

# ---- 4. checks --------------------------------------------------------------------------------------------------
attempts=$(echo "$log" | grep -c '^sourcetrace: job ')
resumed=$(echo "$log" | grep -c '^sourcetrace: resuming ')
[ "$attempts" -ge 2 ] || fail "the run was not stopped by the time limit (one attempt only)"
[ "$resumed" -ge 1 ] || fail "no attempt resumed from the checkpoint"
echo "$log" | grep -q 'DUE TO TIME LIMIT' || fail "the log shows no time limit"
echo "$log" | grep -q 'SIGTERM (.*Reason=TimeLimit): checkpointing' || fail "the job script did not see the time limit"
epochs=$(tail -n +2 slurm-run/log.csv | cut -d, -f1 | tr '\n' ' ')
[ "$epochs" = "1 2 3 4 5 6 7 8 9 10 " ] || fail "log.csv does not hold every epoch once: $epochs"
a="$(sha256sum < reference/model/weights.safetensors)"
b="$(sha256sum < slurm-run/model/weights.safetensors)"
[ "$a" = "$b" ] || fail "the weights differ from the uninterrupted run's"
say "$attempts attempts ($resumed resumed from the checkpoint, $resumes by cluster resume): the weights equal the uninterrupted run's (sha256 ${a:0:16})"
cd /
say "PASSED in $(( $(date +%s) - start )) s (before teardown)"
