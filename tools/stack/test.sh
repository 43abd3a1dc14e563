#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, starts a throw-away PostgreSQL + Temporal, runs every test and lint.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# Test services get their own ports and data folder, so they never touch a running `npm start`.
export LEADOPS_DATA_DIR="${LEADOPS_TEST_DATA_DIR:-$ROOT/.data/test}"
export PGPORT="${LEADOPS_TEST_PGPORT:-55433}"
export TEMPORAL_PORT="${LEADOPS_TEST_TEMPORAL_PORT:-7633}"
export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT"
export TEMPORAL_UI_PORT="${LEADOPS_TEST_TEMPORAL_UI_PORT:-8633}"
export TEMPORAL_HEADLESS=1
unset DATABASE_URL
source "$(dirname "$0")/env.sh"
cd "$ROOT"
started=$(date +%s)

# --cluster: the replica and fault suite runs Temporal's own server in every run, whatever LEADOPS_TEMPORAL says.
# --deploy: Helm, the compose checker and Prometheus for the deployment tests (tools/deploy).
bash tools/stack/setup.sh --browser --test-server --cluster --deploy

log "build"
# CI builds from source: a local Nx cache shared by several checkouts on one machine once restored a truncated file.
nx_cache=(); [ "${CI:-}" = true ] && nx_cache=(--skip-nx-cache)
npx nx run-many -t build --output-style=static "${nx_cache[@]}"

cleanup() {
  bash tools/stack/temporal.sh stop || true
  bash tools/stack/postgres.sh stop || true
}
trap cleanup EXIT
cleanup
rm -rf "$LEADOPS_DATA_DIR"
PG_FSYNC=off bash tools/stack/postgres.sh start
bash tools/stack/temporal.sh start

log "lint"
npx eslint libs apps tools --max-warnings=0

if [ $# -gt 0 ]; then
  log "tests $* (against the real PostgreSQL and Temporal)"
  npx jest --ci "$@"
else
  # Two suites at a time (each has its own database and task queues): on 2 cores this took the run from ~1,130 s to
  # ~800 s. The suites that time themselves or run a Temporal cluster run afterwards, one at a time.
  log "tests (libs, API and worker, against the real PostgreSQL and Temporal), ${LEADOPS_TEST_WORKERS:-2} at a time"
  LEADOPS_JEST_PART=shared npx jest --ci --maxWorkers="${LEADOPS_TEST_WORKERS:-2}"
  log "tests that time themselves or run a Temporal cluster, one at a time"
  mapfile -t solo < <(node -e "console.log(require('./tools/stack/solo-suites').SOLO_SUITES.join('\\n'))")
  npx jest --ci --runInBand "${solo[@]}"
fi

log "console tests"
npx jest --ci -c apps/console/jest.config.js
log "console end to end (Chromium)"
node apps/console/e2e/run.mjs --ci

log "all tests passed in $(( $(date +%s) - started )) s"
