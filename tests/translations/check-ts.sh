#!/usr/bin/env bash
# Fails if any translation misses an entry for the current sources: runs
# lupdate on copies of the .ts files (the real ones stay untouched) and looks
# for unfinished or empty translations.
# Usage: check-ts.sh LUPDATE SOURCE_DIR TS_FILE...
set -euo pipefail
lupdate=$1
src=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none \
        core export ui app/gui server/sqlstore.cpp server/postgresstore.cpp server/servernode.cpp -ts "$copy")
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$copy" || true)
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "FAIL $(basename "$ts"): $unfinished unfinished, $empty empty after lupdate on the current sources"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -10
        status=1
    else
        echo "ok   $(basename "$ts"): $(grep -c '<message' "$copy") messages, all translated"
    fi
done
exit $status
