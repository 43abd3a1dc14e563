#!/usr/bin/env bash
# Pipeline benchmark on a throw-away stack: `bash tools/bench/pipeline/run.sh [rate,...]` (default 10,25,50 leads/s).
# PostgreSQL runs with fsync on, as in production. Knobs (all optional):
#   BENCH_TEMPORAL=dev,cluster   run on each Temporal in turn and print one table with ratios to the first
#                                (default: $LEADOPS_TEMPORAL, else dev)
#   BENCH_SECONDS, BENCH_REPEAT  seconds per rate (20); runs of each figure, medians printed (1)
#   BENCH_ONLY=rules|llm|sustained, BENCH_SUSTAINED=0, BENCH_WORKERS=1,2,4, BENCH_SUSTAINED_LEADS=2000
#   BENCH_SOAK_MINUTES=30 BENCH_SOAK_RATE=20 [BENCH_SOAK_WORKERS=1]   a soak instead of the rates
#   BENCH_PGPORT (55435), BENCH_TEMPORAL_PORT (7833; the cluster uses it and the next 12), BENCH_TEMPORAL_UI_PORT (8833)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
export LEADOPS_DATA_DIR="$ROOT/.data/bench" TEMPORAL_HEADLESS=1
export PGPORT="${BENCH_PGPORT:-55435}" TEMPORAL_PORT="${BENCH_TEMPORAL_PORT:-7833}" TEMPORAL_UI_PORT="${BENCH_TEMPORAL_UI_PORT:-8833}"
export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT"
unset DATABASE_URL PG_FSYNC
modes="${BENCH_TEMPORAL:-${LEADOPS_TEMPORAL:-dev}}"
source "$ROOT/tools/stack/env.sh"
cd "$ROOT"
for mode in ${modes//,/ }; do
  case "$mode" in dev|cluster) ;; *) die "BENCH_TEMPORAL must list dev and/or cluster, got \"$modes\"" ;; esac
done
setup_args=()
[[ ",$modes," == *,cluster,* ]] && setup_args=(--cluster)
bash tools/stack/setup.sh "${setup_args[@]}"
npx nx run-many -t build --output-style=static >/dev/null

RESULTS_DIR="$ROOT/.data/bench-results"
mkdir -p "$RESULTS_DIR"
# Stops whichever Temporal ran (each mode's script only touches its own pid files), then PostgreSQL.
cleanup() {
  LEADOPS_TEMPORAL=dev bash tools/stack/temporal.sh stop || true
  LEADOPS_TEMPORAL=cluster bash tools/stack/temporal.sh stop || true
  bash tools/stack/postgres.sh stop || true
}
trap cleanup EXIT
results=()
for mode in ${modes//,/ }; do
  cleanup
  export LEADOPS_TEMPORAL=$mode
  rm -rf "$LEADOPS_DATA_DIR"
  bash tools/stack/postgres.sh start
  bash tools/stack/temporal.sh start
  BENCH_RESULTS="$RESULTS_DIR/$mode.json" node tools/bench/pipeline/dist/pipeline-latency.js "$@"
  results+=("$RESULTS_DIR/$mode.json")
done
cleanup
if [ "${#results[@]}" -gt 1 ]; then node tools/bench/pipeline/dist/compare.js "${results[@]}"; fi
