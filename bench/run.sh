#!/usr/bin/env bash
# Fan-out benchmark: imagechat-server against a Node.js `ws` peer, same load,
# one after the other, in one invocation, so that their ratio means something
# on a noisy machine. Installs what is missing (apt-get, npm), builds, runs
# every scenario REPS times and prints medians and the ratio ours/peer.
#
#   bench/run.sh                 # everything (about 10 minutes on 2 cores)
#   REPS=1 DURATION=3 bench/run.sh   # a quick look
#
# Environment: BUILD_DIR (default build-bench), REPS (3), DURATION (seconds of
# each 100 events/s run, 10), SCENARIOS (default "fanout burst idle"),
# OURS_FLAGS (extra imagechat-server flags), RESULTS (output folder).
# The server runs on core 0 and the load generator on core 1 (taskset); all
# traffic stays on 127.0.0.1 and every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build_dir=${BUILD_DIR:-$root/build-bench}
reps=${REPS:-3}
duration=${DURATION:-10}
scenarios=${SCENARIOS:-fanout burst idle}
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
if [ ${#extra[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${extra[@]}"
fi
if [ ! -d bench/peer/node_modules/ws ]; then
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

server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap cleanup EXIT

# start_server ours|peer: starts it pinned to core 0, sets server_pid and url.
start_server() {
    local which=$1 out=$results/server.out
    : >"$out"
    if [ "$which" = ours ]; then
        local data
        data=$(mktemp -d "$results/data.XXXXXX")
        # shellcheck disable=SC2086
        taskset -c 0 "$server_bin" --listen 127.0.0.1:0 --data "$data" $ours_flags >"$out" 2>&1 &
    else
        taskset -c 0 node bench/peer/server.js --port 0 >"$out" 2>&1 &
    fi
    server_pid=$!
    url=
    for _ in $(seq 100); do
        url=$(grep -o 'ws://[0-9.]*:[0-9]*/' "$out" | head -n1 || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        echo "bench: $which did not start:" >&2
        cat "$out" >&2
        exit 1
    fi
}

# run_one SCENARIO-NAME ours|peer LOADGEN-ARGS...
run_one() {
    local name=$1 which=$2
    shift 2
    start_server "$which"
    local line status=0
    line=$(timeout 180 taskset -c 1 "$loadgen_bin" --url "$url" --server-pid "$server_pid" \
        --label "$name/$which" "$@" 2>>"$results/loadgen.err") || status=$?
    cleanup
    rm -rf "$results"/data.*
    echo "$line" | grep -v '^RESULT ' | tee -a "$log"
    echo "$line" | grep '^RESULT ' | sed "s/^RESULT /RESULT $name $which /" >>"$results/results.txt" || true
    if [ "$status" -ne 0 ]; then
        echo "bench: $name/$which: generator exit $status (see $results/loadgen.err)" | tee -a "$log"
    fi
}

events=$((100 * duration))
for rep in $(seq "$reps"); do
    echo "bench: repetition $rep of $reps" | tee -a "$log"
    for scenario in $scenarios; do
        case $scenario in
        fanout)
            for n in 100 500 1000; do
                for which in ours peer; do
                    run_one "fanout-$n" "$which" --clients "$n" --senders 1 --rate 100 \
                        --events "$events" --timeout 60
                done
            done
            ;;
        burst)
            for which in ours peer; do
                run_one burst-500 "$which" --clients 500 --senders 10 --events 1000 --burst \
                    --timeout 60
            done
            ;;
        idle)
            for which in ours peer; do
                run_one idle-2000 "$which" --clients 2000 --idle --settle-ms 1500 --timeout 90
            done
            ;;
        esac
    done
done

python3 bench/summarize.py "$results/results.txt" "$(nproc)" | tee "$results/summary.md"
