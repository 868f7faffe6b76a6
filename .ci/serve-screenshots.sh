#!/usr/bin/env bash
# Starts `platelab serve` on a free port, drives a trainee to the keyboard page and the random-draw page
# with curl, and screenshots both with headless Chromium: .ci/serve-screenshots.sh OUT_DIR
# Needs a built platelab (swift build). Exit 0 passed, 1 failed, 3 chromium is not on PATH (the site is still driven
# through to the end, so a broken site fails even there).
set -euo pipefail
cd "$(dirname "$0")/.."

out_dir=${1:-Reports/serve-screenshots}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
bin=$(swift build --show-bin-path)/platelab
"$bin" serve --port "$port" > "$work/server.log" 2>&1 &
server_pid=$!
site="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -fs "$site/" > /dev/null 2>&1 && break
    sleep 0.1
done
curl -fs "$site/" > /dev/null || { cat "$work/server.log"; echo "error: the server did not answer on $site"; exit 1; }

# post ACTION [FIELD=VALUE ...]: posts a form to the trainee's session and keeps the page it redirects to
# (post/redirect/get: curl follows the 303 with a GET, as a browser does).
post() {
    local action=$1; shift
    local args=(--data-urlencode "lang=zh")
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -fsL -o "$work/page.html" "${args[@]}" "$site$session/$action" \
        || { echo "error: POST $action failed"; cat "$work/page.html" 2>/dev/null | head -c 2000; exit 1; }
}
code() { grep -o 'class="sms-code">[0-9]*<' "$work/page.html" | grep -o '[0-9]\+'; }
reason() { grep -o 'data-reason="[a-z_]*"' "$work/page.html" || true; }

# The trainer signs in with the password the server printed, then starts a trainee at ×10 (the identity countdown takes a second).
password=$(sed -n 's/^platelab serve: trainer password: //p' "$work/server.log")
[ -n "$password" ] || { cat "$work/server.log"; echo "error: the server printed no trainer password"; exit 1; }
curl -fs -o /dev/null -c "$work/cookies" --data-urlencode "password=$password" "$site/trainer/login"
session=$(curl -fs -o /dev/null -b "$work/cookies" -w '%{redirect_url}' -X POST -d 'situation=normal&speed=10&lang=zh' "$site/trainer/start" | sed "s#^$site##")
[ -n "$session" ] || { echo "error: no session was started"; exit 1; }
post enter
post office office=chengde-main vehicle=small_car
post agree
post vehicle vin=LFV3A23C1K0000001 credential_kind=certificate credential=ABCDE1234567890
[ -z "$(reason)" ] || { reason; echo "error: the VIN was refused"; exit 1; }
post getcode
post code code="$(code)"
post begin
post getcode
identity=$(code)
sleep 1.5
post identity code="$identity"
grep -q 'class="keyboard"' "$work/page.html" || { reason; echo "error: the keyboard page did not come"; exit 1; }
# Two keys typed, so the screenshot shows keys enabled per position.
for _ in 1 2; do
    key=$(grep -o 'name="key" value="."><button type="submit" class="key">' "$work/page.html" | head -n 1 | sed 's/.*value="\(.\)".*/\1/')
    post key key="$key"
done

shoot() {  # shoot NAME: screenshots the session's current page
    local png="$out_dir/$1.png"
    rm -f "$png"
    if ! command -v chromium >/dev/null 2>&1; then
        echo "error: chromium is not on PATH; no screenshot of $1" >&2
        no_browser=yes
        return 0
    fi
    mkdir -p "$work/profile-$1"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile-$1" \
        --screenshot="$png" --window-size=1000,1400 "$site$session" > "$work/chromium-$1.log" 2>&1 || true
    # Chromium exits 0 even when it wrote nothing: the file is what counts.
    [ -s "$png" ] || { tail -n 20 "$work/chromium-$1.log"; echo "error: no screenshot $png"; exit 1; }
    echo "wrote $png"
}
shoot keyboard

post mode mode=random
post draw
serial=$(grep -o '<ol class="batch">.*</ol>' "$work/page.html" | grep -o 'name="serial" value="[0-9A-Z]*"' | head -n 1 | sed 's/.*value="\(.*\)"/\1/')
[ -n "$serial" ] || { echo "error: the draw showed no candidates"; exit 1; }
post keep serial="$serial"
grep -q 'class="backups"' "$work/page.html" || { reason; echo "error: the backup was not kept"; exit 1; }
shoot random-draw
[ -z "${no_browser:-}" ] || exit 3
echo "serve screenshots: done"
