#!/usr/bin/env bash
# `npm start`: installs what is missing, starts PostgreSQL, Temporal, a local SMTP sink, the worker, the API and the
# console with demo data, prints the URLs, and stops everything it started on Ctrl-C. Data persists in .data/dev.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
export SMTP_HOST="${SMTP_HOST:-127.0.0.1}" SMTP_PORT="${SMTP_PORT:-1025}"
export CONSOLE_URL="${CONSOLE_URL:-http://localhost:$CONSOLE_PORT}"
export WORKER_METRICS_PORT="${WORKER_METRICS_PORT:-9464}"

bash tools/stack/setup.sh
log "build"
npx nx run-many -t build --output-style=static
# Fail fast on bad settings before anything starts.
node -e "require('@leadops/config').loadConfig()" || exit 1

pids=()
stop_all() {
  trap - INT TERM EXIT
  log "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash tools/stack/temporal.sh stop || true
  bash tools/stack/postgres.sh stop || true
}
trap stop_all INT TERM EXIT

bash tools/stack/postgres.sh start
bash tools/stack/temporal.sh start
node apps/api/dist/cli/setup.js --demo

if [ "$SMTP_HOST" = 127.0.0.1 ] && [ -z "${LEADOPS_NO_MAIL_SINK:-}" ]; then
  node libs/testing/dist/smtp-sink-main.js "$SMTP_PORT" & pids+=($!)
fi
node apps/worker/dist/main.js & pids+=($!)
node apps/api/dist/main.js & pids+=($!)
if [ -f apps/console/package.json ]; then
  (cd apps/console && VITE_API_URL="http://localhost:$API_PORT" exec ../../node_modules/.bin/vite --port "$CONSOLE_PORT" --strictPort --host 127.0.0.1) & pids+=($!)
fi

for _ in $(seq 1 60); do curl -fs "http://localhost:$API_PORT/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
cat >&2 <<MSG

  LeadOps is running (Ctrl-C stops everything)
    Console      $CONSOLE_URL   (ops@leadops.dev, manager@leadops.dev, rep1@leadops.dev, rep2@leadops.dev / leadops)
    GraphQL      http://localhost:$API_PORT/graphql
    Temporal UI  $TEMPORAL_UI_URL
    Health       http://localhost:$API_PORT/health/ready

MSG
wait -n "${pids[@]}" || true
log "a process exited; stopping the stack"
