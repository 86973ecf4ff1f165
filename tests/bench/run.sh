#!/usr/bin/env bash
# `npm run bench [-- billing|front]`: the benchmarks of tests/bench (never part of `npm test`).
# With a name, only that part of tests/bench/run.ts; without, all of it, then the server-action
# benchmarks (*.bench.ts) on the integration tests' database and mocks.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsx --conditions=react-server tests/bench/run.ts "$@"
if [ $# -eq 0 ]; then npx vitest run --project bench; fi
