#!/usr/bin/env bash
# The main job: installs what is missing, builds, then hosts a room on an
# embedded server with the bundled sample image, prints its link and watches
# it. Join from another terminal with: build/app/imagechat-cli watch LINK
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${BUILD_DIR:-build}/app/imagechat-cli" host --listen "${IMAGECHAT_LISTEN:-127.0.0.1:47800}" "$@"
