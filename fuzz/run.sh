#!/bin/sh
# Runs one libFuzzer target for a while on its committed seed corpus.
#   fuzz/run.sh TARGET SECONDS [BUILD_DIR]
# With RUNS=N in the environment it stops after N executions if that comes
# first (RUNS=10000000 fuzz/run.sh fuzz_operation 3600).
# TARGET is a name from fuzz/CMakeLists.txt (fuzz_imageinfo, ...). The build
# directory (default build-fuzz) is configured with clang and
# -DIMAGECHAT_FUZZ=ON and the target is built if needed. New inputs go to a
# scratch corpus beside the build, never into fuzz/corpus; a crash is written
# as crash-* into the current directory and the script exits non-zero.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET SECONDS [BUILD_DIR]" >&2
    exit 2
fi
target=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=${3:-$source_dir/build-fuzz}
seeds=$here/corpus/$target
if [ ! -d "$seeds" ]; then
    echo "no seed corpus at $seeds" >&2
    exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" -DIMAGECHAT_FUZZ=ON -DBUILD_TESTING=OFF
fi
cmake --build "$build" --target "$target"
work=$build/fuzz-corpus/$target
mkdir -p "$work"
# UBSan findings abort too; leaks of Qt's process-wide caches are not findings.
# malloc_context_size=0: ASan records no stack for each allocation (a fifth of
# the time of the allocation-heavy targets); it finds the same errors, its
# report just leaves out where the memory was allocated and freed. For those,
# run the crash file again with the defaults: build-fuzz/fuzz/TARGET crash-...
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0}
export QT_QPA_PLATFORM=offscreen
exec "$build/fuzz/$target" -max_total_time="$seconds" -runs="${RUNS:--1}" -max_len=8192 \
    -timeout=10 -print_final_stats=1 "$work" "$seeds"
