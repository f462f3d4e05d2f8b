#!/usr/bin/env bash
# `npm run test:fast`: the gate before every commit — type check, lint, format, supergraph freshness and
# the unit specs (*.spec.ts: pure logic and PGlite), no engines. `tools/check.sh static` stops before the specs.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
tsc -p tsconfig.json
echo "== lint (module boundaries need the project graph)"
nx show projects >/dev/null
eslint . --max-warnings 0
echo '== format (prettier; npx prettier --write . fixes it)'
prettier --check . --log-level warn
echo "== supergraph is composed from the current subgraph SDL"
node tools/run.js tools/supergraph.ts --check
echo "== event JSON Schemas are generated from the current contracts"
node tools/run.js tools/event-schemas.ts --check
echo "== the AsyncAPI document (docs/events/asyncapi.yaml) is generated from the current contracts"
node tools/run.js tools/asyncapi.ts --check
echo "== GraphQL types are generated from the current subgraph SDL"
node tools/run.js tools/graphql-types.ts --check
echo "== console: typed GraphQL documents are generated from the current supergraph, then the build"
rm -rf tmp/console-gql && CARTA_CODEGEN_OUT=tmp/console-gql/ npm run -s console:codegen
diff -rq tmp/console-gql apps/console/src/gql || { echo 'stale: run npm run console:codegen'; exit 1; }
rm -rf tmp/console-gql
tsc -p apps/console/tsconfig.json
npm run -s console:build
[ "${1:-}" = static ] && exit 0

echo "== unit specs"
# PGlite loads its WASM through a dynamic import, which Jest's VM only allows with this flag.
NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning" \
  nx run-many -t test --parallel=2 --outputStyle=stream -- --testPathPatterns='\.spec\.ts$' --passWithNoTests
