#!/usr/bin/env bash
# The main job: installs what is missing, builds, and opens the desktop
# program on the bundled sample image (the program hosts the room itself;
# File > Share gives the link). On a machine without a display it hosts the
# room headless instead: prints the link and watches the room.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build=${BUILD_DIR:-build}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/gui/imagechat" resources/sample.png "$@"
fi
echo "No display: hosting the sample image headless (Ctrl+C stops)." >&2
exec "$build/app/imagechat-cli" host --listen "${IMAGECHAT_LISTEN:-127.0.0.1:47800}" "$@"
