# Sourced by the local-cluster tests (test-local-cluster.sh, test-local-training.sh): starts a real single-node
# Slurm cluster from Debian's packages in a temp folder T (munged, slurmctld, slurmd; a generated slurm.conf for
# this host; nothing under /etc changed; clients find it through SLURM_CONF) and installs the EXIT trap that tears
# it down and fails when a daemon or job process is left (pgrep). The caller defines say, fail, me (its name for
# messages) and keep (1 = keep T); optional: a function teardownExtra (run first at tear-down), ST_KILL_WAIT
# (slurm.conf KillWait, default 5 s) and ST_EXTRA_CONF (more slurm.conf lines). One local cluster at a time on
# this machine: the tests wait for each other (flock on /tmp/st-slurm-local.lock), since each checks at the end
# that no Slurm daemon is left.
exec 8>/tmp/st-slurm-local.lock
flock -w 900 8 || fail "another local Slurm cluster test has held /tmp/st-slurm-local.lock for 15 minutes"
T="$(mktemp -d /tmp/st-slurm.XXXXXX)"
mkdir -p "$T/state" "$T/spool" "$T/munge"
chmod 700 "$T/munge"
export SLURM_CONF="$T/slurm.conf"
sock="$T/munge/munge.socket"

pidOf() { [ -f "$1" ] && cat "$1"; }
teardown() {
    set +e
    # the caller's own processes first (teardownExtra, when it defines one)
    declare -F teardownExtra >/dev/null && teardownExtra
    if [ -f "$SLURM_CONF" ] && [ -f "$T/slurmctld.pid" ]; then
        scancel --quiet --partition=local 2>/dev/null
        for i in $(seq 1 50); do
            [ -z "$(squeue --noheader --format=%i 2>/dev/null)" ] && break
            sleep 0.2
        done
    fi
    # the daemons by their own pid files (never by name: other processes on this machine are not ours)
    for f in "$T/slurmd.pid" "$T/slurmctld.pid" "$T/munge/munged.pid"; do
        pid="$(pidOf "$f")"
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null
        for i in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
    done
    left="$(pgrep -af "$T"; pgrep -ax slurmstepd; pgrep -ax slurmctld; pgrep -ax slurmd; pgrep -ax munged)"
    if [ "$keep" = 1 ]; then say "kept $T"; else rm -rf "$T"; fi
    if [ -n "$left" ]; then
        echo "$me: FAILED: processes left running:" >&2
        echo "$left" >&2
        exit 1
    fi
    say "torn down: no daemon or job process left (pgrep)"
}
trap teardown EXIT
trap 'exit 1' INT TERM

head -c 1024 /dev/urandom > "$T/munge/munge.key"
chmod 400 "$T/munge/munge.key"
munged --socket="$sock" --key-file="$T/munge/munge.key" --pid-file="$T/munge/munged.pid" \
    --log-file="$T/munge/munged.log" --seed-file="$T/munge/munged.seed" --force 8>&- ||
    fail "munged did not start ($(tail -3 "$T/munge/munged.log" 2>/dev/null))"

host="$(hostname -s)"
cpus="$(nproc)"
memMb=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 * 9 / 10 ))
# Ports away from the usual 6817/6818, so that a site's own daemons are never disturbed.
ctlPort=$(( 17000 + RANDOM % 1000 )); dPort=$(( ctlPort + 1000 ))
cat > "$SLURM_CONF" <<EOF
ClusterName=stlocal
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$ctlPort
SlurmdPort=$dPort
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$sock
MpiDefault=none
ProctrackType=proctrack/pgid
TaskPlugin=task/none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=3600
KillWait=${ST_KILL_WAIT:-5}
SlurmctldTimeout=30
SlurmdTimeout=30
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memMb State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
${ST_EXTRA_CONF:-}
EOF
slurmctld -f "$SLURM_CONF" -i 8>&- || fail "slurmctld did not start: $(tail -5 "$T/slurmctld.log" 2>/dev/null)"
slurmd -f "$SLURM_CONF" 8>&- || fail "slurmd did not start: $(tail -5 "$T/slurmd.log" 2>/dev/null)"
for i in $(seq 1 60); do
    state="$(sinfo --noheader --format=%t 2>/dev/null | head -1)"
    [ "$state" = idle ] && break
    sleep 1
done
[ "$state" = idle ] || fail "the node is not idle after 60 s (sinfo: '$state'); logs: $(tail -5 "$T/slurmctld.log" "$T/slurmd.log")"
