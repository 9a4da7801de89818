#!/usr/bin/env bash
# Takes docs/screenshot.png: the real main window under Xvfb, with a few
# markers and an open thread ("connection": and View > Connection open;
# "presence": and someone typing in that thread).
# Needs a build (scripts/build.sh) and xvfb.
# Usage: scripts/screenshot.sh [OUTPUT.png [LANGUAGE [connection|presence]]]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb xauth)"; exit 1; }
out=${1:-docs/screenshot.png}
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
    "${BUILD_DIR:-build}/tests/imagechat-screenshot" "$out" "${2:-en}" ${3:+"$3"}
