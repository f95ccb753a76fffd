# Shared by bench/run and bench/scale; sourced from the repository root, never run on its own.
# Sourcing it creates the temporary directory $TMP and installs the trap that stops, by process
# id, everything the script started (PIDS, BACKGROUND, and whatever its own `cleanup_more`
# stops) and removes $TMP (kept with BENCH_KEEP=1).
# shellcheck shell=bash

say() { printf '%s: %s\n' "${BENCH_NAME:-bench}" "$*" >&2; }
die() { printf '%s: error: %s\n' "${BENCH_NAME:-bench}" "$*" >&2; exit 1; }

# ---------------------------------------------------------------- cleanup: only what we started
TMP=$(mktemp -d "${TMPDIR:-/tmp}/site-bench.XXXXXX")
chmod 755 "$TMP" # nginx workers started by root run as nobody and must reach the files
PIDS=()          # servers and nginx masters
BACKGROUND=      # a helper program we are waiting for
POLICY_RC_D_WRITTEN=false

alive() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]; }

stop_pid() {
    local pid=$1 i
    alive "$pid" || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        alive "$pid" || break
        sleep 0.1
    done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local pid
    trap - EXIT INT TERM
    [[ -n $BACKGROUND ]] && stop_pid "$BACKGROUND"
    if declare -F cleanup_more >/dev/null; then cleanup_more; fi
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    $POLICY_RC_D_WRITTEN && remove_policy_rc_d
    if [[ -n ${BENCH_KEEP:-} ]]; then say "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# runs a helper in the background and waits, so that a signal reaches the trap at once
run_waiting() {
    "$@" &
    BACKGROUND=$!
    local status=0
    wait "$BACKGROUND" || status=$?
    BACKGROUND=
    return "$status"
}

# ---------------------------------------------------------------- tools
as_root() { if ((EUID == 0)); then "$@"; else sudo "$@"; fi; }
nginx_bin() { command -v nginx || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; }; }

# Debian starts a newly installed nginx as a system service on port 80; a policy-rc.d answering
# 101 is Debian's own way to say "install, but start no service".
remove_policy_rc_d() { as_root rm -f /usr/sbin/policy-rc.d; POLICY_RC_D_WRITTEN=false; }

# ensure_packages TOOL...: installs with apt-get the Debian packages of the same names that are missing
ensure_packages() {
    local missing=() tool
    for tool in "$@"; do
        if [[ $tool == nginx ]]; then nginx_bin >/dev/null || missing+=(nginx)
        else command -v "$tool" >/dev/null || missing+=("$tool"); fi
    done
    ((${#missing[@]})) || return 0
    ((EUID == 0)) || command -v sudo >/dev/null || die "${missing[*]} missing, and neither root nor sudo to install them"
    say "installing ${missing[*]} with apt-get"
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        POLICY_RC_D_WRITTEN=true
        printf '#!/bin/sh\n# written by bench/run while it installs packages\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
        as_root chmod 755 /usr/sbin/policy-rc.d
    fi
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -y)
    as_root "${apt[@]}" install "${missing[@]}" >"$TMP/apt.log" 2>&1 ||
        { as_root "${apt[@]}" update && as_root "${apt[@]}" install "${missing[@]}"; } >>"$TMP/apt.log" 2>&1 ||
        { tail -n 20 "$TMP/apt.log" >&2; die "apt-get install ${missing[*]} failed"; }
    ! $POLICY_RC_D_WRITTEN || remove_policy_rc_d
}

TAKEN_PORTS=" "
# sets variable $1 to a port below Linux's ephemeral range that nothing on 127.0.0.1 answers on
free_port() {
    local port i
    for ((i = 0; i < 500; i++)); do
        port=$((20000 + RANDOM % 12000))
        [[ $TAKEN_PORTS == *" $port "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            TAKEN_PORTS+="$port "
            printf -v "$1" '%s' "$port"
            return 0
        fi
    done
    die "no free port found on 127.0.0.1"
}

rss_kb() { awk -v key="${2:-VmRSS}:" '$1 == key { print $2 }' "/proc/$1/status"; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
first_line() { sed -n 1p; }

# ---------------------------------------------------------------- the JVM the server runs on
# The flags of the Dockerfile's ENTRYPOINT (between "java" and "-jar"), the recommended way to run it.
dockerfile_java_opts() {
    grep -m1 '^ENTRYPOINT' Dockerfile 2>/dev/null | grep -o '"[^"]*"' | tr -d '"' |
        awk 'NR == 1 && $0 != "java" { exit } NR > 1 { if ($0 == "-jar") exit; printf "%s%s", sep, $0; sep = " " }' || true
}
# The Dockerfile's MALLOC_ARENA_MAX=N, if it sets one.
dockerfile_malloc_env() { grep -o 'MALLOC_ARENA_MAX=[0-9]*' Dockerfile 2>/dev/null | head -1 || true; }

java_major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }

# resolve_jvm JAVA OPTS: sets JAVA_FLAGS to OPTS without an -XX:AOTCache=..., AOT_CACHE to "yes"
# when OPTS named one (that file exists only inside the image: the caller records its own, the
# way the Dockerfile does), and SERVER_JAVA to JAVA, or to a JDK 25 from /usr/lib/jvm when the
# flags need one (the AOT cache, compact object headers) and JAVA is older.
resolve_jvm() {
    local i candidate
    SERVER_JAVA=$1
    read -ra JAVA_FLAGS <<<"$2"
    AOT_CACHE=
    for i in "${!JAVA_FLAGS[@]}"; do
        if [[ ${JAVA_FLAGS[$i]} == -XX:AOTCache=* ]]; then
            AOT_CACHE=yes
            unset 'JAVA_FLAGS[i]'
        fi
    done
    JAVA_FLAGS=("${JAVA_FLAGS[@]}")
    if [[ -n $AOT_CACHE || $2 == *UseCompactObjectHeaders* ]] && [[ $(java_major "$SERVER_JAVA") -lt 25 ]]; then
        for candidate in /usr/lib/jvm/*25*/bin/java; do
            [[ -x $candidate ]] && SERVER_JAVA=$candidate && break
        done
    fi
}

# ---------------------------------------------------------------- the machine, for the report header
# share of all CPUs busy over 2 s, whoever used them: on a shared machine, others load it too
cpu_busy_percent() {
    local before after
    before=$(sed -n 1p /proc/stat)
    sleep 2
    after=$(sed -n 1p /proc/stat)
    awk -v a="$before" -v b="$after" 'BEGIN {
        split(a, x); split(b, y)
        for (i = 2; i <= 9; i++) total += y[i] - x[i]
        idle = y[5] + y[6] - x[5] - x[6]
        printf "%.0f", (total > 0 ? 100 * (total - idle) / total : 0)
    }'
}
# shellcheck disable=SC2034 # (for the scripts' headers)
CPU_MODEL=$(grep -m1 -E '^(model name|Model|cpu model)' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
CPU_COUNT=$(grep -c "^processor" /proc/cpuinfo || true)
[[ $CPU_COUNT -gt 0 ]] || CPU_COUNT=$(nproc)
# shellcheck disable=SC2034
MEM_TOTAL=$(awk '$1 == "MemTotal:" { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain --untracked-files=no 2>/dev/null) ]] || COMMIT+=" (with uncommitted changes)"
