#!/usr/bin/env bash
# The workbench's HTTP API against its own OpenAPI 3.1 document, with schemathesis (PyPI): every operation, valid and
# invalid requests, response schemas and status codes, the stateful links (submit, then poll, summary, cancel).
# Usage: .ci/workbench-api.sh PLATELAB_BINARY   (exit 0 passed, 1 failed, 3 schemathesis is missing)
set -uo pipefail
command -v schemathesis >/dev/null 2>&1 || { echo "error: schemathesis is not installed (pip install schemathesis)" >&2; exit 3; }
binary=$(realpath "$1")
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
# Only the smoke scenario: studies the fuzzer queues then take a moment each, not minutes.
mkdir -p "$work/scenarios"
cp Scenarios/smoke.yaml "$work/scenarios/" && cp -r Scenarios/regions Scenarios/changes "$work/scenarios/"
echo "api-user-password" | "$binary" workbench --data "$work/data" --add-user api > /dev/null || exit 1
token=$("$binary" workbench --data "$work/data" --new-token api) || exit 1
"$binary" workbench --data "$work/data" --port 0 --jobs 1 --scenarios "$work/scenarios" > "$work/log" 2>&1 &
server=$!
for _ in $(seq 50); do
    site=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/log" | head -n 1)
    [ -n "$site" ] && break
    sleep 0.2
done
[ -n "$site" ] || { cat "$work/log"; echo "the workbench printed no address"; exit 1; }
cd "$(dirname "$0")"  # schemathesis.toml: the one excused refusal (a schema-valid study the loaders refuse, 400)
schemathesis run "$site/api/openapi.json" --header "Authorization: Bearer $token" --max-examples 20 --checks all \
    --seed 20261208 || exit 1
