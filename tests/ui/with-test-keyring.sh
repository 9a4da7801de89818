#!/bin/sh
# Runs a command against a throwaway Secret Service, so that keychain tests
# never touch the user's own keyring: a fresh HOME and runtime folder, and a
# gnome-keyring-daemon with an unlocked login keyring on a private session bus.
# The daemon is stopped and the folder removed afterwards, whatever the result.
#
#   dbus-run-session -- sh with-test-keyring.sh COMMAND [ARGS...]
set -eu

bus() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus "org.freedesktop.DBus.$1" "string:$2"
}

# On the desktop's own bus a Secret Service already runs; starting another one
# there would hijack or disturb it. dbus-run-session gives a bus with none.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || bus NameHasOwner org.freedesktop.secrets | grep -q true; then
    echo "$0: needs a private session bus without a Secret Service; run under dbus-run-session" >&2
    exit 2
fi

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/imagechat-keyring.XXXXXX")
daemon=
cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        # Leave no daemon behind once the test is reported; it exits at once
        # on SIGTERM, so this returns quickly.
        timeout 10 tail --pid="$daemon" -s 0.1 -f /dev/null || true
    fi
    rm -rf "$sandbox"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# A separate runtime folder matters as much as HOME: gnome-keyring-daemon
# finds a running daemon through $XDG_RUNTIME_DIR/keyring and would otherwise
# talk to the user's.
export HOME="$sandbox/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
export XDG_RUNTIME_DIR="$sandbox/run"
mkdir -p "$HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# A prompt (say, to create a keyring) needs a display: with none it fails at
# once instead of waiting for a click that never comes.
unset DISPLAY WAYLAND_DISPLAY

# --unlock creates the login keyring with this password and leaves it open.
# It returns once the daemon has forked, which may be before the daemon owns
# its bus name: gdbus waits for the name (without activating a second one).
printf %s imagechat-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
gdbus wait --session --timeout 30 org.freedesktop.secrets
daemon=$(bus GetConnectionUnixProcessID org.freedesktop.secrets | awk '{ print $2 }')
[ -n "$daemon" ]

# Tells the test that it runs inside this sandbox (and not on a real keyring).
export IMAGECHAT_TEST_KEYRING="$HOME"
status=0
"$@" || status=$?
exit "$status"
