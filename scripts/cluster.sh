#!/usr/bin/env bash
# Runs a whole ImageChat cluster on this machine, for trying it out:
# PostgreSQL, Redis, three imagechat-server nodes and HAProxy in front
# (deploy/haproxy.cfg). Prints the address to use; Ctrl+C stops everything.
#
#   scripts/cluster.sh [DIR]
#
# DIR holds the database and the nodes' data (default: a temporary folder,
# removed on exit; a given one is kept, and used again next time).
# Environment: BASE_PORT (default 47800: HAProxy; nodes on the next three),
# PG_PORT and REDIS_PORT (default: free ones), BUILD_DIR (default build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

base_port=${BASE_PORT:-47800}
build_dir=${BUILD_DIR:-build}
server_bin=$build_dir/server/imagechat-server

# A loopback port nothing listens on (bash alone: nothing else to install).
free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "cluster.sh: no free port found" >&2
    return 1
}

# Wait until something accepts TCP connections on 127.0.0.1:$1.
wait_for_port() {
    for _ in $(seq 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "cluster.sh: nothing is listening on port $1" >&2
    return 1
}

for tool in redis-server haproxy; do
    command -v "$tool" >/dev/null || { echo "cluster.sh: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "cluster.sh: no PostgreSQL in /usr/lib/postgresql (scripts/install-deps.sh)" >&2; exit 1; }

if [ ! -x "$server_bin" ]; then
    echo "Building imagechat-server..."
    BUILD_DIR=$build_dir scripts/build.sh
fi

if [ $# -ge 1 ]; then
    dir=$(mkdir -p "$1" && cd "$1" && pwd)
    keep_dir=1
else
    dir=$(mktemp -d /tmp/imagechat-cluster.XXXXXX)
    keep_dir=0
fi
chmod 755 "$dir"

# initdb and the server refuse to run as root: as root, PostgreSQL runs as
# the user postgres (which Debian's package creates).
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    as_pg=(runuser -u postgres --)
fi

pids=()
pg_started=0
cleanup() {
    trap - INT TERM EXIT
    echo
    echo "Stopping the cluster..."
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "$pg_started" -eq 1 ]; then
        "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/postgres" -m fast -w stop >/dev/null || true
    fi
    if [ "$keep_dir" -eq 0 ]; then rm -rf "$dir"; fi
}
trap cleanup INT TERM EXIT

# 1. PostgreSQL: a cluster of its own in $dir/postgres, loopback only.
pg_port=${PG_PORT:-$(free_port)}
if [ ! -d "$dir/postgres" ]; then
    mkdir -p "$dir/postgres"
    [ ${#as_pg[@]} -gt 0 ] && chown postgres:postgres "$dir/postgres"
    "${as_pg[@]}" "$pg_bin/initdb" -D "$dir/postgres" -U postgres -A trust -E UTF8 \
        --locale=C >"$dir/initdb.log"
    created_db=0
else
    created_db=1
fi
[ ${#as_pg[@]} -gt 0 ] && touch "$dir/postgres.log" && chown postgres:postgres "$dir/postgres.log"
(cd "$dir" && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/postgres" -l "$dir/postgres.log" \
    -o "-p $pg_port -k $dir/postgres -c listen_addresses=127.0.0.1" -w start >/dev/null)
pg_started=1
if [ "$created_db" -eq 0 ]; then
    "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres imagechat
fi
store=postgresql://postgres@127.0.0.1:$pg_port/imagechat
echo "PostgreSQL: $store (log $dir/postgres.log)"

# 2. Redis: carries events between the nodes; keeps nothing (the store does).
redis_port=${REDIS_PORT:-$(free_port)}
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
    --dir "$dir" >"$dir/redis.log" 2>&1 &
pids+=($!)
wait_for_port "$redis_port"
bus=redis://127.0.0.1:$redis_port
echo "Redis: $bus (log $dir/redis.log)"

# 3. Three nodes, each with a data folder of its own.
for n in 1 2 3; do
    port=$((base_port + n))
    mkdir -p "$dir/node$n"
    "$server_bin" --listen "127.0.0.1:$port" --store "$store" --bus "$bus" \
        --data "$dir/node$n" >"$dir/node$n.log" 2>&1 &
    pids+=($!)
done
for n in 1 2 3; do wait_for_port $((base_port + n)); done
echo "Nodes: ws://127.0.0.1:$((base_port + 1)) ws://127.0.0.1:$((base_port + 2))" \
    "ws://127.0.0.1:$((base_port + 3)) (logs $dir/node*.log)"

# 4. HAProxy in front, with deploy/haproxy.cfg (ports moved if BASE_PORT says so).
sed -e "s/47800/$base_port/; s/47801/$((base_port + 1))/; s/47802/$((base_port + 2))/" \
    -e "s/47803/$((base_port + 3))/" "$root/deploy/haproxy.cfg" >"$dir/haproxy.cfg"
haproxy -f "$dir/haproxy.cfg" -db >"$dir/haproxy.log" 2>&1 &
pids+=($!)
wait_for_port "$base_port"

echo
echo "ImageChat cluster ready. Use: ws://127.0.0.1:$base_port"
echo "  e.g. imagechat-cli share resources/sample.png --server ws://127.0.0.1:$base_port"
echo "Press Ctrl+C to stop."
# Until Ctrl+C, or until a part of the cluster exits by itself.
wait -n "${pids[@]}" || true
echo "cluster.sh: a process of the cluster exited; see the logs in $dir" >&2
