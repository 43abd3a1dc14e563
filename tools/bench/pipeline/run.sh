#!/usr/bin/env bash
# Pipeline latency benchmark on a throw-away stack: `bash tools/bench/pipeline/run.sh [rate,...]`
# (BENCH_SECONDS per rate, BENCH_ONLY=rules|llm, BENCH_SUSTAINED=0 skips the 2,000-lead throughput run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
export LEADOPS_DATA_DIR="$ROOT/.data/bench" PGPORT=55435 TEMPORAL_PORT=7833 TEMPORAL_UI_PORT=8833 TEMPORAL_HEADLESS=1
export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT"
unset DATABASE_URL
source "$ROOT/tools/stack/env.sh"
cd "$ROOT"
bash tools/stack/setup.sh
npx nx run-many -t build --output-style=static >/dev/null
cleanup() { bash tools/stack/temporal.sh stop || true; bash tools/stack/postgres.sh stop || true; }
trap cleanup EXIT
cleanup; rm -rf "$LEADOPS_DATA_DIR"
PG_FSYNC=off bash tools/stack/postgres.sh start
bash tools/stack/temporal.sh start
node tools/bench/pipeline/dist/pipeline-latency.js "$@"
