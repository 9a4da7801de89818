#!/usr/bin/env bash
# Installs the Debian 12 packages ImageChat needs to build and test, if any
# are missing. Safe to run again; does nothing when all are present.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev libqt6sql6-sqlite
    # Large images: libpng streams PNG rows into tiles (ui/tiledimage.cpp).
    libpng-dev
    # PostgresStore: Qt's QPSQL driver (loaded at run time), and the
    # PostgreSQL server whose initdb/pg_ctl tst_pgstore runs for a throwaway cluster.
    libqt6sql6-psql postgresql
    # Translations: lupdate/lrelease and their CMake support, and Qt's own
    # translations for standard dialogs.
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # The keychain: QtKeychain, and libsecret, which it loads at run time
    # without depending on it. The keychain test runs its own Secret Service:
    # gnome-keyring on a private bus (dbus-run-session from dbus-daemon,
    # dbus-send from dbus-bin, gdbus from libglib2.0-bin).
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon dbus-bin libglib2.0-bin
    # The bus between server nodes: hiredis, Redis's C client, which the
    # server links (found with pkg-config); redis-server, which tst_redisbus
    # starts on a free port of its own (nothing uses the system's instance).
    libhiredis-dev redis-server
    # TLS: libcrypto makes the self-signed certificate of a shared room; the
    # openssl command makes the test authority and certificates of tst_tls.
    libssl-dev openssl
    # A cluster's load balancer: tst_cluster puts HAProxy in front of its
    # nodes, and scripts/cluster.sh runs it with deploy/haproxy.cfg.
    haproxy
    # Exports: pdftotext reads back the PDF reports the tests make, to find
    # the comments and authors in them.
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
