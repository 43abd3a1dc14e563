#!/usr/bin/env bash
# start | stop: Temporal for the stack. LEADOPS_TEMPORAL=dev (default): the CLI dev server, one process, fast to start;
# LEADOPS_TEMPORAL=cluster: Temporal's own server on PostgreSQL (tools/stack/temporal-cluster.sh).
# The dev server runs with a SQLite file in $LEADOPS_DATA_DIR, so workflows survive restarts.
# WAL with synchronous=normal: every commit still survives a crash of any process (only a power cut may lose the last
# few), without an fsync per history event. One task-queue partition: a single worker's pollers see every new task
# at once instead of waiting for it to be forwarded from a partition nobody polls.
set -euo pipefail
source "$(dirname "$0")/env.sh"

case "$LEADOPS_TEMPORAL" in
  dev) ;;
  cluster) exec bash "$(dirname "$0")/temporal-cluster.sh" "$@" ;;
  *) die "LEADOPS_TEMPORAL must be dev or cluster, got \"$LEADOPS_TEMPORAL\"" ;;
esac

PIDFILE="$LEADOPS_DATA_DIR/temporal.pid"
LOGFILE="$LEADOPS_DATA_DIR/temporal.log"

healthy() { "$TEMPORAL_BIN" operator cluster health --address "$TEMPORAL_ADDRESS" 2>/dev/null | grep -q SERVING; }

case "${1:-}" in
  start)
    [ -x "$TEMPORAL_BIN" ] || die "Temporal CLI missing at $TEMPORAL_BIN: run tools/stack/setup.sh"
    if healthy; then log "Temporal already serving on $TEMPORAL_ADDRESS"; exit 0; fi
    mkdir -p "$LEADOPS_DATA_DIR"
    ui_args=(--ui-port "$TEMPORAL_UI_PORT")
    [ "${TEMPORAL_HEADLESS:-0}" = 1 ] && ui_args=(--headless)
    nohup "$TEMPORAL_BIN" server start-dev \
      --db-filename "$LEADOPS_DATA_DIR/temporal.db" \
      --ip 127.0.0.1 --port "$TEMPORAL_PORT" "${ui_args[@]}" \
      --metrics-port "$((TEMPORAL_PORT + 2))" --http-port "$((TEMPORAL_PORT + 1))" \
      --namespace "$TEMPORAL_NAMESPACE" --log-level warn \
      --dynamic-config-value frontend.enableServerVersionCheck=false \
      --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal \
      --dynamic-config-value matching.numTaskqueueReadPartitions=1 \
      --dynamic-config-value matching.numTaskqueueWritePartitions=1 \
      >"$LOGFILE" 2>&1 &
    echo $! > "$PIDFILE"
    for _ in $(seq 1 120); do
      healthy && { log "Temporal ready on $TEMPORAL_ADDRESS (UI $TEMPORAL_UI_URL)"; exit 0; }
      kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { tail -20 "$LOGFILE" >&2; die "Temporal exited (log: $LOGFILE)"; }
      sleep 0.5
    done
    die "Temporal not ready after 60 s (log: $LOGFILE)"
    ;;
  stop)
    if [ -f "$PIDFILE" ]; then
      pid="$(cat "$PIDFILE")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$PIDFILE"
    fi
    ;;
  *) die "usage: temporal.sh start|stop" ;;
esac
