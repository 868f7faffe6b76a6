#!/usr/bin/env bash
# Screenshots a report.html with headless Chromium: .ci/screenshot-report.sh REPORT.html OUT.png
# Exit 0 a screenshot came out, 1 it did not, 3 chromium is not on PATH (the check cannot run here).
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 REPORT.html OUT.png" >&2
    exit 2
fi
report=$1
out=$2
if [ ! -s "$report" ]; then
    echo "error: $report is missing or empty" >&2
    exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "error: chromium is not on PATH (Debian: apt-get install chromium); no screenshot taken" >&2
    exit 3
fi

report_path=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
out_dir=$(dirname "$out")
mkdir -p "$out_dir"
out_path=$(cd "$out_dir" && pwd)/$(basename "$out")
# A stale screenshot must not pass for a new one.
rm -f "$out_path"

# Chromium exits 0 even when it could not load or write anything, so the file is what counts.
# Its own profile directory keeps it away from any user profile and lets runs go in parallel.
# Its chatter (D-Bus and GPU warnings in containers) goes to a log, shown only when no screenshot came out.
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$out_path" --window-size=1200,3000 "file://$report_path" >"$log" 2>&1 || true

if [ ! -s "$out_path" ]; then
    tail -n 20 "$log" >&2
    echo "error: chromium wrote no screenshot to $out_path" >&2
    exit 1
fi
echo "wrote $out_path"
