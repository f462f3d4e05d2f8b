#!/usr/bin/env bash
# `npm test`: starts the real engines if they are not up, then checks and tests everything.
set -euo pipefail
cd "$(dirname "$0")/.."

bash deploy/engines/engines.sh up
eval "$(bash deploy/engines/engines.sh env)"

bash tools/check.sh static
# The console's browser tests drive Debian's Chromium; installed once, instant after.
bash deploy/browser/install.sh
echo "== unit and integration tests (serial: one suite restarts Kafka)"
# PGlite loads its WASM through a dynamic import, which Jest's VM only allows with this flag.
NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning" \
  nx run-many -t test --parallel=1 --outputStyle=stream "$@"
