#!/usr/bin/env bash
# Fan-out benchmark: imagechat-server against Node.js peers (bench/peer/: a
# relay on `ws`, the same on uWebSockets.js), same load, one after the other,
# in one invocation, so that their ratio means something on a noisy machine.
# Installs what is missing (apt-get, npm), builds, runs every scenario REPS
# times and prints medians and the ratios ours/peer.
#
#   bench/run.sh                 # everything (about 12 minutes on 2 cores)
#   REPS=1 DURATION=3 bench/run.sh   # a quick look
#   SCENARIOS="cluster tls" bench/run.sh
#
# Scenarios: fanout, burst, idle (ours, ws, uws); tls (wss:// fan-out to 500,
# ours and ws, each beside its own plain ws:// run); cluster (two nodes on one
# PostgreSQL and one Redis, 500 and 1,000 clients dealt out over both, one
# sender on the first; ours and a ws relay per node over Redis pub/sub).
#
# Environment: BUILD_DIR (default build-bench), REPS (3), DURATION (seconds of
# each 100 events/s run, 10), SCENARIOS (default "fanout burst idle tls
# cluster"), OURS_FLAGS (extra imagechat-server flags), RESULTS (output folder).
# The servers run on core 0 and the load generator on core 1 (taskset); so do
# both nodes of a cluster, PostgreSQL and Redis (there are two cores: the
# generator keeps one to itself). All traffic stays on 127.0.0.1 and every run
# is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build_dir=${BUILD_DIR:-$root/build-bench}
reps=${REPS:-3}
duration=${DURATION:-10}
scenarios=${SCENARIOS:-fanout burst idle tls cluster}
results=${RESULTS:-$root/bench/results/$(date +%Y%m%d-%H%M%S)}
ours_flags=${OURS_FLAGS:-}

# --- what is missing ---------------------------------------------------------
scripts/install-deps.sh
# By command, not by package: Node may come from elsewhere than Debian.
extra=()
command -v node >/dev/null || extra+=(nodejs)
command -v npm >/dev/null || extra+=(npm)
command -v taskset >/dev/null || extra+=(util-linux)
command -v python3 >/dev/null || extra+=(python3)
command -v redis-cli >/dev/null || extra+=(redis-tools)
if [ ${#extra[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${extra[@]}"
fi
# The native uWebSockets.js build comes inside its npm package: nothing
# is downloaded from elsewhere at install time.
if [ ! -d bench/peer/node_modules/ws ] || [ ! -d bench/peer/node_modules/ioredis ] \
    || [ ! -d bench/peer/node_modules/@trufflesuite/uws-js-unofficial ]; then
    (cd bench/peer && (npm ci --no-audit --no-fund || npm install --no-audit --no-fund))
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target imagechat-server imagechat-loadgen
server_bin=$build_dir/server/imagechat-server
loadgen_bin=$build_dir/bench/imagechat-loadgen

# 2,000 clients are 2,000 sockets on each side.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(nproc)" -lt 2 ]; then
    echo "bench: needs 2 cores (server and generator pinned apart); found $(nproc)" >&2
    exit 1
fi

mkdir -p "$results"
log=$results/runs.txt
: >"$log"
echo "bench: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
echo "bench: results in $results" | tee -a "$log"

# --- servers -----------------------------------------------------------------
server_pids=() # the servers of the run under way
backend_pids=() # what they use (PostgreSQL, Redis), whose CPU is counted apart
urls=()
stop_servers() {
    local pid
    for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${server_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    server_pids=()
    urls=()
}

# PostgreSQL and Redis of the cluster scenario: started once, on core 0.
scratch=
pg_bin=
pg_port=
redis_port=
redis_pid=
as_pg=()
[ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)
cleanup() {
    stop_servers
    if [ -n "$redis_pid" ]; then
        kill "$redis_pid" 2>/dev/null || true
        wait "$redis_pid" 2>/dev/null || true
        redis_pid=
    fi
    if [ -n "$pg_port" ]; then
        "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$scratch/postgres" -m fast -w stop >/dev/null 2>&1 || true
        pg_port=
    fi
    if [ -n "$scratch" ]; then
        rm -rf "$scratch"
        scratch=
    fi
}
trap cleanup EXIT

# A loopback port nothing listens on (bash alone, as scripts/cluster.sh).
free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "bench: no free port found" >&2
    return 1
}

start_backends() {
    [ -n "$pg_port" ] && return 0
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ ! -x "$pg_bin/initdb" ] || ! command -v redis-server >/dev/null; then
        echo "bench: cluster needs PostgreSQL and redis-server (scripts/install-deps.sh)" >&2
        exit 1
    fi
    # Outside the results folder: the user postgres must be able to enter it.
    scratch=$(mktemp -d /tmp/imagechat-bench.XXXXXX)
    chmod 755 "$scratch"
    mkdir "$scratch/postgres"
    [ ${#as_pg[@]} -gt 0 ] && chown postgres:postgres "$scratch/postgres"
    (cd "$scratch" && "${as_pg[@]}" "$pg_bin/initdb" -D "$scratch/postgres" -U postgres -A trust \
        -E UTF8 --locale=C >"$results/initdb.log")
    pg_port=$(free_port)
    [ ${#as_pg[@]} -gt 0 ] && touch "$scratch/postgres.log" && chown postgres:postgres "$scratch/postgres.log"
    # synchronous_commit=off: a commit does not wait for its WAL flush (it
    # cannot be torn, the last few may be lost in a power cut), close to our
    # SQLite default; the flush time of this VM's disk is not what we measure.
    (cd "$scratch" && taskset -c 0 "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$scratch/postgres" \
        -l "$scratch/postgres.log" -o "-p $pg_port -k $scratch/postgres \
        -c listen_addresses=127.0.0.1 -c synchronous_commit=off" -w start >/dev/null)
    redis_port=$(free_port)
    taskset -c 0 redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
        --dir "$scratch" >"$results/redis.log" 2>&1 &
    redis_pid=$!
    for _ in $(seq 100); do
        redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    echo "bench: PostgreSQL on port $pg_port, Redis on port $redis_port (core 0)" | tee -a "$log"
}

# A fresh database and an empty Redis for each cluster run: no run reads
# what another left.
reset_backends() {
    "$pg_bin/dropdb" -h 127.0.0.1 -p "$pg_port" -U postgres --if-exists --force bench
    "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres bench
    redis-cli -p "$redis_port" flushall >/dev/null
    backend_pids=("$redis_pid" "$(head -n 1 "$scratch/postgres/postmaster.pid")")
}

# The test authority and the server certificate of the tls scenario, made
# once per invocation into the results folder.
make_certificates() {
    local dir=$results/tls
    [ -f "$dir/server.pem" ] && return 0
    mkdir -p "$dir"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj "/CN=ImageChat bench CA" -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>>"$dir/openssl.log"
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>>"$dir/openssl.log"
    printf 'subjectAltName = IP:127.0.0.1,DNS:localhost\nbasicConstraints = CA:FALSE\n' >"$dir/ext.cnf"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
        -CAcreateserial -days 2 -extfile "$dir/ext.cnf" -out "$dir/server.pem" 2>>"$dir/openssl.log"
}

# start_server ours|ws|uws [EXTRA-ARGS...]: one server pinned to core 0;
# appends to server_pids and urls.
start_server() {
    local which=$1 n=${#server_pids[@]}
    shift
    local out=$results/server$n.out
    : >"$out"
    case $which in
    ours)
        local data
        data=$(mktemp -d "$results/data.XXXXXX")
        # shellcheck disable=SC2086
        taskset -c 0 "$server_bin" --listen 127.0.0.1:0 --data "$data" $ours_flags "$@" >"$out" 2>&1 &
        ;;
    ws) taskset -c 0 node bench/peer/server.js --port 0 "$@" >"$out" 2>&1 & ;;
    uws) taskset -c 0 node bench/peer/uws.js --port 0 "$@" >"$out" 2>&1 & ;;
    esac
    server_pids+=($!)
    local url=
    for _ in $(seq 100); do
        url=$(grep -o 'wss\?://[0-9.]*:[0-9]*/' "$out" | head -n1 || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        echo "bench: $which did not start:" >&2
        cat "$out" >&2
        exit 1
    fi
    urls+=("$url")
}

# run_one SCENARIO-NAME WHICH LOADGEN-ARGS...: the servers are started
# already; runs the generator on core 1 against all of them and stops them.
run_one() {
    local name=$1 which=$2
    shift 2
    local args=() line status=0 i
    for i in "${!urls[@]}"; do
        args+=(--url "${urls[$i]}" --server-pid "${server_pids[$i]}")
    done
    for i in "${backend_pids[@]}"; do args+=(--backend-pid "$i"); done
    line=$(timeout 180 taskset -c 1 "$loadgen_bin" "${args[@]}" --label "$name/$which" "$@" \
        2>>"$results/loadgen.err") || status=$?
    stop_servers
    backend_pids=()
    rm -rf "$results"/data.*
    echo "$line" | grep -v '^RESULT ' | tee -a "$log"
    echo "$line" | grep '^RESULT ' | sed "s/^RESULT /RESULT $name $which /" >>"$results/results.txt" || true
    if [ "$status" -ne 0 ]; then
        echo "bench: $name/$which: generator exit $status (see $results/loadgen.err)" | tee -a "$log"
    fi
}

# PostgreSQL's processes (one per connection, and its helpers), taken once
# the nodes have connected; from /proc, as not every kernel lists children.
add_backend_children() {
    local postmaster=${backend_pids[1]} stat pid comm state ppid rest
    for stat in /proc/[0-9]*/stat; do
        { read -r pid comm state ppid rest <"$stat"; } 2>/dev/null || continue
        [ "$ppid" = "$postmaster" ] && backend_pids+=("$pid")
    done
    return 0
}

events=$((100 * duration))
rate_args=(--senders 1 --rate 100 --events "$events" --timeout 60)
for rep in $(seq "$reps"); do
    echo "bench: repetition $rep of $reps, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
    for scenario in $scenarios; do
        case $scenario in
        fanout)
            for n in 100 500 1000; do
                for which in ours ws uws; do
                    start_server "$which"
                    run_one "fanout-$n" "$which" --clients "$n" "${rate_args[@]}"
                done
            done
            ;;
        burst)
            for which in ours ws uws; do
                start_server "$which"
                run_one burst-500 "$which" --clients 500 --senders 10 --events 1000 --burst \
                    --timeout 60
            done
            ;;
        idle)
            for which in ours ws uws; do
                start_server "$which"
                run_one idle-2000 "$which" --clients 2000 --idle --settle-ms 1500 --timeout 90
            done
            ;;
        tls)
            make_certificates
            for which in ours ws; do
                start_server "$which"
                run_one plain-500 "$which" --clients 500 "${rate_args[@]}"
                start_server "$which" --tls-cert "$results/tls/server.pem" \
                    --tls-key "$results/tls/server.key"
                run_one tls-500 "$which" --clients 500 "${rate_args[@]}" \
                    --ca-file "$results/tls/ca.pem"
            done
            ;;
        cluster)
            start_backends
            for n in 500 1000; do
                for which in ours ws; do
                    reset_backends
                    for _ in 1 2; do
                        if [ "$which" = ours ]; then
                            start_server ours --store "postgresql://postgres@127.0.0.1:$pg_port/bench" \
                                --bus "redis://127.0.0.1:$redis_port"
                        else
                            start_server ws --redis "redis://127.0.0.1:$redis_port"
                        fi
                    done
                    add_backend_children
                    run_one "cluster-$n" "$which" --clients "$n" "${rate_args[@]}"
                done
            done
            ;;
        *)
            echo "bench: no scenario $scenario (fanout burst idle tls cluster)" >&2
            exit 2
            ;;
        esac
    done
done

python3 bench/summarize.py "$results/results.txt" "$(nproc)" | tee "$results/summary.md"
